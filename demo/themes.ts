// demo/themes.html: every element in every theme. Without a query it lists the themes, each in light and dark,
// as frames of this same page; `?frame&theme=NAME&mode=light|dark` is one such frame, which links the theme's file
// (packages/widgets/themes/NAME.css) into its head as a partner site would.
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventCard, IisgEventTimeline, IisgNetworkMap } from '@iisg/widgets';

const THEMES = [
  { name: 'default', title: 'Default', about: 'No file: the built-in tokens.' },
  { name: 'high-contrast', title: 'High contrast', about: 'Text at least 7:1, borders as strong as text; yellow on black in dark.' },
  { name: 'regional-blue', title: 'Regional blue', about: 'An example: a regional organisation’s navy and cool greys, small corners.' },
  { name: 'neutral-grey', title: 'Neutral grey', about: 'An example: charcoal and greys, square corners, Arial.' },
] as const;

const MODES = ['light', 'dark'] as const;
type Mode = (typeof MODES)[number];

const params = new URLSearchParams(location.search);
const themeFile = (name: string) => `../packages/widgets/themes/${name}.css`;

if (params.has('frame')) showFrame(params.get('theme') ?? 'default', params.get('mode') === 'dark' ? 'dark' : 'light');
else showOverview();

function showOverview() {
  const list = document.querySelector('#themes')!;
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Themes');
  nav.innerHTML = THEMES.map((t) => `<a href="#${t.name}">${t.title}</a>`).join(' · ');
  document.querySelector('#overview > header')!.append(nav);
  for (const theme of THEMES) {
    const section = document.createElement('section');
    section.className = 'theme';
    section.id = theme.name;
    section.setAttribute('aria-labelledby', `${theme.name}-title`);
    const file = theme.name === 'default' ? '' : ` <a href="${themeFile(theme.name)}"><code>themes/${theme.name}.css</code></a>`;
    section.innerHTML = `<h2 id="${theme.name}-title">${theme.title}</h2><p>${theme.about}${file}</p><div class="modes"></div>`;
    for (const mode of MODES) {
      const url = `?frame&theme=${theme.name}&mode=${mode}`;
      const cell = document.createElement('div');
      cell.innerHTML = `<h3>${mode === 'light' ? 'Light' : 'Dark'} · <a href="${url}">open alone</a></h3>`;
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.title = `${theme.title}, ${mode}`;
      cell.append(frame);
      section.querySelector('.modes')!.append(cell);
    }
    list.append(section);
  }
}

async function showFrame(name: string, mode: Mode) {
  document.title = `${name}, ${mode} · Themes`;
  if (name !== 'default') {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: themeFile(name) });
    document.head.append(link);
  }
  document.body.className = `frame ${mode}`;
  document.body.innerHTML = `
    <header class="band"><span class="logo" aria-hidden="true">RO</span> <h1>Regional organisation · Events</h1></header>
    <main>
      <iisg-event-calendar date="2019-04" filters="network country" views="month list year"></iisg-event-calendar>
      <div class="cards">
        <iisg-event-card event-id="nfp-7"></iisg-event-card>
        <iisg-event-card event-id="rnnc-3" layout="compact"></iisg-event-card>
        <iisg-event-card event-id="iisg-pcve-coordination-albania-1" layout="compact"></iisg-event-card>
        <p class="note">Two statuses changed on this page: the RNNC meeting cancelled, the coordination meeting postponed.</p>
      </div>
      <iisg-event-timeline class="wide"></iisg-event-timeline>
      <iisg-network-map class="wide" show="members events"></iisg-network-map>
    </main>`;

  const feed = await (await fetch('./feed.json')).json();
  const status: Record<string, string> = { 'rnnc-3': 'cancelled', 'iisg-pcve-coordination-albania-1': 'postponed' };
  for (const event of feed.events) if (status[event.id]) event.status = status[event.id];
  type Widget = IisgEventCalendar | IisgEventCard | IisgEventTimeline | IisgNetworkMap;
  for (const el of document.querySelectorAll<Widget>('iisg-event-calendar, iisg-event-card, iisg-event-timeline, iisg-network-map')) {
    el.theme = mode;
    el.feed = feed;
  }

  // The overview sizes each frame to its content.
  const frame = window.frameElement as HTMLIFrameElement | null;
  if (frame) new ResizeObserver(() => (frame.style.height = `${document.documentElement.scrollHeight}px`)).observe(document.body);
}
