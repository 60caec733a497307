// What a braille display shows: every name in the accessibility tree, with no space before its punctuation.
// Chrome puts a space before a positioned box (a `.visually-hidden` span) when it builds a name from content,
// so a comma said between two lines was shown as "Title , Tirana"; a screen reader's speech hides it, braille
// does not.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@iisg/widgets';

const FEED = '/demo/feed.json';

type Node = { role: string; name?: string; children?: Node[] };

async function names(): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: Node) => (n.name && out.push(n.name), n.children?.forEach(walk));
  walk((await a11ySnapshot({})) as unknown as Node);
  return out;
}

/** Drawn: a list, a grid, a timeline's rows or a map's markers in each element's shadow root. */
const drawn = (page: Element) =>
  [...page.querySelectorAll('iisg-event-calendar, iisg-event-timeline, iisg-network-map, iisg-event-card')].every((el) =>
    el.shadowRoot?.querySelector('[part~="list-item"], .rows, [part~="marker"], [part~="title"]'),
  );

describe('accessible names', () => {
  for (const lang of ['en', 'sr-Cyrl', 'mk']) {
    it(`have no space before a comma, colon or full stop (${lang})`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <iisg-event-calendar src=${FEED} view="list" list-range="past" style="width: 700px"></iisg-event-calendar>
        <iisg-event-calendar src=${FEED} date="2019-04" style="width: 320px"></iisg-event-calendar>
        <iisg-event-timeline src=${FEED} style="width: 900px"></iisg-event-timeline>
        <iisg-event-timeline src=${FEED} mode="series" style="width: 900px"></iisg-event-timeline>
        <iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019"></iisg-event-card>
        <iisg-network-map src=${FEED} network="rnnc" style="width: 700px"></iisg-network-map>
      </div>`);
      await waitUntil(() => drawn(page), 'every element drawn', { timeout: 8000 });
      const all = await names();
      // The list's items and the timeline's blocks are among them, said as sentences.
      expect(all.filter((n) => /^\S+, .*\d{4}(\sг)?\S*[:.] /.test(n)).length, all.join('\n')).to.be.greaterThan(20);
      expect(all.filter((n) => /\s[,.:;]/.test(n))).to.deep.equal([]);
    });
  }

  // Chrome gives text-transform's capitals to the accessibility tree: "TO BE CONFIRMED" on a braille display, and
  // some screen readers spell a short word in capitals. Status words are drawn in small capitals instead.
  it('say a status word as written, not in the capitals it is drawn in', async () => {
    const feed = {
      version: 1,
      events: [
        { id: 'off', title: 'Workshop', start: '2019-04-03', end: '2019-04-04', status: 'cancelled' },
        { id: 'maybe', title: 'Meeting', start: '2019-04-10', status: 'tentative' },
        { id: 'later', title: 'Conference', start: '2019-04-16', status: 'postponed' },
      ],
    };
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      <iisg-event-calendar .feed=${feed} date="2019-04" style="width: 800px"></iisg-event-calendar>
      <iisg-event-calendar .feed=${feed} view="list" date="2019-04" style="width: 500px"></iisg-event-calendar>
      <iisg-event-card .feed=${feed} event-id="later"></iisg-event-card>
    </div>`);
    const [month, list] = page.querySelectorAll('iisg-event-calendar');
    const card = page.querySelector('iisg-event-card')!;
    const shown = () =>
      month.shadowRoot!.querySelector('[part~="event"]') &&
      list.shadowRoot!.querySelector('[part~="list-item"]') &&
      card.shadowRoot!.querySelector('[part~="title"]');
    await waitUntil(shown, 'every element drawn', { timeout: 5000 });
    const bar = month.shadowRoot!.querySelector<HTMLElement>('[part~="event"].postponed')!;
    bar.click();
    const placed = () => {
      const popover = month.shadowRoot!.querySelector('[part~="popover"]');
      return popover && getComputedStyle(popover).visibility === 'visible';
    };
    await waitUntil(placed, 'the popover placed', { timeout: 5000 });
    const all = (await names()).join('\n');
    for (const word of ['Cancelled', 'To be confirmed', 'Postponed']) expect(all).to.include(word);
    // The day's cell, the list item, the card's status and the popover's.
    expect(all.match(/Postponed/g)?.length ?? 0, all).to.be.at.least(4);
    expect(all).not.to.match(/CANCELLED|TO BE CONFIRMED|POSTPONED/);
  });
});
