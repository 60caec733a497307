// iisg-feed: the command line tool of @iisg/feed. Plain ESM over the built package (../dist), so it
// runs as published with `npx` and needs no build step of its own; argument parsing is node:util's.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { suggest } from '../dist/problems.js';
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
Exit codes, the same for every command: 0 done (warnings alone give 0); 1 the input has errors, each reported
as file:line: error: ... (and nothing is written where that would lose events); 2 wrong usage (a command,
an option or a value of one), or a file that cannot be read or written (missing, not UTF-8, too large, no
permission), or a URL that cannot be fetched.
`;

/** The options of the library's RangeErrors (`time zone: 'Mars' is not...`) as a command line names them. */
const FLAGS = { 'time zone': '--time-zone', language: '--language', from: '--from', to: '--to', base: '--base', uidDomain: '--domain' };

/** A mistake on the command line as parseArgs words it, said as the other messages are, with what to do. */
function argumentProblem(error, options) {
  const names = Object.keys(options).map((option) => `--${option}`);
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'(-[^']*)'/.exec(error.message)?.[1];
  if (unknown) {
    const near = suggest(unknown.replace(/=.*/, ''), names);
    return `unknown option '${unknown}'${near ? ` (did you mean ${near}?)` : ''}; the options are below (a file whose name starts with '-' goes after '--')`;
  }
  const missing = error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /(--[\w-]+) <value>' argument missing/.exec(error.message)?.[1];
  if (missing) return `${missing} needs a value (${missing} ${missing === '--out' ? 'FILE' : 'VALUE'}; see below)`;
  return error.message;
}

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
    process.stderr.write(`iisg-feed ${name}: ${argumentProblem(error, command.options)}\n\n${command.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    // Lists or objects nested thousands deep (a runaway "[[[["): no feed is, and a "Maximum call stack" was said as a usage mistake.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      process.stderr.write(`iisg-feed ${name}: ${printable(parsed.positionals.join(', '))}: its lists or objects are nested too deeply to be read (a feed nests a few levels); check that it is the file meant, and where its brackets open and close\n`);
      return 1;
    }
    if (error instanceof InputError || error instanceof RangeError) {
      // A value of an option the library refused ("time zone: 'Mars' is not..."): named as it is given here, --time-zone.
      const message = error instanceof RangeError ? error.message.replace(/^(time zone|language|from|to|base|uidDomain):/, (_, key) => `${FLAGS[key]}:`).replace(/ before from '/, " before --from '") : error.message;
      process.stderr.write(`iisg-feed ${name}: ${printable(message)}\n`);
      return 2;
    }
    throw error;
  }
}

