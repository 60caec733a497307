// iisg-feed: the command line tool of @iisg/feed. Plain ESM over the built package (../dist), so it
// runs as published with `npx` and needs no build step of its own; argument parsing is node:util's.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError, printable } from './io.mjs';
import * as validate from './validate.mjs';
import * as fromIcs from './from-ics.mjs';
import * as fromCsv from './from-csv.mjs';
import * as toIcs from './to-ics.mjs';
import * as split from './split.mjs';
import * as format from './format.mjs';

const COMMANDS = { validate, 'from-ics': fromIcs, 'from-csv': fromCsv, 'to-ics': toIcs, split, format };

const USAGE = `iisg-feed: check, convert and split IISG event feeds (JSON, version 1).

Usage: iisg-feed <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${command.synopsis.padEnd(50)} ${command.summary}`)
  .join('\n')}

Run "iisg-feed <command> --help" for a command's options.
Exit codes: 0 done; 1 the input has errors (reported); 2 wrong usage or an input that cannot be read.
`;

/** Runs one command line; returns the exit code. */
export async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`iisg-feed: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`iisg-feed ${name}: ${error.message}\n\n${command.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    if (error instanceof InputError || error instanceof RangeError) {
      process.stderr.write(`iisg-feed ${name}: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

