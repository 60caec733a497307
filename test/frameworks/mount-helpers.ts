// What the React and Vue tests share: the sample feed as a value, and reading what the widgets render.
import { waitUntil } from '@open-wc/testing';
import type { IisgEventCalendar, IisgEventCard } from '@iisg/widgets';

export async function sampleFeed(): Promise<object> {
  return (await (await fetch('/demo/feed.json')).json()) as object;
}

export const shadowText = (el: Element | null | undefined, selector: string) =>
  el?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Wait for the calendar's month grid to draw its first event bar, and return it. */
export async function firstEventBar(calendar: IisgEventCalendar) {
  await waitUntil(() => calendar.shadowRoot?.querySelector('[part~="event"]'), 'the calendar drew the events of its feed property', { timeout: 10_000 });
  return calendar.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!;
}

/** Wait for the card the framework rendered for the chosen event, and return it once it shows a title. */
export async function chosenCard(container: HTMLElement) {
  await waitUntil(() => shadowText(container.querySelector('iisg-event-card'), '[part~="title"]'), 'the framework rendered a card for the chosen event', { timeout: 10_000 });
  return container.querySelector<IisgEventCard>('iisg-event-card')!;
}
