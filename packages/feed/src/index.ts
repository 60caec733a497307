export * from './types.js';
export * from './day-key.js';
export { parseFeed, type ParseOptions } from './parse-feed.js';
export { formatProblem } from './problems.js';
export { EventIndex, type DaySpan } from './event-index.js';
export { pickText, languageChain, canonicalLanguage, allTexts, textBlocks, type TextBlock } from './text.js';
export { safeUrl } from './safe-url.js';
export { isTimeZone } from './time-zone.js';
export { daySpanIn, indexIn } from './zoned-days.js';
