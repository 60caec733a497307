// Reading inputs (a file or an http(s) URL) and writing outputs for the iisg-feed commands.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A failure the user can fix (a missing file, a refused download, text that is not UTF-8): exit code 2. */
export class InputError extends Error {}

const isUrl = (source) => /^https?:\/\//i.test(source);

/**
 * The text of a file or URL, as UTF-8 (a byte-order mark is dropped) or UTF-16 with its mark. Other
 * encodings are refused rather than guessed: Windows-1250 and -1252 would give different letters.
 * Returns `{ text, baseUrl }`, with the URL the text came from (after redirects) for relative links.
 */
export async function readSource(source) {
  let bytes;
  let baseUrl;
  if (isUrl(source)) {
    let response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    } catch (error) {
      throw new InputError(`${source}: could not fetch it (${error.cause?.code ?? error.message})`);
    }
    if (!response.ok) throw new InputError(`${source}: the server answered ${response.status} ${response.statusText}`.trim());
    bytes = new Uint8Array(await response.arrayBuffer());
    baseUrl = response.url || source;
  } else {
    try {
      bytes = readFileSync(source);
    } catch (error) {
      throw new InputError(`${source}: cannot read it (${error.code === 'ENOENT' ? 'no such file' : error.code ?? error.message})`);
    }
  }
  return { text: decode(bytes, source), baseUrl };
}

function decode(bytes, source) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      `${source}: the file is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set "Unicode (UTF-8)")`,
    );
  }
}

/** Write to a file (making its folder) or, without one, to standard output. */
export function writeOutput(path, text) {
  if (!path || path === '-') {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A usage mistake in one command: the message, then the command's usage; exit code 2. */
export function usageError(command, message) {
  process.stderr.write(`iisg-feed ${command.name}: ${message}\n\n${command.usage}`);
  return 2;
}

/** `1 event`, `2 events`, `0 events`: a count and its noun, in English. */
export const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `file:line: severity: message` lines for problems of a conversion, on standard error. */
export function reportProblems(lines) {
  for (const line of lines) process.stderr.write(`${line}\n`);
}
