#!/usr/bin/env node
// The iisg-feed command (npx iisg-feed --help): see packages/feed/cli/main.mjs.
import { existsSync } from 'node:fs';

// In a clone of the repository, the commands run on the built package (dist/), which `npm install` does not make.
if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('iisg-feed: the feed package is not built (no packages/feed/dist/); run `npm run build` at the top of the repository first.');
  process.exit(1);
}
const { main } = await import('../cli/main.mjs');

// Output piped into `head` that stops reading is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
