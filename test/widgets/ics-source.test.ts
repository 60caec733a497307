import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';

/** An element whose src is an .ics file reads it through the feed package's conversion, loaded on demand. */
describe('an .ics file as src', () => {
  it('shows the events of an Outlook export in the calendar, a cancelled one struck through', async () => {
    const el = await fixture<IisgEventCalendar>(
      html`<iisg-event-calendar src="/test/fixtures/cli/outlook-export.ics" date="2025-04" lang="en" style="width: 900px"></iisg-event-calendar>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'events from the .ics shown', { timeout: 8000 });
    const bars = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
    const nfp = bars.find((b) => b.textContent!.includes('13th Meeting of the NFP Group'))!;
    expect(nfp.getAttribute('part')).to.contain('cancelled');
    // The conversion is its own chunk: nothing of it is loaded by a JSON page.
    const chunks = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('from-ics'));
    expect(chunks.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
