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
console.log('\nDrop-in modules (gzip, first load; each language and floating-ui load on demand):');
for (const name of ['iisg-widgets', 'iisg-event-calendar', 'iisg-event-card', 'iisg-event-timeline', 'iisg-network-map']) {
  const lazy = chunks.filter((f) => f.startsWith(`${name}-`)).map((f) => gz(join('dist/chunks', f)));
  console.log(`  dist/${(name + '.min.js').padEnd(26)} ${kb(gz(`dist/${name}.min.js`)).padStart(8)}   on demand: ${lazy.length} chunks, largest ${kb(Math.max(0, ...lazy))}`);
}

// Issue #3's budget: the calendar alone, as a drop-in, under 25 KB gzip on first load. A build over it
// fails (npm test builds), so no change can spend the budget without someone deciding to.
const CALENDAR_BUDGET = 25 * 1024;
const calendar = gz('dist/iisg-event-calendar.min.js');
if (calendar >= CALENDAR_BUDGET) {
  console.error(`\ndist/iisg-event-calendar.min.js is ${calendar} bytes gzip: over its budget of ${CALENDAR_BUDGET} (25 KB).`);
  process.exit(1);
}
console.log(`  calendar budget: ${calendar} of ${CALENDAR_BUDGET} bytes gzip (${CALENDAR_BUDGET - calendar} to spare)`);
