// The feed package runs in Node as it is published (no DOM, no Lit): parse the sample feed from dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseFeed, formatProblem, isoDate } from '../../packages/feed/dist/index.js';

test('parseFeed reads the sample feed in Node', async () => {
  const { feed, problems } = parseFeed(await readFile(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
  assert.deepEqual(problems.map(formatProblem), []);
  assert.equal(isoDate(feed.byId.get('nfp-7').startDay), '2019-04-23');
  assert.ok(feed.events.length >= 12);
});

test('parseFeed reports a broken event in Node and keeps the rest', () => {
  const { feed, problems } = parseFeed('{"version":1,"events":[{"id":"a","title":"A","start":"2019-02-30"},{"id":"b","title":"B","start":"2019-03-01"}]}');
  assert.deepEqual(feed.events.map((e) => e.id), ['b']);
  assert.equal(formatProblem(problems[0]), "events[0].start: '2019-02-30' is not a date (use 2019-04-23 or 2019-04-23T09:30); the event is left out");
});

test('an event without a list shares one frozen empty list; a list it has is its own', () => {
  const { feed } = parseFeed({
    version: 1,
    events: [
      { id: 'a', title: 'A', start: '2019-03-01' },
      { id: 'b', title: 'B', start: '2019-03-02', tags: ['x'], related: [{ kind: 'back-to-back', event: 'a' }] },
    ],
  });
  const [a, b] = feed.events;
  for (const key of ['organisers', 'hosts', 'funders', 'supporters', 'participants', 'networks', 'tags', 'related']) {
    assert.deepEqual(a[key], [], key);
    assert.ok(Object.isFrozen(a[key]), `${key} is read-only`);
  }
  assert.equal(a.tags, a.networks);
  assert.equal(b.organisers, a.organisers);
  assert.deepEqual(b.tags, ['x']);
  assert.notEqual(b.tags, a.tags);
  assert.deepEqual(b.related, [{ kind: 'back-to-back', event: 'a' }]);
  assert.throws(() => a.tags.push('y'), TypeError);
});

test('an unknown organisation is reported in every role an event names organisations in', async () => {
  const { ORGANISATION_ROLES } = await import('../../packages/feed/dist/types.js');
  const event = { id: 'a', title: 'A', start: '2019-03-01', networks: ['nowhere'] };
  for (const role of ORGANISATION_ROLES) event[role] = ['known', `unknown-${role}`];
  const { problems } = parseFeed({ version: 1, organisations: [{ id: 'known', name: 'Known' }], events: [event] });
  assert.deepEqual(
    problems.map((p) => [p.code, p.path]),
    [...ORGANISATION_ROLES.map((role) => ['unknown-organisation', `events[0].${role}[1]`]), ['unknown-network', 'events[0].networks[0]']],
  );
});

test('a page that added an enumerable property to Object.prototype does not make it an unknown field of every event', () => {
  Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
  try {
    const { feed, problems } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-03-01', locaton: {} }] });
    assert.equal(feed.events.length, 1);
    assert.deepEqual(problems.map((p) => [p.code, p.path]), [['unknown-field', 'events[0].locaton']]);
  } finally {
    delete Object.prototype.polluted;
  }
});

test('a series gender given as a plain string is reported where it is written', () => {
  const series = (nameGender) => parseFeed({ version: 1, language: 'fr', series: [{ id: 'r', name: 'réunion', nameGender }], events: [] }).problems.map((p) => [p.code, p.path]);
  assert.deepEqual(series('female'), [['invalid-gender', 'series[0].nameGender']]);
  assert.deepEqual(series({ fr: 'female' }), [['invalid-gender', 'series[0].nameGender.fr']]);
});

test("the feed's updated: a date-time whose day does not exist is reported and ignored, as the README says", () => {
  // packages/feed/README.md: invalid-date is a warning for `updated`, and the parser reports a date-time's day
  // that does not exist (`2019-02-30T10:00`), which the schema cannot check. Date.parse alone accepts it.
  for (const updated of ['2026-02-30T00:00:00Z', '2026-11-31T12:00Z', '42']) {
    const { feed, problems } = parseFeed({ version: 1, updated, events: [] });
    assert.deepEqual(problems.map((p) => `${p.code} ${p.severity} ${p.path}`), ['invalid-date warning updated'], updated);
    assert.equal(feed.updated, undefined, updated);
  }
  for (const updated of ['2026-11-29T00:00:00Z', '2026-11-29T09:30+01:00', '2026-11-29']) {
    const { feed, problems } = parseFeed({ version: 1, updated, events: [] });
    assert.deepEqual(problems, [], updated);
    assert.equal(feed.updated, updated);
  }
});

test('every problem found in an event names it by the id it is shown under, whichever field it is in', () => {
  const { problems } = parseFeed({
    version: 1,
    events: [
      { id: 'a', title: 'A', start: '2019-04-23', url: 'javascript:alert(1)', location: 'Tirana', organisers: ['nobody'] },
      { id: 'a', title: 'Second A', start: '2019-04-24', online: 'ftp://example.org', series: 'rnnc' },
      { titel: 'No title', start: '2019-04-25' },
      'not an event',
    ],
  });
  assert.deepEqual(problems.map((p) => [p.path, p.eventId]), [
    ['events[0].location', 'a'],
    ['events[0].url', 'a'],
    ['events[1].online', 'a~2'],
    ['events[1].id', 'a~2'],
    ['events[2].id', 'events-2'],
    ['events[2].titel', 'events-2'],
    ['events[2].title', 'events-2'],
    ['events[3]', undefined],
    ['events[0].organisers[0]', 'a'],
    ['events[1].series', 'a~2'],
  ]);
});
