// Reference, not a peer: the "bare lit-html grid" the issue measured its budgets against. A month of
// day cells rendered by lit-html's render(), each day listing up to `cap` titles (a multi-day event is
// repeated in each of its days: no spanning bars), "+N more" as text, a heading and a next button; no
// ARIA, no keyboard, no time zones, no feed checks. It shows what the month costs with nothing but a
// template engine on this machine, so ours can be read against both it and FullCalendar.
import { html, render } from 'lit-html';
import { expose, laidOut, moreCount, root } from './common.js';

const DAY = 86_400_000;
const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
let state;

/** Events by UTC day number (days since 1970), built once per render call. */
function byDay(events) {
  const days = new Map();
  for (const e of events) {
    const first = Math.floor(Date.parse(e.start) / DAY);
    const end = e.end ? Math.floor(Date.parse(e.end) / DAY) : first + 1; // exclusive
    for (let d = first; d < end; d++) {
      let list = days.get(d);
      if (!list) days.set(d, (list = []));
      list.push(e);
    }
  }
  return days;
}

function view() {
  const { month, days, cap } = state;
  const first = new Date(month);
  const start = Math.floor(month / DAY) - first.getUTCDay(); // Sunday first
  const next = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
  const weeks = Math.ceil((Math.floor(next / DAY) - start) / 7);
  const cells = [];
  for (let i = 0; i < weeks * 7; i++) {
    const list = days.get(start + i) ?? [];
    cells.push(html`<div class="day">
      <span class="num">${new Date((start + i) * DAY).getUTCDate()}</span>
      ${list.slice(0, cap).map((e) => html`<div class="ev">${e.title}</div>`)}
      ${list.length > cap ? html`<span class="more">+${list.length - cap} more</span>` : ''}
    </div>`);
  }
  return html`<div class="bar"><h2>${MONTHS.format(first)}</h2><button class="next" @click=${goNext}>next</button></div>
    <div class="grid">${cells}</div>`;
}

function goNext() {
  const d = new Date(state.month);
  state.month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  render(view(), root());
}

expose('lit-grid', {
  async render(events, cap) {
    state = { month: Date.UTC(2025, 2, 1), days: byDay(events), cap };
    render(view(), root());
    return laidOut();
  },
  async next() {
    root().querySelector('.next').click();
    return laidOut();
  },
  check() {
    const r = root();
    const more = [...r.querySelectorAll('.more')];
    return {
      heading: r.querySelector('h2')?.textContent.trim() ?? '',
      grid: Boolean(r.querySelector('.grid')),
      days: r.querySelectorAll('.day').length,
      bars: r.querySelectorAll('.ev').length,
      moreLinks: more.length,
      moreTotal: more.reduce((s, m) => s + moreCount(m), 0),
    };
  },
});
