/**
 * A small pattern formatter over a date-fns locale's names, for the few patterns the widgets print
 * (`d. MMMM yyyy.`, `LLLL yyyy`, `EEEE`, `HH:mm`). date-fns `format` would add 8 KB to every page for
 * tokens we never use; the locale data (month and weekday names in the right grammatical case) is
 * what matters, and that still comes from date-fns.
 */
import type { Locale } from 'date-fns';

export interface DateParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  hour?: number;
  minute?: number;
}

type Width = 'wide' | 'abbreviated' | 'short' | 'narrow';
const TOKEN = /'([^']*)'|d{1,2}|M{1,4}|L{3,4}|y{2,4}|E{3,6}|c{3,6}|H{1,2}|m{2}/g;

export function formatPattern(parts: DateParts, pattern: string, locale: Locale): string {
  const localize = locale.localize!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (width: Width, context: 'formatting' | 'standalone') => localize.month((parts.month - 1) as never, { width, context });
  const weekday = (width: Width, context: 'formatting' | 'standalone') => localize.day(parts.weekday as never, { width, context });
  const width = (token: string): Width => (token.length === 3 ? 'abbreviated' : token.length === 4 ? 'wide' : token.length === 5 ? 'narrow' : 'short');
  return pattern.replace(TOKEN, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    switch (token[0]) {
      case 'd':
        return token.length === 2 ? pad(parts.day) : String(parts.day);
      case 'M':
        return token.length === 1 ? String(parts.month) : token.length === 2 ? pad(parts.month) : month(token.length === 3 ? 'abbreviated' : 'wide', 'formatting');
      case 'L':
        return month(token.length === 3 ? 'abbreviated' : 'wide', 'standalone');
      case 'y':
        return token.length === 2 ? pad(parts.year % 100) : String(parts.year);
      case 'E':
        return weekday(width(token), 'formatting');
      case 'c':
        return weekday(width(token), 'standalone');
      case 'H':
        return token.length === 2 ? pad(parts.hour ?? 0) : String(parts.hour ?? 0);
      case 'm':
        return pad(parts.minute ?? 0);
      default:
        return token;
    }
  });
}
