const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL as an absolute http(s) or mailto link, or undefined. Anything else (`javascript:`, `data:`,
 * `vbscript:`, relative paths without a base) never becomes a link.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || /[\u0000-\u001f\u007f]/.test(text)) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}
