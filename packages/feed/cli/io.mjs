// Reading inputs (a file, or an http(s) or webcal URL) and writing outputs for the iisg-feed commands.
import { constants } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { locateProblems } from '../dist/validate-feed.js';

/**
 * A failure the user can fix (a missing file, a refused download, text that is not UTF-8, a file that cannot be
 * written): exit code 2.
 */
export class InputError extends Error {}

/** A file larger than MAX_BYTES: not read at all, nor again as a spreadsheet to name it. */
class TooLargeError extends InputError {}

/** The most bytes a file may have: 500 MB, a round number under the longest text Node holds (about 512 MB of characters). */
export const MAX_BYTES = Math.min(500 * 2 ** 20, constants.MAX_STRING_LENGTH);

const megabytes = (n) => `${Math.ceil(n / 2 ** 20).toLocaleString('en-US')} MB`;

/** A file too large to hold as one text: a 600 MB feed was "not UTF-8", and then aborted Node. */
const tooLarge = (source, size) =>
  new TooLargeError(`${source}: the file is too large to read (${megabytes(size)}; the most is ${megabytes(MAX_BYTES)}); make it smaller: export it in parts (a year each, say) and give the command each part`);

/** Why a file could not be read or written, and what to do, by Node's error code. */
const FILE_ERRORS = {
  ENOENT: 'there is no such file: check its name, and the folder the command runs in',
  EISDIR: 'it is a folder, not a file: give the path of a file',
  ENOTDIR: 'a part of its path is a file, not a folder',
  EACCES: 'permission denied: check the permissions of the file and its folder, or use another place',
  EPERM: 'permission denied: check the permissions of the file and its folder, or use another place',
  EROFS: 'the disk is read-only: use another place',
  ENOSPC: 'the disk is full: free some space, or use another place',
  EEXIST: 'a file is there where a folder is needed',
  ENAMETOOLONG: 'the name is too long',
};
const fileError = (error) => FILE_ERRORS[error.code] ?? error.code ?? error.message;

/** An address to fetch: http(s), or webcal, which calendar links use for the same address over https. */
export const isUrl = (source) => /^(https?|webcal):\/\//i.test(source);

/** How to save a file as UTF-8, in the program its kind is written with. */
const SAVE_AS_UTF8 = {
  csv: 'save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set "Unicode (UTF-8)")',
  json: 'save it as UTF-8 (in Notepad: File, Save as, Encoding "UTF-8"; in VS Code: click the encoding in the status bar, Save with Encoding, UTF-8)',
  text: 'save it as UTF-8',
};

/**
 * The text of a file or URL, as UTF-8 (a byte-order mark is dropped) or, except for a feed, UTF-16. Other
 * encodings are refused rather than guessed: Windows-1250 and -1252 would give different letters.
 * `kind` is 'json' for a feed: browsers read feeds as UTF-8 only, so a UTF-16 feed is refused too, with
 * how to save it as UTF-8; 'csv' for a spreadsheet (Excel's "Unicode Text" is UTF-16, and is read);
 * 'ics' for an iCalendar file (a fold inside a character is moved out of it: `refoldCharacters`);
 * 'text' for anything else. Returns `{ text, baseUrl }`, with the URL the text came from (after
 * redirects) for relative links.
 */
export async function readSource(source, kind = 'text') {
  let bytes;
  let baseUrl;
  if (isUrl(source)) {
    const url = source.replace(/^webcal:/i, 'https:');
    let response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    } catch (error) {
      // "fetch failed" alone said nothing: the cause is the reason (ENOTFOUND, ECONNREFUSED, "bad port").
      const why = error.name === 'TimeoutError' ? 'no answer in 30 seconds' : error.cause?.code ?? error.cause?.message ?? error.message;
      throw new InputError(`${source}: could not fetch ${url === source ? 'it' : url} (${why}); check the address, and that this computer is online`);
    }
    if (!response.ok) throw new InputError(`${`${source}: the server answered ${response.status} ${response.statusText}`.trim()}; check the address (open it in a browser)`);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_BYTES) throw tooLarge(source, length);
    bytes = new Uint8Array(await response.arrayBuffer());
    baseUrl = response.url || url;
  } else {
    try {
      const { size } = statSync(source);
      if (size > MAX_BYTES) throw tooLarge(source, size);
      bytes = readFileSync(source);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`${source}: cannot read it (${fileError(error)})`);
    }
  }
  if (bytes.length > MAX_BYTES) throw tooLarge(source, bytes.length);
  return { text: decode(bytes, source, kind), baseUrl };
}

