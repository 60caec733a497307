// Mistakes editors make when they write a feed by hand: each is reported with what to write, and none
// silently moves a time, drops a link or loses a country's footnote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, parseFeed, formatProblem } from '../../packages/feed/dist/index.js';
import { validateFeed } from '../../packages/feed/dist/validate-feed.js';

const said = (problems) => problems.map((p) => `${p.severity} ${formatProblem(p)}`);
const one = (event, feed = {}) => parseFeed({ version: 1, timeZone: 'Europe/Tirane', ...feed, events: [{ id: 'a', title: 'A', start: '2019-04-23', ...event }] });

test('a time zone with spaces round it is read; an unknown one is an error, Windows names are translated by validate', () => {
  const spaced = parseFeed({ version: 1, timeZone: 'Europe/Belgrade ', events: [{ id: 'a', title: 'A', start: '2019-04-24T09:30', timeZone: ' Europe/Tirane' }] });
  assert.deepEqual(said(spaced.problems), []);
  assert.equal(spaced.feed.timeZone, 'Europe/Belgrade');
  assert.equal(new Date(spaced.feed.events[0].start).toISOString(), '2019-04-24T07:30:00.000Z');

  const text = JSON.stringify({ version: 1, timeZone: 'Central Europe Standard Time', events: [{ id: 'a', title: 'A', start: '2019-04-24T09:30', timeZone: 'Europe/Tirana' }] });
  assert.deepEqual(said(validateFeed(text).problems), [
    "error timeZone: 'Central Europe Standard Time' is not an IANA time zone such as 'Europe/Belgrade'; clock times are read as UTC (that is Windows' name for 'Europe/Budapest': write that)",
    "error events[0].timeZone: 'Europe/Tirana' is not an IANA time zone such as 'Europe/Tirane'; its times are read in UTC",
  ]);
});

test('clock times in a feed that names no time zone are reported once, with how many and what to add', () => {
  const { problems } = parseFeed({
    version: 1,
    events: [
      { id: 'a', title: 'A', start: '2019-04-24T09:30' },
      { id: 'b', title: 'B', start: '2019-04-25T09:30', end: '2019-04-25T17:00' },
      { id: 'c', title: 'C', start: '2019-04-26T09:30Z' },
      { id: 'd', title: 'D', start: '2019-04-26T09:30+02:00' },
      { id: 'e', title: 'E', start: '2019-04-27T09:30', timeZone: 'Europe/Skopje' },
      { id: 'f', title: 'F', start: '2019-04-28' },
    ],
  });
  assert.deepEqual(said(problems), [
    'warning timeZone: the feed has no "timeZone", so the clock times of 2 event(s) are read as UTC; add the zone they are in ("timeZone": "Europe/Belgrade")',
  ]);
  // All-day events, zoned events and offsets need no zone: nothing to say.
  assert.deepEqual(parseFeed({ version: 1, events: [{ id: 'f', title: 'F', start: '2019-04-28' }] }).problems, []);
});

test('a link without https:// is reported with the link to write, and never resolved as a path on the feed\'s site', () => {
  const base = 'https://example.org/feeds/feed.json';
  for (const url of ['www.rcc.int', 'rcc.int/events', 'www.rcc.int/en/events?id=3']) {
    const { feed, problems } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', url }] }, { baseUrl: base });
    assert.equal(feed.events[0].url, undefined, url);
    assert.deepEqual(said(problems), [`warning events[0].url: '${url}' has no https:// in front; it is not shown (write 'https://${url}')`]);
  }
  // Relative paths and file names still resolve against the feed's URL.
  const { feed } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', url: 'agenda.pdf' }, { id: 'b', title: 'B', start: '2019-04-23', url: 'events/b.html' }] }, { baseUrl: base });
  assert.deepEqual(feed.events.map((e) => e.url), ['https://example.org/feeds/agenda.pdf', 'https://example.org/feeds/events/b.html']);
});

