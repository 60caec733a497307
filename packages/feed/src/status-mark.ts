/**
 * The word put before a cancelled or postponed event's title in a calendar file people subscribe to
 * ("Cancelled: 7th Meeting of the NFP Group"). A subscribed calendar shows STATUS:CANCELLED in few places:
 * Outlook and Google show such an event as any other, or drop it, so the title says it in every client.
 * Outlook writes its own cancellations the same way ("Canceled: …"). The words are the widgets' own
 * status labels (packages/widgets/src/locales), kept here because the feed package has no message tables.
 */
import { languageChain } from './text.js';

export type MarkedStatus = 'cancelled' | 'postponed';

const MARKS: Record<string, Record<MarkedStatus, string>> = {
  en: { cancelled: 'Cancelled', postponed: 'Postponed' },
  sq: { cancelled: 'Anuluar', postponed: 'Shtyrë' },
  'sr-Latn': { cancelled: 'Otkazano', postponed: 'Odloženo' },
  'sr-Cyrl': { cancelled: 'Отказано', postponed: 'Одложено' },
  bs: { cancelled: 'Otkazano', postponed: 'Odgođeno' },
  hr: { cancelled: 'Otkazano', postponed: 'Odgođeno' },
  mk: { cancelled: 'Откажано', postponed: 'Одложено' },
  sl: { cancelled: 'Odpovedano', postponed: 'Preloženo' },
  de: { cancelled: 'Abgesagt', postponed: 'Verschoben' },
  fr: { cancelled: 'Annulé', postponed: 'Reporté' },
};

/** The mark for `status` in the language nearest `lang` (English where none is near), or undefined. */
export function statusMark(status: string, lang: string): string | undefined {
  if (status !== 'cancelled' && status !== 'postponed') return undefined;
  for (const tag of languageChain(lang)) if (MARKS[tag]) return MARKS[tag][status];
  return MARKS.en![status];
}

/** The mark for `status` in every language above (from-csv reads them in a sheet's status column). */
export function statusMarkWords(status: MarkedStatus): string[] {
  return Object.values(MARKS).map((marks) => marks[status]);
}

/** `title` with the mark for `status` in front, in any of the languages above, taken off. */
export function withoutStatusMark(title: string, status: string): string {
  if (status !== 'cancelled' && status !== 'postponed') return title;
  for (const marks of Object.values(MARKS)) {
    const prefix = `${marks[status]}: `;
    if (title.toLowerCase().startsWith(prefix.toLowerCase())) return title.slice(prefix.length).trimStart();
  }
  return title;
}
