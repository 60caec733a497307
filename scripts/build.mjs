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
const main = gz('dist/iisg-widgets.min.js');
const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
const chunkSizes = chunks.map((f) => gz(join('dist/chunks', f)));
console.log(`\ndist/iisg-widgets.min.js: ${kb(main)} gzip (first load)`);
console.log(`on-demand chunks: ${chunks.length}, largest ${kb(Math.max(0, ...chunkSizes))} gzip`);
