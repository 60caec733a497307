/**
 * The feed parser, as its own chunk: elements import it when a feed arrives (the import starts with the
 * request), so the first load of a drop-in module does not carry it.
 */
export { parseFeed } from '@iisg/feed';
// Needed only once a feed has been parsed: the console report of its problems, and an index feed's
// period files (merged as they arrive).
export { formatProblem, mergeFeeds, periodsBetween } from '@iisg/feed';
