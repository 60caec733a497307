import { html, nothing, type TemplateResult } from 'lit';
import { filterChoices, type FeedEvent } from '@iisg/feed';
import { countryName } from '../shared/country-name.js';
import type { CalendarContext } from './calendar-context.js';
import { filterKinds } from './filter-choices.js';

/**
 * The designation footnotes ("Kosovo*") of the countries the shown events (filtered) and the country menu
 * name; `filters`: the calendar's `filters` attribute.
 */
export function countryFootnotes(ctx: CalendarContext, filters: string, shown: FeedEvent[]): TemplateResult | typeof nothing {
  const codes = new Set(filterKinds(filters).includes('country') ? filterChoices(ctx.feed, 'country').keys() : []);
  for (const event of shown) if (event.location?.country) codes.add(event.location.country);
  const notes = new Set([...codes].map((code) => countryName(ctx.feed, code, ctx.lang).footnote).filter(Boolean));
  return notes.size ? html`<p class="footnote" part="footnote">${[...notes].map((note) => `* ${note}`).join(' ')}</p>` : nothing;
}
