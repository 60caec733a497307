#!/usr/bin/env node
// The iisg-feed command (npx iisg-feed --help): see packages/feed/cli/main.mjs.
import { main } from '../cli/main.mjs';

// Output piped into `head` that stops reading is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