function decode(bytes, source, kind) {
  const utf16 = utf16Of(bytes);
  if (utf16 && kind === 'json') {
    throw new InputError(`${source}: the file is UTF-16 text, and browsers read a feed as UTF-8 only, so the widgets cannot read it; ${SAVE_AS_UTF8.json}`);
  }
  if (utf16) return new TextDecoder(utf16.encoding).decode(bytes.subarray(utf16.bom ? 2 : 0));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(kind === 'ics' ? refoldCharacters(bytes) : bytes);
  } catch (error) {
    if (error.code === 'ERR_STRING_TOO_LONG') throw tooLarge(source, bytes.length);
    throw new InputError(`${source}: the file is not UTF-8 text; ${SAVE_AS_UTF8[kind] ?? SAVE_AS_UTF8.text}`);
  }
}

/**
 * An iCalendar file whose line folding splits a character's UTF-8 bytes (`n\xC3` CRLF space `\xAB` for "në"), as RFC
 * 5545 (3.1) allows: it is unfolded first, then decoded, but decoded first it is not UTF-8 and was refused. Each such
 * fold is moved to before the character's first byte, so that the text decodes and unfolds to the same lines, and
 * the file keeps its line numbers for the problems' `line`. Other bytes are left as they are.
 */
export function refoldCharacters(bytes) {
  let out = bytes;
  for (let i = 1; i + 2 < bytes.length; i++) {
    // LF (after CR, or alone), a space or tab, then a byte that continues a character (10xxxxxx).
    if (bytes[i] !== 0x0a || (bytes[i + 1] !== 0x20 && bytes[i + 1] !== 0x09) || (bytes[i + 2] & 0xc0) !== 0x80) continue;
    const fold = out[i - 1] === 0x0d ? i - 1 : i;
    // The character's first bytes before the fold: its lead byte (11xxxxxx) and up to two continuation bytes.
    let lead = fold;
    while (lead > 0 && fold - lead < 3 && (out[lead - 1] & 0xc0) === 0x80) lead--;
    if (lead === 0 || (out[lead - 1] & 0xc0) !== 0xc0) continue; // not a split character: left for the decoder to refuse
    lead--;
    if (out === bytes) out = Uint8Array.from(bytes);
    out.set([...out.subarray(fold, i + 2), ...out.subarray(lead, fold)], lead);
  }
  return out;
}

/**
 * UTF-16 by its byte-order mark, or without one by its NUL bytes: the ASCII letters of UTF-16 text (column
 * names, digits, punctuation) each have a zero byte, all on the same side. UTF-8 text has no zero bytes.
 */
function utf16Of(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const pairs = sample.length / 2;
  if (odd && !even && odd >= pairs / 4) return { encoding: 'utf-16le', bom: false };
  if (even && !odd && even >= pairs / 4) return { encoding: 'utf-16be', bom: false };
  return undefined;
}

/**
 * For a file that is not JSON but an iCalendar file or a spreadsheet (CSV): what it is, and the command
 * that makes a feed of it. Undefined for anything else (a feed with a syntax error, say).
 */
