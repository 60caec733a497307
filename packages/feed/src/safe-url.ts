import { quote } from './problems.js';

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
/**
 * `//evil.example`, `/\evil.example`, `\\evil.example`: a path on the feed's site to the eye, another host to the URL
 * parser (which reads `\` as `/`). Never resolved against the feed's URL, so a page links no more than `validate` shows.
 */
const OTHER_HOST = /^[/\\]{2}/;

/**
 * The URL as an absolute http(s) or mailto link, or undefined. Anything else (`javascript:`, `data:`,
 * `vbscript:`, relative paths without a base, `www.rcc.int` without its `https://`) never becomes a link.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || /[\u0000-\u001f\u007f]/.test(text)) return undefined;
  let url: URL;
  try {
    url = base && !lacksScheme(text) && !OTHER_HOST.test(text) ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}

/**
 * The host a link names without its scheme (`www.rcc.int`, `rcc.int/events`, `//rcc.int`), else undefined: such a
 * link is not resolved against the feed's URL as a relative path. A file name (`agenda.pdf`) is not one.
 */
export function lacksScheme(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim().replace(/^[/\\]{2,}/, '') : '';
  const host = /^[\w-]+(\.[\w-]+)+(?=[/:?#]|$)/.exec(text)?.[0];
  return host && !/\.(pdf|html?|php|aspx?|docx?|ics|json)$/i.test(host) ? text : undefined;
}

/**
 * Why `safeUrl` refused a link, and the link to write where one is meant: one wording for the parser (validate,
 * from-csv) and from-ics, with what became of it (`outcome`). `//rcc.int` has its slashes: "no https:// in front"
 * sent editors looking for slashes that were there.
 */
export function linkProblem(value: unknown, outcome: string): string {
  const host = lacksScheme(value);
  if (!host) return `${quote(value)} is not an http(s) or mailto link; ${outcome}`;
  const lacks = /^\s*\/\/(?![/\\])/.test(value as string) ? 'starts with // instead of https://' : 'has no https:// in front';
  return `${quote(value)} ${lacks}; ${outcome} (write ${quote(`https://${host}`)})`;
}
