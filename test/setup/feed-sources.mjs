// The feed package's sources for a Node test, bundled by esbuild into a temporary module: no `npm run build`
// first, and never a stale build in packages/feed/dist.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The exports of `index` and of each module named (`'from-ics'`, `'to-ics'`), as one module. */
export async function feedSources(...modules) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'iisg-feed-')), 'feed.mjs');
  const contents = ['index', ...modules].map((name) => `export * from './${name}.ts';`).join('\n');
  const resolveDir = fileURLToPath(new URL('../../packages/feed/src/', import.meta.url));
  await build({ stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}