export function notAFeed(text, source) {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const file = /\s/.test(source) ? JSON.stringify(source) : source;
  // An empty file was "a closing '}' or ']' is missing, or the file is cut short".
  if (!start) return 'the file is empty; a feed is a JSON object, at least {"version": 1, "events": []} (was the export or the copy cut off?)';
  if (/^BEGIN:VCALENDAR/i.test(start)) return `this is an iCalendar (.ics) file, not a feed; make a feed of it with: iisg-feed from-ics ${file} -o feed.json`;
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  // A header row: separated by commas, semicolons or tabs, and no JSON object or "key": value in it.
  if (/[,;\t]/.test(firstLine) && !/^[{[]/.test(firstLine) && !/"\s*:/.test(firstLine)) {
    return `this looks like a spreadsheet (CSV), not a feed; make a feed of it with: iisg-feed from-csv ${file} -o feed.json`;
  }
  return undefined;
}

/**
 * For a file given to from-csv or from-ics that is of another kind (a feed, a calendar, a spreadsheet): what it
 * is, and the command for it. A feed given to from-csv was read as a sheet with a column named '{"version":1'.
 */
export function notKind(text, source, kind) {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const file = /\s/.test(source) ? JSON.stringify(source) : source;
  if (/^[{[]/.test(start)) {
    try {
      JSON.parse(start);
      return `this is a JSON file (a feed?), not ${kind === 'csv' ? 'a spreadsheet' : 'an iCalendar file'}; check a feed with: iisg-feed validate ${file}`;
    } catch {
      // not JSON: read as what it was given as
    }
  }
  const says = notAFeed(text, source);
  if (says && /iCalendar/.test(says) && kind === 'csv') return `this is an iCalendar (.ics) file, not a spreadsheet; make a feed of it with: iisg-feed from-ics ${file} -o feed.json`;
  if (says && /spreadsheet/.test(says) && kind === 'ics') return says.replace('not a feed', 'not an iCalendar file');
  return undefined;
}

/**
 * For a spreadsheet that could not be read as a feed's UTF-8 (Excel's plain "CSV" is Windows-1250 or -1252, its
 * "Unicode Text" UTF-16): that it is a spreadsheet, and the command that converts it, instead of how to save a
 * feed as UTF-8 in Notepad. Undefined for anything else, and for an address (it is not fetched twice).
 */
async function notUtf8Sheet(source) {
  if (isUrl(source)) return undefined;
  let text;
  let utf8 = true;
  try {
    // As from-csv reads it: UTF-8, or UTF-16 (which from-csv reads too).
    ({ text } = await readSource(source, 'csv'));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    utf8 = false;
    try {
      // Only to see what the file is: its header row is plain letters in any Windows code page.
      text = new TextDecoder('windows-1252').decode(readFileSync(source));
    } catch {
      return undefined;
    }
  }
  const says = notAFeed(text, source);
  if (!says || !/spreadsheet/.test(says) || /^\s*[{[]/.test(text)) return undefined;
  if (utf8) return `${source}: ${says}`;
  const file = /\s/.test(source) ? JSON.stringify(source) : source;
  return `${source}: this looks like a spreadsheet (CSV), not a feed, and it is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set "Unicode (UTF-8)"), then make a feed of it with: iisg-feed from-csv ${file} -o feed.json`;
}

/**
 * A feed's text, as `readSource(source, 'json')` reads it; a spreadsheet that is not UTF-8 is refused as a
 * spreadsheet, with the command that converts it, not with how to save a feed in Notepad.
 */
export async function readFeedSource(source) {
  try {
    return await readSource(source, 'json');
  } catch (error) {
    const sheet = error instanceof InputError && !(error instanceof TooLargeError) ? await notUtf8Sheet(source) : undefined;
    throw sheet ? new InputError(sheet) : error;
  }
}

/** The problems of a feed, with `not-json` said as `notAFeed` says it where it can. */
export function explainNotJson(problems, text, source) {
  const what = problems.some((p) => p.code === 'not-json') ? notAFeed(text, source) : undefined;
  return what ? problems.map((p) => (p.code === 'not-json' ? { ...p, message: what } : p)) : problems;
}

/**
 * A feed's problems as validate prints them, `file:line:column: severity: message (path)`, in the order of the file:
 * to-ics and split said `file: error: path: message`, with no line for an editor or a CI annotation to go to.
 */
export function feedProblemLines(source, text, problems) {
  if (!problems.length) return [];
  return locateProblems(text, problems)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
    .map(({ p }) => `${source}:${p.line}:${p.column}: ${p.severity}: ${p.message}${p.path ? ` (${p.path})` : ''}`);
}

/**
 * Write to a file (making its folder) or, without one, to standard output. A file that cannot be written is an
 * InputError (exit code 2) that says why: it was a stack trace (split --out onto a file).
 */
export function writeOutput(path, text) {
  if (!path || path === '-') {
    process.stdout.write(text);
    return;
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new InputError(`${path}: cannot write it (${fileError(error)})`);
  }
}

/**
 * Whether a conversion that gave no event must not be written to `out`, said on standard error: a file there (the
 * live feed, most likely) would lose every event, and validate finds nothing wrong with an empty feed.
 * `why`: why there is none ("the sheet has no row of events").
 */
export function refuseEmptyOver(out, events, why) {
  if (events.length || !out || out === '-' || !existsSync(out)) return false;
  process.stderr.write(`${out}: nothing written: it is there already, and ${why}; writing would replace its events with none. Check the input, or write to another file (-o events-new.json)\n`);
  return true;
}

/** A usage mistake in one command: the message, then the command's usage; exit code 2. */
export function usageError(command, message) {
  process.stderr.write(`iisg-feed ${command.name}: ${message}\n\n${command.usage}`);
  return 2;
}

/** `1 event`, `2 events`, `0 events`: a count and its noun, in English. */
export const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A line for a terminal or a CI log with its control characters escaped (`\n`, `\u001b`): a feed's value in a message
 * (`"url": "x\nfeed.json:1:1: error: …"`) printed a line of its own making, and ANSI escapes reached the terminal. C1
 * controls, line and paragraph separators and bidi overrides, which reorder what follows them, are escaped too.
 */
export function printable(text) {
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `file:line: severity: message` lines for problems of a conversion, on standard error, each one line (`printable`). */
export function reportProblems(lines) {
  for (const line of lines) process.stderr.write(`${printable(line)}\n`);
}