test('a link to another host without its scheme (//host, /\\host, \\\\host) is reported alike with and without the feed\'s URL, never followed', () => {
  const base = 'https://example.org/feeds/feed.json';
  for (const [url, write] of [['//evil.example/x', 'https://evil.example/x'], ['/\\evil.example', 'https://evil.example'], ['\\\\evil.example', 'https://evil.example'], ['///evil.example/x', 'https://evil.example/x']]) {
    for (const options of [{}, { baseUrl: base }]) {
      const { feed, problems } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', online: url }] }, options);
      assert.equal(feed.events[0].online, undefined, url);
      // `//host` has its slashes: what it lacks is said so, not as "no https://".
      const lacks = url.startsWith('//') && !url.startsWith('///') ? 'starts with // instead of https://' : 'has no https:// in front';
      assert.deepEqual(said(problems), [`warning events[0].online: '${url}' ${lacks}; it is not shown (write '${write}')`], url);
    }
  }
  // Not a file on the feed's site either: `//agenda.pdf` is a host named agenda.pdf to the URL parser.
  const { feed, problems } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', url: '//agenda.pdf' }] }, { baseUrl: base });
  assert.equal(feed.events[0].url, undefined);
  assert.deepEqual(said(problems), ["warning events[0].url: '//agenda.pdf' is not an http(s) or mailto link; it is not shown"]);
});

test('two texts in one language written in two cases (sr-latn, sr-Latn): the first is shown, and the second reported', () => {
  const { feed, problems } = one({ title: { 'sr-latn': 'first', en: 'English', 'sr-Latn': 'second', 'SR-LATN': '' } });
  assert.deepEqual(feed.events[0].title, { 'sr-Latn': 'first', en: 'English' });
  assert.deepEqual(said(problems), ["warning events[0].title.sr-Latn: a text before it is in 'sr-Latn' too (a tag's case does not count); the first is shown, this one is ignored"]);
});

test('coordinates written as strings are read only as plain decimals: "0x10" and "1e1" are reported, not read as 16 and 10', () => {
  const { feed, problems } = one({ location: { city: 'Tirana', lat: '0x10', lon: '1e1' } });
  assert.deepEqual(feed.events[0].location, { city: { en: 'Tirana' } });
  assert.deepEqual(said(problems), ["warning events[0].location.lat: '0x10' is not a number from -90 to 90; it is ignored", "warning events[0].location.lon: '1e1' is not a number from -180 to 180; it is ignored"]);
  for (const [lat, lon] of [['Infinity', '0'], ['0b1', '0o7'], ['', '19.82']]) assert.equal(one({ location: { lat, lon } }).feed.events[0].location, undefined, `${lat} ${lon}`);
  const decimal = one({ location: { lat: ' 41.33', lon: '-19' } });
  assert.deepEqual([decimal.feed.events[0].location, decimal.problems], [{ lat: 41.33, lon: -19 }, []]);
});

test('a date-time with a lower-case t or z (RFC 3339 allows both) is read as with capitals, not left out', () => {
  const { feed, problems } = parseFeed({ version: 1, timeZone: 'Europe/Belgrade', events: [{ id: 'a', title: 'A', start: '2019-04-23T10:00z' }, { id: 'b', title: 'B', start: '2019-04-23t10:00', end: '2019-04-23t11:00+02:00' }] });
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.events.map((e) => [e.id, new Date(e.start).toISOString(), new Date(e.end).toISOString()]), [
    ['a', '2019-04-23T10:00:00.000Z', '2019-04-23T10:00:00.000Z'],
    ['b', '2019-04-23T08:00:00.000Z', '2019-04-23T09:00:00.000Z'],
  ]);
});

test("Kosovo written 'KS' (and the UK 'UK') is read as its ISO code, with the designation footnote, and reported", () => {
  const { feed, problems } = one({ location: { city: 'Pristina', country: 'KS' } }, { countries: { XK: { footnote: 'This designation is without prejudice.' } } });
  assert.equal(feed.events[0].location.country, 'XK');
  assert.deepEqual(said(problems), ["warning events[0].location.country: 'KS' is not an ISO 3166-1 country code; it is read as 'XK' (write that)"]);
  assert.equal(one({ location: { city: 'London', country: 'uk' } }).feed.events[0].location.country, 'GB');
});

