import { expect } from '@open-wc/testing';
import { formatProblem, parseFeed, type Problem } from '@iisg/feed';
import { isStackOverflow } from '../../packages/feed/src/json-error.js';

const ok = { id: 'ok', title: 'A valid event', start: '2019-04-23' };
const feedWith = (...events: unknown[]) => ({ version: 1, timeZone: 'Europe/Belgrade', events: [ok, ...events] });

interface Case {
  name: string;
  input: unknown;
  /** The one problem expected, as `path: message`, and its severity. */
  problem: string;
  severity: Problem['severity'];
  /** Ids of the events that must survive. */
  kept?: string[];
}

const cases: Case[] = [
  { name: 'not JSON', input: '{"version": 1, "events": [', problem: 'the feed is not valid JSON (unexpected end of file at line 1, column 27)', severity: 'error' },
  { name: 'a trailing comma', input: '{"version": 1,\n "events": [\n  {"id": "a"},\n ]}', problem: "the feed is not valid JSON (unexpected ']' at line 4, column 2)", severity: 'error' },
  { name: 'an HTML error page', input: '<!doctype html><title>404</title>', problem: "the feed is not valid JSON (unexpected '<' at line 1, column 1)", severity: 'error' },
  { name: 'a list instead of a feed', input: '[]', problem: 'the feed must be a JSON object with "version": 1 and an "events" list, not a list', severity: 'error' },
  { name: 'unknown version', input: { version: 2, events: [] }, problem: "version: version 2 is not supported; this library reads version 1", severity: 'error' },
  { name: 'events is not a list', input: { version: 1, events: {} }, problem: 'events: {} is not a list of events; no event can be read', severity: 'error', kept: [] },
  { name: 'impossible date', input: feedWith({ id: 'x', title: 'X', start: '2019-02-30' }), problem: "events[1].start: '2019-02-30' is not a date (use 2019-04-23 or 2019-04-23T09:30); the event is left out", severity: 'error', kept: ['ok'] },
  { name: 'no start', input: feedWith({ id: 'x', title: 'X' }), problem: 'events[1].start: the event has no start date; the event is left out', severity: 'error', kept: ['ok'] },
  { name: 'no title', input: feedWith({ id: 'x', start: '2019-04-23' }), problem: 'events[1].title: the event has no title; the event is left out', severity: 'error', kept: ['ok'] },
  { name: 'empty title', input: feedWith({ id: 'x', title: '  ', start: '2019-04-23' }), problem: 'events[1].title: the title is empty; the event is left out', severity: 'error', kept: ['ok'] },
  { name: 'title map with only empty texts', input: feedWith({ id: 'x', title: { en: '' }, start: '2019-04-23' }), problem: 'events[1].title: the title is empty; the event is left out', severity: 'error', kept: ['ok'] },
  { name: 'event is not an object', input: feedWith('Meeting in Tirana'), problem: "events[1]: 'Meeting in Tirana' is not an event object; it is left out", severity: 'error', kept: ['ok'] },
  { name: 'end before start', input: feedWith({ id: 'x', title: 'X', start: '2019-04-25', end: '2019-04-23' }), problem: "events[1].end: end '2019-04-23' is before start '2019-04-25'; the event is shown on its start day only", severity: 'error', kept: ['ok', 'x'] },
  { name: 'unreadable end', input: feedWith({ id: 'x', title: 'X', start: '2019-04-25', end: '25/04/2019' }), problem: "events[1].end: '25/04/2019' is not a date; the event is shown on its start day only", severity: 'error', kept: ['ok', 'x'] },
  { name: 'date start with a timed end', input: feedWith({ id: 'x', title: 'X', start: '2019-04-25', end: '2019-04-25T10:00' }), problem: "events[1].end: end '2019-04-25T10:00' must be a date like start '2019-04-25'; the event is shown on its start day only", severity: 'error', kept: ['ok', 'x'] },
  { name: 'hour 25', input: feedWith({ id: 'x', title: 'X', start: '2019-04-25T25:00' }), problem: "events[1].start: '2019-04-25T25:00' is not a date (use 2019-04-23 or 2019-04-23T09:30); the event is left out", severity: 'error', kept: ['ok'] },
  { name: 'duplicate id', input: feedWith({ id: 'ok', title: 'Again', start: '2019-04-24' }), problem: "events[1].id: the id 'ok' is also used by events[0]; this one is shown as 'ok~2'", severity: 'error', kept: ['ok', 'ok~2'] },
  { name: 'missing id', input: feedWith({ title: 'X', start: '2019-04-24' }), problem: "events[1].id: the event has no id; it is called 'events-1' until it has one", severity: 'warning', kept: ['ok', 'events-1'] },
  { name: 'misspelt field', input: feedWith({ id: 'x', titel: 'X', title: 'X', start: '2019-04-24' }), problem: "events[1].titel: unknown field 'titel' (did you mean 'title'?); it is ignored", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'unknown feed field', input: { version: 1, event: [], events: [ok] }, problem: "event: unknown field 'event' (did you mean 'events'?); it is ignored", severity: 'warning', kept: ['ok'] },
  { name: 'unknown time zone', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24T09:00', timeZone: 'Europe/Tirana' }), problem: "events[1].timeZone: 'Europe/Tirana' is not an IANA time zone such as 'Europe/Tirane'; its times are read in Europe/Belgrade", severity: 'error', kept: ['ok', 'x'] },
  { name: 'unknown status', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', status: 'maybe' }), problem: "events[1].status: 'maybe' is not a status (scheduled, tentative, cancelled, postponed, rescheduled, moved-online); shown as scheduled", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'javascript: link', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', url: 'javascript:alert(1)' }), problem: "events[1].url: 'javascript:alert(1)' is not an http(s) or mailto link; it is not shown", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'data: online link', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', online: 'data:text/html,<script>alert(1)</script>' }), problem: "events[1].online: 'data:text/html,<script>alert(1)</script>' is not an http(s) or mailto link; it is not shown", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'country name instead of code', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', location: { city: 'Pristina', country: 'Kosovo' } }), problem: "events[1].location.country: 'Kosovo' is not a two-letter ISO 3166-1 country code (use 'XK' for Kosovo); it is ignored", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'latitude out of range', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', location: { city: 'Tirana', lat: 141.3, lon: 19.8 } }), problem: 'events[1].location.lat: 141.3 is not a number from -90 to 90; it is ignored', severity: 'warning', kept: ['ok', 'x'] },
  { name: 'dangling organiser', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', organisers: ['rcc'] }), problem: "events[1].organisers[0]: no organisation with id 'rcc' in \"organisations\"", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'dangling network', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', networks: ['rnnc'] }), problem: "events[1].networks[0]: no network with id 'rnnc' in \"networks\"", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'back-to-back link to nowhere', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', related: [{ kind: 'back-to-back', event: 'nfp-8' }] }), problem: "events[1].related[0].event: no event with id 'nfp-8' in this feed", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'series ordinal zero', input: { ...feedWith({ id: 'x', title: 'X', start: '2019-04-24', series: { id: 's', ordinal: 0 } }), series: [{ id: 's', name: 'S' }] }, problem: 'events[1].series.ordinal: 0 is not a whole number from 1 up; it is ignored', severity: 'warning', kept: ['ok', 'x'] },
  { name: 'HTML in a description', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', description: '<p>Hello</p>' }), problem: 'events[1].description: looks like HTML; it is shown as plain text (use blank lines for paragraphs and "- " for list items)', severity: 'warning', kept: ['ok', 'x'] },
  { name: 'unknown supporter', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', supporters: ['ceeli'] }), problem: 'events[1].supporters[0]: no organisation with id \'ceeli\' in "organisations"', severity: 'warning', kept: ['ok', 'x'] },
  { name: 'unknown series', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', series: { id: 'rnnc', ordinal: 4 } }), problem: "events[1].series.id: no series with id 'rnnc' in \"series\"", severity: 'warning', kept: ['ok', 'x'] },
  { name: 'dangling network member', input: { ...feedWith(), networks: [{ id: 'm', name: 'M', members: [{ organisation: 'ghost' }] }] }, problem: "networks[0].members[0].organisation: no organisation with id 'ghost' in \"organisations\"", severity: 'warning', kept: ['ok'] },
  { name: 'tags not a list', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24', tags: 42 }), problem: 'events[1].tags: 42 is not a list; it is ignored', severity: 'warning', kept: ['ok', 'x'] },
  { name: 'organisation without a name', input: { ...feedWith(), organisations: [{ id: 'rcc' }] }, problem: 'organisations[0].name: the entry has no name; it is left out', severity: 'error', kept: ['ok'] },
  { name: 'duplicate organisation', input: { ...feedWith(), organisations: [{ id: 'rcc', name: 'RCC' }, { id: 'rcc', name: 'Again' }] }, problem: "organisations[1].id: the id 'rcc' is used twice in organisations; the second is left out", severity: 'error', kept: ['ok'] },
  { name: 'member without organisation or country', input: { ...feedWith(), networks: [{ id: 'n', name: 'N', members: [{ role: 'Chair' }] }] }, problem: 'networks[0].members[0]: a member needs an organisation or a country; it is ignored', severity: 'warning', kept: ['ok'] },
  { name: 'a UTC offset as an event\'s time zone (newer browsers take one, Node does not)', input: feedWith({ id: 'x', title: 'X', start: '2019-04-24T09:00', timeZone: '+01:00' }), problem: "events[1].timeZone: '+01:00' is not an IANA time zone such as 'Europe/Tirane'; its times are read in Europe/Belgrade", severity: 'error', kept: ['ok', 'x'] },
  { name: 'unknown feed time zone', input: { version: 1, timeZone: 'CET+1', events: [ok] }, problem: "timeZone: 'CET+1' is not an IANA time zone such as 'Europe/Belgrade'; clock times are read as UTC", severity: 'error', kept: ['ok'] },
  { name: 'missing version', input: { events: [ok] }, problem: 'version: the feed does not say its version; read as version 1 (add "version": 1)', severity: 'warning', kept: ['ok'] },
  { name: 'bad language key in a title', input: feedWith({ id: 'x', title: { en: 'X', 'not a tag': 'Y' }, start: '2019-04-24' }), problem: "events[1].title.not a tag: 'not a tag' is not a language tag such as 'en' or 'sr-Cyrl'; it is ignored", severity: 'warning', kept: ['ok', 'x'] },
];

describe('parseFeed on broken feeds', () => {
  it(`has at least 25 cases (${cases.length})`, () => {
    expect(cases.length).to.be.at.least(25);
  });

  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const { feed, problems } = parseFeed(typeof c.input === 'string' ? c.input : JSON.stringify(c.input));
      expect(problems, JSON.stringify(problems)).to.have.length(1);
      const [problem] = problems;
      expect(formatProblem(problem)).to.equal(c.problem);
      expect(problem.severity).to.equal(c.severity);
      if (c.kept) expect(feed!.events.map((e) => e.id)).to.deep.equal(c.kept);
      else expect(feed).to.equal(null);
    });
  }

  it('keeps every valid event of a feed with several broken ones, and reports each dropped one', () => {
    const input = feedWith(
      { id: 'a', title: 'A', start: '2019-02-29' },
      { id: 'b', title: 'B', start: '2019-04-24' },
      { id: 'c', start: '2019-04-25' },
      { id: 'd', title: 'D', start: '2019-04-26' },
    );
    const { feed, problems } = parseFeed(input);
    expect(feed!.events.map((e) => e.id)).to.deep.equal(['ok', 'b', 'd']);
    const dropped = problems.filter((p) => p.dropped);
    expect(dropped.map((p) => [p.path, p.eventId])).to.deep.equal([
      ['events[1].start', 'a'],
      ['events[3].title', 'c'],
    ]);
    // Nothing lost: shown + reported = input.
    expect(feed!.events.length + dropped.length).to.equal(5);
  });

  it('reports a member by its place in the source, even after an earlier network was left out', () => {
    const { problems } = parseFeed({ ...feedWith(), networks: [{ id: 'n' }, { id: 'm', name: 'M', members: [{ organisation: 'ghost' }] }] });
    expect(problems.map(formatProblem)).to.deep.equal([
      'networks[0].name: the entry has no name; it is left out',
      "networks[1].members[0].organisation: no organisation with id 'ghost' in \"organisations\"",
    ]);
  });

  it('knows a stack overflow as each browser throws it: a feed nested deeper than the stack is reported, not thrown', () => {
    // Firefox throws InternalError ("too much recursion"), not RangeError: parseFeed threw there on a
    // feed cut short after thousands of '[' (found by the test suite run in Firefox ESR 140).
    const firefox = Object.assign(new Error('too much recursion'), { name: 'InternalError' });
    expect([new RangeError('Maximum call stack size exceeded'), firefox, new TypeError('not a stack overflow')].map(isStackOverflow)).to.deep.equal([true, true, false]);
    const { feed, problems } = parseFeed(`{"version": 1, "events": ${'['.repeat(20_000)}`);
    expect([feed, problems.map((p) => p.code)]).to.deep.equal([null, ['not-json']]);
  });

  it('reads a feed with a byte-order mark', () => {
    const { feed, problems } = parseFeed(`\uFEFF${JSON.stringify(feedWith())}`);
    expect(problems).to.deep.equal([]);
    expect(feed!.events).to.have.length(1);
  });
});
