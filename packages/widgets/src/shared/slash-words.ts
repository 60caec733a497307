/**
 * A feed's text that keeps a word with a slash inside it whole ("P/CVE", "CT/PVE"): Firefox breaks a line after
 * such a slash ("P/" at the end of a line, "CVE" at the start of the next), where Chromium and WebKit do not.
 * The slash and the letter after it go in a `.slash` span (`white-space: nowrap`, theme.styles.ts), so the
 * text, its copy and its accessible name stay as the feed wrote them, and a word too long for its line still
 * breaks anywhere else (`overflow-wrap: anywhere`).
 */
import { html, type TemplateResult } from 'lit';

/** A slash after a letter or digit and before a letter, with that letter: Firefox's line may break between them. */
const SLASH_IN_WORD = /(?<=[\p{L}\p{N}])(\/\p{L})/u;

export function keepSlashWords(text: string): string | (string | TemplateResult)[] {
  if (!text.includes('/')) return text;
  return text.split(SLASH_IN_WORD).map((part, i) => (i % 2 ? html`<span class="slash">${part}</span>` : part));
}