test('a country written with three letters or by name is told, by validate, the two letters to write', () => {
  const text = JSON.stringify({
    version: 1,
    organisations: [{ id: 'mup', name: 'MUP', country: 'SRB' }],
    countries: { Montenegro: { footnote: 'A key, not a value.' } },
    events: [
      { id: 'a', title: 'A', start: '2019-04-23', location: { city: 'Pristina', country: 'Kosova' } },
      { id: 'b', title: 'B', start: '2019-04-24', location: { city: 'Tirana', country: 'ALB' } },
      { id: 'c', title: 'C', start: '2019-04-25', location: { city: 'Nowhere', country: 'ZZZ' } },
    ],
  });
  assert.deepEqual(said(validateFeed(text).problems), [
    "warning events[0].location.country: 'Kosova' is not a two-letter ISO 3166-1 country code (write 'XK'); it is ignored",
    "warning events[1].location.country: 'ALB' is not a two-letter ISO 3166-1 country code (write 'AL'); it is ignored",
    "warning events[2].location.country: 'ZZZ' is not a two-letter ISO 3166-1 country code (use 'XK' for Kosovo); it is ignored",
    "warning countries.Montenegro: 'Montenegro' is not a two-letter ISO 3166-1 country code (write 'ME'); it is ignored",
    "warning organisations[0].country: 'SRB' is not a two-letter ISO 3166-1 country code (write 'RS'); it is ignored",
  ]);
});

test('ids written as one text with commas are read as a list, and reported', () => {
  const { feed, problems } = one({ organisers: 'rcc, iisg-sg', tags: 'meeting,p-cve' }, { organisations: [{ id: 'rcc', name: 'RCC' }, { id: 'iisg-sg', name: 'IISG SG' }] });
  assert.deepEqual(feed.events[0].organisers, ['rcc', 'iisg-sg']);
  assert.deepEqual(feed.events[0].tags, ['meeting', 'p-cve']);
  assert.deepEqual(said(problems), [
    `warning events[0].organisers: 'rcc, iisg-sg' is one text; it is read as the list ["rcc","iisg-sg"] (write it so)`,
    `warning events[0].tags: 'meeting,p-cve' is one text; it is read as the list ["meeting","p-cve"] (write it so)`,
  ]);
});

test('a JSON syntax error says what to change (validate), and names a line break rather than printing it', () => {
  const cases = [
    ['{"version": 1, "events": [],}', "unexpected '}' at line 1, column 29: remove the comma before the '}'"],
    ['{"version": 1, \u201Cevents\u201D: []}', "unexpected '\u201C' at line 1, column 16: use straight double quotes (\") as JSON does, not curly ones (a word processor writes those)"],
    ["{'version': 1}", "unexpected ''' at line 1, column 2: JSON puts texts and field names in double quotes (\"), not single ones"],
    ['{"version": 1, "title": "two\nlines"}', 'unexpected line break at line 1, column 29: a text cannot go over two lines: write \\n for a line break, or close the quote'],
    ['{"version": 1 "events": []}', "unexpected '\"' at line 1, column 15: a comma is missing before it"],
    ['{"version": 1, // the format\n"events": []}', "unexpected '/' at line 1, column 16: JSON has no comments: remove it"],
    ['{version: 1}', "unexpected 'v' at line 1, column 2: field names go in double quotes (\")"],
    ['{"version": 1, "events": [', 'unexpected end of file at line 1, column 27: a closing \'}\' or \']\' is missing, or the file is cut short'],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(said(validateFeed(text).problems), [`error the feed is not valid JSON (${expected})`], text);
  }
  // The widgets' parser gives the place without the hint; a line break is named there too.
  assert.deepEqual(said(parseFeed('{"version": 1, "title": "two\nlines"}').problems), ['error the feed is not valid JSON (unexpected line break at line 1, column 29)']);
});

