// The JSON Schema of the feed (packages/feed/feed.schema.json) against the sample feed, against broken feeds,
// and against the parser itself, so that the schema cannot drift from what `parseFeed` reads.
// Needs `npm run build` first (it imports the parser from packages/feed/dist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EVENT_STATUSES, formatProblem, parseFeed } from '../../packages/feed/dist/index.js';
import { EVENT_FIELDS } from '../../packages/feed/dist/parse-event.js';
import { FEED_FIELDS } from '../../packages/feed/dist/parse-feed.js';

const readJson = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const schema = await readJson('../../packages/feed/feed.schema.json');
const sample = await readJson('../../demo/feed.json');

// strictTypes: a keyword that cannot apply to the type it sits on is a mistake in the schema, not a warning.
const ajv = new Ajv2020({ allErrors: true, strictTypes: true });
addFormats(ajv); // "format": "date" rejects 2019-02-30, which no pattern can
const validate = ajv.compile(schema);

const schemaErrors = (feed, check = validate) => (check(feed) ? [] : check.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));
// As an editor may check: formats are annotations in draft 2020-12, and not every validator asserts them.
const validateWithoutFormats = new Ajv2020({ allErrors: true, strictTypes: true, validateFormats: false }).compile(schema);
/** Problems the parser reports, as `code path: message`. */
const parserProblems = (feed) => parseFeed(structuredClone(feed), { viewerTimeZone: 'UTC' }).problems.map((p) => `${p.code} ${formatProblem(p)}`);

const event = { id: 'rnnc-3', title: 'RNNC meeting', start: '2019-04-24' };
const feedWith = (fields, extra = {}) => ({ version: 1, timeZone: 'Europe/Belgrade', events: [{ ...event, ...fields }], ...extra });

test('the schema is a draft 2020-12 schema with its published $id', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'https://github.com/iisg/event-widgets/feed.schema.json');
});

test('demo/feed.json is valid against the schema', () => {
  assert.equal(sample.$schema, '../packages/feed/feed.schema.json');
  assert.deepEqual(schemaErrors(sample), []);
});

test('every event field of the parser (EVENT_FIELDS) is in the schema, and no other', () => {
  const own = Object.keys(schema.$defs.event.properties).filter((k) => k !== '$comment');
  assert.deepEqual([...own].sort(), [...EVENT_FIELDS].sort());
});

test('every feed field of the parser (FEED_FIELDS) is in the schema, and no other', () => {
  const own = Object.keys(schema.properties).filter((k) => k !== '$schema' && k !== '$comment');
  assert.deepEqual([...own].sort(), [...FEED_FIELDS].sort());
});

test('the status values are the parser\'s EVENT_STATUSES', () => {
  assert.deepEqual(schema.$defs.event.properties.status.enum, [...EVENT_STATUSES]);
});

