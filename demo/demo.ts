// The demo page's own script: registers the elements, lists every event of the feed as a card, and wires
// the language and theme pickers. A partner site needs none of this: one script tag and the elements.
import '@iisg/widgets';
import { parseFeed } from '@iisg/feed';

const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const params = new URLSearchParams(location.search);

function apply() {
  document.documentElement.lang = langSelect.value;
  for (const el of document.querySelectorAll('iisg-event-card, iisg-event-calendar, iisg-event-timeline, iisg-network-map')) el.theme = themeSelect.value as 'light' | 'dark' | 'auto';
  document.body.dataset.theme = themeSelect.value;
}

langSelect.value = params.get('lang') ?? 'en';
themeSelect.value = params.get('theme') ?? 'light';
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);

apply();

/** "More events": a card for each event of the feed not shown above. */
async function listTheRest() {
  const shown = new Set(['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1', 'workshop-students-parents-teachers-2019']);
  const response = await fetch('./feed.json');
  const { feed } = parseFeed(await response.text());
  const list = document.querySelector('#all-events')!;
  for (const event of [...(feed?.events ?? [])].sort((a, b) => b.start - a.start)) {
    if (shown.has(event.id)) continue;
    const card = document.createElement('iisg-event-card');
    card.src = './feed.json';
    card.eventId = event.id;
    list.append(card);
  }
  apply();
}

// The page left or the network went while the list was read (the elements above say so themselves).
listTheRest().catch((error) => console.warn('demo: the list of every event could not be read', error));