// From an audit of the format's README, its schema and the parser against each other: values the README
// calls absent or ids, read so, and mistakes that were passed over without a word.
test('null and "" are absent wherever a value may be, as the README says, and numbers are ids in references too', () => {
  const { feed, problems } = parseFeed({
    version: 1,
    timeZone: null,
    language: '',
    organisations: [{ id: 5, name: 'Five' }],
    series: [{ id: 7, name: 'Seven' }],
    events: [
      { id: 'a', title: 'A', start: '2019-04-23', timeZone: '', status: '', series: '', organisers: '', tags: '', location: { city: 'Tirana', lat: '', lon: null } },
      { id: 'b', title: 'B', start: '2019-04-24', timeZone: null, series: { id: 7, ordinal: null }, organisers: [5], related: [{ kind: 'back-to-back', event: 'a' }] },
      { id: 'c', title: 'C', start: '2019-04-25', series: 7, related: [{ event: 8 }] },
      { id: 8, title: 'Eight', start: '2019-04-26' },
    ],
  });
  assert.deepEqual(said(problems).filter((p) => !p.includes('back-to-back')), []);
  const [a, b, c] = feed.events;
  assert.equal(feed.timeZone, 'UTC');
  assert.equal(a.status, 'scheduled');
  assert.deepEqual([a.series, a.organisers, a.tags, a.location], [undefined, [], [], { city: { en: 'Tirana' } }]);
  assert.deepEqual([b.series, b.organisers], [{ id: '7' }, ['5']]);
  assert.deepEqual([c.series, c.related], [{ id: '7' }, [{ kind: 'related', event: '8' }]]);
});

test('mistakes that were passed over in silence are reported', () => {
  const problems = (feed) => said(parseFeed({ version: 1, timeZone: 'UTC', events: [{ id: 'a', title: 'A', start: '2019-04-23' }], ...feed }).problems);
  // A language tag in shape only: its texts were filed under English with no word.
  assert.deepEqual(problems({ language: 'sq-AL-AL' }), ["warning language: 'sq-AL-AL' is not a language tag such as 'en' or 'sq'; using 'en'"]);
  // One coordinate of an organisation, as of an event's place.
  assert.deepEqual(problems({ organisations: [{ id: 'o', name: 'O', lat: 41.3 }] }), ['warning organisations[0]: lat and lon must be given together; they are ignored']);
  // A link's kind that is not text.
  assert.deepEqual(problems({ events: [{ id: 'a', title: 'A', start: '2019-04-23', related: [{ kind: {}, event: 'a' }] }] }).slice(0, 1), ['warning events[0].related[0].kind: {} is not text; it is ignored']);
  // "$schema" belongs at the top of the file only.
  assert.deepEqual(problems({ $schema: 'feed.schema.json', events: [{ id: 'a', title: 'A', start: '2019-04-23', $schema: 'x' }] }), ["warning events[0].$schema: unknown field '$schema'; it is ignored"]);
  // One country written twice: the second replaced the first.
  assert.deepEqual(problems({ countries: { XK: { name: 'Kosovo' }, xk: { name: 'Other' } } }), ["warning countries.xk: 'xk' is read as 'XK' (write that)", "warning countries.xk: 'xk' is 'XK' again; the first is kept"]);
  // A title that is not text: not "empty".
  assert.deepEqual(problems({ events: [{ id: 'a', title: 5, start: '2019-04-23' }] }), [
    "warning events[0].title: 5 is not text or a map of language to text; it is ignored",
    "error events[0].title: the title is not text; the event is left out",
  ]);
});

// A CMS or a spreadsheet export leaves a space around a date, or writes a country code in lower case: the widgets
// read the value, and say so, in every place it can be written, as the schema refuses it there.
test('a date with spaces around it, and a country code not in capitals, are read and said the same in every field', () => {
  const feed = {
    version: 1,
    timeZone: 'Europe/Tirane',
    updated: ' 2019-04-20T10:00Z',
    countries: { xk: { name: 'Kosovo' } },
    organisations: [{ id: 'o', name: 'O', country: 'al' }],
    networks: [{ id: 'n', name: 'N', established: ' 2018', members: [{ organisation: 'o', country: ' Rs', since: '2018-06 ' }] }],
    events: [{ id: 'a', title: 'A', start: ' 2019-04-23', end: '2019-04-24 ', location: { city: 'Tirana', country: 'al ' } }],
  };
  const { feed: read, problems } = parseFeed(feed, { viewerTimeZone: 'UTC' });
  assert.deepEqual(said(problems), [
    "warning events[0].start: ' 2019-04-23' is read as '2019-04-23' (write that)",
    "warning events[0].end: '2019-04-24 ' is read as '2019-04-24' (write that)",
    "warning events[0].location.country: 'al ' is read as 'AL' (write that)",
    "warning countries.xk: 'xk' is read as 'XK' (write that)",
    "warning organisations[0].country: 'al' is read as 'AL' (write that)",
    "warning networks[0].established: ' 2018' is read as '2018' (write that)",
    "warning networks[0].members[0].country: ' Rs' is read as 'RS' (write that)",
    "warning networks[0].members[0].since: '2018-06 ' is read as '2018-06' (write that)",
    "warning updated: ' 2019-04-20T10:00Z' is read as '2019-04-20T10:00Z' (write that)",
  ]);
  assert.deepEqual([...read.countries.keys()], ['XK']);
  assert.equal(read.organisations.get('o').country, 'AL');
  assert.deepEqual(read.networks.get('n').members[0], { path: 'networks[0].members[0]', organisation: 'o', country: 'RS', since: '2018-06' });
  assert.equal(read.networks.get('n').established, '2018');
  assert.deepEqual([isoDate(read.events[0].startDay), isoDate(read.events[0].endDay), read.events[0].location.country], ['2019-04-23', '2019-04-24', 'AL']);
  assert.equal(read.updated, '2019-04-20T10:00Z');
  // A year written as a number is read as the text the schema asks for, and said so.
  assert.deepEqual(said(parseFeed({ version: 1, events: [], networks: [{ id: 'n', name: 'N', established: 2018 }] }).problems), ["warning networks[0].established: 2018 is read as '2018' (write that)"]);
});