test('every property in the schema has a description, for editors', () => {
  const missing = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}/${i}`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') {
        for (const [name, prop] of Object.entries(value)) {
          if (typeof prop.description !== 'string' || !prop.description) missing.push(`${path}/properties/${name}`);
        }
      }
      // Values, and the condition of an if/then/else, are not properties an editor fills in.
      if (!['examples', 'default', 'const', 'enum', 'if'].includes(key)) walk(value, `${path}/${key}`);
    }
  };
  walk(schema, '#');
  assert.deepEqual(missing, []);
});

// Each broken feed must be rejected by the schema at `at`, and reported by the parser with `code`:
// the editor and the widgets agree on what is wrong.
const broken = [
  { name: 'a status the format does not know', feed: feedWith({ status: 'maybe' }), at: '/events/0/status', code: 'invalid-status' },
  { name: 'a country name instead of its code', feed: feedWith({ location: { city: 'Pristina', country: 'Kosovo' } }), at: '/events/0/location/country', code: 'invalid-country' },
  { name: 'a day-first date', feed: feedWith({ start: '2019-04-25', end: '25/04/2019' }), at: '/events/0/end', code: 'invalid-date' },
  { name: 'a date that does not exist (caught by "format": "date")', feed: feedWith({ start: '2019-02-30' }), at: '/events/0/start', code: 'invalid-date' },
  // A pattern can tell each month's length, and so an editor underlines these as they are typed; a date-time has no "format".
  { name: 'a date-time on the 31st of a 30-day month', feed: feedWith({ start: '2019-04-31T10:00' }), at: '/events/0/start', code: 'invalid-date' },
  { name: 'a date-time on 30 February', feed: feedWith({ start: '2019-02-30T10:00' }), at: '/events/0/start', code: 'invalid-date' },
  { name: 'a date on the 31st of a 30-day month, also to a validator that does not check "format"', feed: feedWith({ start: '2019-06-31' }), at: '/events/0/start', code: 'invalid-date', noFormats: true },
  // A stray space from a CMS or a spreadsheet, and a code in lower case: read, and said, as the schema refuses them.
  { name: 'a start with a space before it', feed: feedWith({ start: ' 2019-04-24' }), at: '/events/0/start', code: 'invalid-date' },
  { name: 'a year with a space before it in a network\'s established', feed: feedWith({}, { networks: [{ id: 'rnnc', name: 'RNNC', established: ' 2018' }] }), at: '/networks/0/established', code: 'invalid-date' },
  { name: 'a member\'s since with a space after it', feed: feedWith({}, { networks: [{ id: 'rnnc', name: 'RNNC', members: [{ country: 'AL', since: '2018 ' }] }] }), at: '/networks/0/members/0/since', code: 'invalid-date' },
  { name: 'an updated time with a space after it', feed: { ...feedWith({}), updated: '2019-04-24T09:30Z ' }, at: '/updated', code: 'invalid-date' },
  { name: 'a lower-case country code in an event\'s location', feed: feedWith({ location: { city: 'Tirana', country: 'al' } }), at: '/events/0/location/country', code: 'invalid-country' },
  { name: 'a lower-case country code in an organisation', feed: feedWith({}, { organisations: [{ id: 'o', name: 'O', country: 'al' }] }), at: '/organisations/0/country', code: 'invalid-country' },
  { name: 'a lower-case country code in a network member', feed: feedWith({}, { networks: [{ id: 'rnnc', name: 'RNNC', members: [{ country: 'al' }] }] }), at: '/networks/0/members/0/country', code: 'invalid-country' },
  { name: 'a lower-case country code as a key of countries', feed: feedWith({}, { countries: { xk: { name: 'Kosovo' } } }), at: '/countries', code: 'invalid-country' },
  { name: 'an hour past 24', feed: feedWith({ start: '2019-04-25T25:00' }), at: '/events/0/start', code: 'invalid-date' },
  { name: 'a date start with a timed end', feed: feedWith({ start: '2019-04-25', end: '2019-04-25T10:00' }), at: '/events/0/end', code: 'mixed-dates' },
  { name: 'a misspelt field', feed: feedWith({ titel: 'RNNC' }), at: '/events/0', code: 'unknown-field' },
  { name: 'an event without a title', feed: feedWith({ title: undefined }), at: '/events/0', code: 'missing-title' },
  { name: 'a javascript: link', feed: feedWith({ url: 'javascript:alert(1)' }), at: '/events/0/url', code: 'unsafe-url' },
  { name: 'HTML in a description', feed: feedWith({ description: '<p>Tirana</p>' }), at: '/events/0/description', code: 'html-in-text' },
  { name: 'a latitude without a longitude', feed: feedWith({ location: { city: 'Tirana', lat: 41.33 } }), at: '/events/0/location', code: 'incomplete-coordinates' },
  { name: 'a series number 0', feed: feedWith({ series: { id: 'rnnc-meetings', ordinal: 0 } }), at: '/events/0/series/ordinal', code: 'invalid-ordinal' },
  { name: 'a language name instead of a tag', feed: { ...feedWith({}), language: 'Albanian' }, at: '/language', code: 'invalid-language' },
  { name: 'a countries key that is not a code', feed: feedWith({}, { countries: { Kosovo: { name: 'Kosovo' } } }), at: '/countries', code: 'invalid-country' },
  { name: 'a network member with neither organisation nor country', feed: feedWith({}, { networks: [{ id: 'rnnc', name: 'RNNC', members: [{ role: 'Chair' }] }] }), at: '/networks/0/members/0', code: 'invalid-member' },
  { name: 'a period file given as a mailto: link', feed: feedWith({}, { periods: [{ from: '2019-01-01', to: '2019-12-31', url: 'mailto:events@example.org' }] }), at: '/periods/0/url', code: 'invalid-period' },
  { name: 'a period file whose path hides a data: address behind a tab (a browser drops it)', feed: feedWith({}, { periods: [{ from: '2019-01-01', to: '2019-12-31', url: 'da\tta:application/json,{"version":1,"events":[]}' }] }), at: '/periods/0/url', code: 'invalid-period' },
  { name: 'no version', feed: { events: [event] }, at: '/', code: 'missing-version' },
  { name: 'a month 13 in a year-month', feed: feedWith({}, { networks: [{ id: 'rnnc', name: 'RNNC', established: '2018-13' }] }), at: '/networks/0/established', code: 'invalid-date' },
  { name: 'a series name\'s gender that is not feminine or masculine', feed: feedWith({}, { series: [{ id: 'r', name: { fr: 'réunion' }, nameGender: { fr: 'female' } }] }), at: '/series/0/nameGender', code: 'invalid-gender' },
  { name: 'a previousStart on an event that is not rescheduled', feed: feedWith({ previousStart: '2019-03-12' }), at: '/events/0', code: 'previous-start-unused' },
  { name: 'a previousStart that is not a date', feed: feedWith({ status: 'rescheduled', previousStart: '12/03/2019' }), at: '/events/0/previousStart', code: 'invalid-date' },
  { name: 'a month 00 in a member\'s since', feed: feedWith({}, { networks: [{ id: 'rnnc', name: 'RNNC', members: [{ country: 'AL', since: '2018-00' }] }] }), at: '/networks/0/members/0/since', code: 'invalid-date' },
];

for (const c of broken) {
  test(`the schema rejects ${c.name}, and the parser reports it`, () => {
    const errors = schemaErrors(c.feed, c.noFormats ? validateWithoutFormats : validate);
    assert.ok(errors.some((e) => e.startsWith(`${c.at} `)), `expected a schema error at ${c.at}, got ${JSON.stringify(errors)}`);
    const problems = parserProblems(c.feed);
    assert.ok(problems.some((p) => p.startsWith(`${c.code} `)), `expected the parser to report ${c.code}, got ${JSON.stringify(problems)}`);
  });
}

// The documented forms beyond the sample feed: the schema must not be stricter than the parser on them.
const valid = [
  { name: 'a timed event in the feed zone', feed: feedWith({ start: '2019-04-24T09:30', end: '2019-04-24T17:00' }) },
  { name: 'a timed event with offsets', feed: feedWith({ start: '2019-04-24T09:30:00+02:00', end: '2019-04-24T15:00:00Z', timeZone: 'Europe/Tirane' }) },
  { name: 'a multi-day all-day event', feed: feedWith({ start: '2018-10-15', end: '2018-10-16', status: 'postponed' }) },
  { name: 'a rescheduled event with the start it had, a date or a time', feed: { ...feedWith({ status: 'rescheduled', previousStart: '2019-03-12' }), events: [{ ...event, status: 'rescheduled', previousStart: '2019-03-12' }, { ...event, id: 'rnnc-4', start: '2019-05-24T09:30', status: 'rescheduled', previousStart: '2019-05-20T09:30' }] } },
  { name: 'a series given by id alone, and one organiser as a string', feed: feedWith({ series: 'rnnc-meetings', organisers: 'iisg-sg' }, { organisations: [{ id: 'iisg-sg', name: 'IISG Support Group' }], series: [{ id: 'rnnc-meetings', name: 'Meeting of the RNNC' }] }) },
  { name: 'a series name\'s gender, in the feed\'s language and by language', feed: feedWith({}, { language: 'fr', series: [{ id: 'r', name: 'réunion', nameGender: 'feminine' }, { id: 's', name: { fr: 'séminaire' }, nameGender: { fr: 'masculine' } }] }) },
  { name: 'extension fields and comments', feed: { ...feedWith({ 'x-cms-id': 4711, $comment: 'checked' }), 'x-generator': 'cms export', $comment: 'nightly' } },
  { name: 'a periods index', feed: { version: 1, events: [], periods: [{ from: '2019-01-01', to: '2019-12-31', url: 'events-2019.json' }, { from: '2020-01-01', to: '2020-12-31', url: 'https://example.org/events-2020.json' }] } },
  { name: 'texts in several languages with plain-text lists', feed: feedWith({ title: { en: 'RNNC meeting', 'sr-Cyrl': 'Састанак RNNC' }, description: 'Topics:\n\n- strategies\n- the Joint Action Plan' }) },
];

for (const c of valid) {
  test(`the schema accepts ${c.name}, and the parser reads it without problems`, () => {
    assert.deepEqual(schemaErrors(c.feed), []);
    assert.deepEqual(parserProblems(c.feed), []);
  });
}

// RFC 3339 allows a lower-case t and z, which the parser read and the schema refused; `updated` was read with
// Date.parse, which took what the schema refuses ('2026-01-01, 10:00') and refused what it takes (a second :60).
test('the schema and the parser take the same dates and times in start, end, updated and previousStart', () => {
  // (Not '2019-02-29T10:00': whether a year is a leap year is beyond a pattern, as README says; the parser reports it.)
  const written = [
    '2019-04-23', '2019-04-23T09:30', '2019-04-23t09:30', '2019-04-23 09:30', '2019-04-23T09:30:15.5', '2019-04-23T23:59:60',
    '2019-04-23T24:00', '2019-04-23T24:01', '2019-04-23T09:30Z', '2019-04-23t09:30z', '2019-04-23T09:30z', '2019-04-23T09:30+02:00',
    '2019-04-23T09:30-0130', '2019-04-23T09:30+19:00', '2019-04-23T09:30+02', '2019-04-23T9:30', '2019-04-23T09', '2019-02-29',
    '2019-04-23, 10:00', '2019-04-23 10:00 GMT', '2019-04-23Z', '2019-04-23T09:30:00.1234567890Z', '2019-04-23x09:30',
    '2019-04-23T09:30:00,5', '23.04.2019', ' 2019-04-23', '2019-04-23 ', ' 2019-04-23T09:30Z', '2019-04-23T09:30\t',
    // Each month's last day, and the day after it, in a leap year: the pattern's days by month.
    ...[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].flatMap((days, i) => [days, days + 1].map((d) => `2020-${String(i + 1).padStart(2, '0')}-${d}T10:00`)),
    '2019-04-00T10:00', '2019-04-31',
  ];
  const disagree = [];
  for (const text of written) {
    const feeds = {
      start: feedWith({ start: text, end: undefined }),
      end: feedWith({ start: text.length > 10 ? '2019-04-23T00:00' : '2019-04-23', end: text }),
      updated: { ...feedWith({}), updated: text },
      previousStart: feedWith({ status: 'rescheduled', previousStart: text }),
    };
    for (const [field, feed] of Object.entries(feeds)) {
      const schemaTakes = schemaErrors(feed).length === 0;
      const parserTakes = parserProblems(feed).length === 0;
      if (schemaTakes !== parserTakes) disagree.push(`${field} ${text}: schema ${schemaTakes ? 'takes' : 'refuses'} it, parser ${parserTakes ? 'takes' : 'refuses'} it`);
    }
  }
  assert.deepEqual(disagree, []);
});
