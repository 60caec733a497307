import { expect } from '@open-wc/testing';
import { feedFromIcs } from '@iisg/feed/from-ics';

// The .ics reader as an element whose src is an .ics file runs it: in the browser, with its Intl.
describe('feedFromIcs in the browser', () => {
  it('reads RDATE periods and keeps every other event when one cannot be read', async () => {
    const text = await (await fetch('/test/fixtures/cli/rdate-period.ics')).text();
    const { feed, problems } = feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' });
    expect(problems.map((p) => [p.code, p.line, p.uid])).to.deep.equal([['invalid-event', 28, 'broken-rule@wb-iisg.example']]);
    expect(feed!.events.map((e) => `${e.start} ${e.end ?? ''}`.trim())).to.deep.equal([
      '2025-01-06T10:00 2025-01-06T10:30',
      '2025-01-20T10:00 2025-01-20T13:30',
      '2025-01-22T10:00 2025-01-22T10:30',
      '2025-01-25T10:00 2025-01-25T12:00',
      '2025-02-03T10:00 2025-02-03T10:30',
      '2025-03-12',
    ]);
  });

  it("reads a change at a one-off meeting's start, written in UTC, instead of the meeting (Google, Outlook)", () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
      'BEGIN:VEVENT', 'UID:m', 'SUMMARY:Meeting', 'DTSTART;TZID=Europe/Belgrade:20250401T100000', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:m', 'SUMMARY:Meeting', 'STATUS:CANCELLED', 'RECURRENCE-ID:20250401T080000Z', 'DTSTART;TZID=Europe/Belgrade:20250401T100000', 'END:VEVENT',
      'END:VCALENDAR'].join('\r\n');
    const { feed, problems } = feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' });
    expect(feed!.events.map((e) => `${e.id} ${e.start} ${e.status}`)).to.deep.equal(['m 2025-04-01T10:00 cancelled']);
    expect(problems).to.deep.equal([]);
  });

  it('says what a file that is not iCalendar starts with', () => {
    const { feed, problems } = feedFromIcs('{"version": 1, "events": []}');
    expect(feed).to.equal(null);
    expect(problems[0].message).to.equal('the file is not iCalendar: it should start with BEGIN:VCALENDAR, but its first line is "{\\"version\\": 1, \\"events\\": []}"');
  });
});
