// Rollup plugin for the drop-in bundle: marks the files a page runs as soon as it has them (each element's
// module, and the feed parser every feed goes through) with V8's explicit compile hint, a first-line comment
// `//# allFunctionsCalledOnLoad`. Chromium (136 and later) then compiles all their functions while the file
// streams in, off the main thread, instead of each one on the main thread when the first render first calls
// it; other browsers ignore the comment. The on-demand chunks (languages, views, popover) are left lazy.
// Measured in fresh pages (README, Speed): the calendar's first month at 1,000 events about a tenth sooner.
import MagicString from 'magic-string';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks read on every page: the entry, and the parser (feed-source.ts loads it with the element). */
const readAtLoad = (chunk) => chunk.isEntry || chunk.name === 'feed-parser';

export default function compileHints() {
  return {
    name: 'compile-hints',
    // After terser (which drops comments): the source map is shifted by the added line.
    renderChunk(code, chunk) {
      if (!readAtLoad(chunk)) return null;
      const out = new MagicString(code).prepend(HINT);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