test('a start with an offset and a space after it is not counted among the clock times with no zone', () => {
  const { problems, feed } = parseFeed({ version: 1, events: [{ id: 'e', title: 'E', start: '2019-04-24T09:30Z ' }] });
  // The space is said (as the schema refuses it), but no "no time zone": the offset is read.
  assert.deepEqual(said(problems), ["warning events[0].start: '2019-04-24T09:30Z ' is read as '2019-04-24T09:30Z' (write that)"]);
  assert.equal(new Date(feed.events[0].start).toISOString(), '2019-04-24T09:30:00.000Z');
});

test('a problem names the node the feed has: a series written as a bare id is reported at "series", not "series.id"', () => {
  const bare = one({ series: 'rnnc-meeting' }, { series: [{ id: 'rnnc-meetings', name: 'Meetings of the RNNC' }] });
  assert.deepEqual(said(bare.problems), ["warning events[0].series: no series with id 'rnnc-meeting' in \"series\""]);
  const object = one({ series: { id: 'rnnc-meeting', ordinal: 3 } }, { series: [{ id: 'rnnc-meetings', name: 'Meetings of the RNNC' }] });
  assert.deepEqual(said(object.problems), ["warning events[0].series.id: no series with id 'rnnc-meeting' in \"series\""]);
});

test('a duplicate id is renamed to a name no other event of the file is written with', () => {
  const { feed, problems } = parseFeed({
    version: 1,
    events: [
      { id: 'ok-0', title: 'A', start: '2019-04-23' },
      { id: 'ok-0', title: 'B', start: '2019-04-24' },
      { id: 'ok-0~2', title: 'C', start: '2019-04-25' },
    ],
  });
  // 'C' is written with its own unique id and keeps it; the second 'ok-0' takes the next free name.
  assert.deepEqual(feed.events.map((e) => [e.id, e.title.en]), [['ok-0', 'A'], ['ok-0~3', 'B'], ['ok-0~2', 'C']]);
  assert.deepEqual(said(problems), ["error events[1].id: the id 'ok-0' is also used by events[0]; this one is shown as 'ok-0~3'"]);
});

test('an entry of organisations, networks, series or tags that is not an object is reported as that, not as a missing id', () => {
  const { feed, problems } = parseFeed({
    version: 1,
    organisations: ['rcc', { id: 'dcaf', name: 'DCAF' }, { name: 'No id' }],
    tags: [7],
    events: [],
  });
  assert.deepEqual([...feed.organisations.keys()], ['dcaf']);
  assert.deepEqual(problems.map((p) => [p.code, p.severity, formatProblem(p)]), [
    ['invalid-type', 'error', "organisations[0]: 'rcc' is not an object; it is left out"],
    ['missing-id', 'error', 'organisations[2]: the entry has no id; it is left out'],
    ['invalid-type', 'error', 'tags[0]: 7 is not an object; it is left out'],
  ]);
});
