// `npm run build`: packages, declarations, the custom-elements manifest and the drop-in bundle,
// then the drop-in's gzip size.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
for (const dir of ['dist', 'packages/feed/dist', 'packages/widgets/dist']) rmSync(dir, { recursive: true, force: true });

run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'packages/feed/tsconfig.build.json']);
run('npx', ['tsc', '-p', 'packages/widgets/tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'packages/widgets/src/**/*.ts', '--outdir', 'packages/widgets', '--quiet']);

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
// The feed parser is a chunk of its own, but every element showing a feed loads it before its first
// event: "with the parser" is what a partner page pays to show events.
const parserOf = (name) => chunks.find((f) => f.startsWith(`${name}-feed-parser-`));
/** Gzip bytes of the parser chunk and the chunks it imports statically (rollup may share its code). */
const parserSize = (name) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !file.startsWith(`${name}-`)) return;
    seen.add(file);
    const code = readFileSync(join('dist/chunks', file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  if (parserOf(name)) visit(parserOf(name));
  return [...seen].reduce((sum, file) => sum + gz(join('dist/chunks', file)), 0);
};
console.log('\nDrop-in modules (gzip; first load, then with the feed parser every feed needs; languages, views,');
console.log('floating-ui and the popover load on demand):');
for (const name of ['iisg-widgets', 'iisg-event-calendar', 'iisg-event-card', 'iisg-event-timeline', 'iisg-network-map']) {
  const lazy = chunks.filter((f) => f.startsWith(`${name}-`)).map((f) => gz(join('dist/chunks', f)));
  const first = gz(`dist/${name}.min.js`);
  const parser = parserSize(name);
  console.log(
    `  dist/${(name + '.min.js').padEnd(26)} ${kb(first).padStart(8)}   with the parser ${kb(first + parser).padStart(8)}` +
      `   on demand: ${lazy.length} chunks, largest ${kb(Math.max(0, ...lazy))}`,
  );
}

// Issue #3's budget: the calendar alone, as a drop-in, under 25 KB gzip. The gate holds the first load to
// it (a build over it fails, and npm test builds), so no change spends it without someone deciding to.
// With the parser the calendar is over it (printed above; README, Size): that is a known miss, not gated.
const CALENDAR_BUDGET = 25 * 1024;
const calendar = gz('dist/iisg-event-calendar.min.js');
if (calendar >= CALENDAR_BUDGET) {
  console.error(`\ndist/iisg-event-calendar.min.js is ${calendar} bytes gzip: over its budget of ${CALENDAR_BUDGET} (25 KB).`);
  process.exit(1);
}
const withParser = calendar + parserSize('iisg-event-calendar');
console.log(`  calendar budget: first load ${calendar} of ${CALENDAR_BUDGET} bytes gzip (${CALENDAR_BUDGET - calendar} to spare);`);
const overOrUnder = withParser > CALENDAR_BUDGET ? `${withParser - CALENDAR_BUDGET} over (known; see README, Size)` : 'within it too';
console.log(`  with the feed parser ${withParser} bytes: ${overOrUnder}`);
