// `iisg-feed from-csv` and feedFromCsv (packages/feed/src/from-csv.ts): the documented columns, what
// spreadsheets write (semicolons, a BOM, quoted line breaks, European dates and decimal commas), and bad rows
// reported by row number while every other row is kept. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS, feedFromCsv } from '../../packages/feed/dist/from-csv.js';
import { formatProblem, parseFeed } from '../../packages/feed/dist/index.js';
import { DEMO, fixture, readText, runCli } from '../fixtures/cli/run-cli.mjs';

const CSV = 'test/fixtures/cli/events-semicolon.csv';
const TEMPLATE = 'packages/feed/templates/events-template.csv';

test('a semicolon CSV with a BOM: rows become events, bad rows are reported by row number and left out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const out = join(dir, 'feed.json');
  const { code, stderr } = await runCli(['from-csv', CSV, '--base', DEMO, '-o', out]);
  assert.equal(code, 1); // rows were left out
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `${CSV}:1: warning: unknown column "Organiser contact"; it is ignored (column "Organiser contact")`,
    `${CSV}:1: warning: the rows replace the base feed's 15 events; 13 of them have no row with their id and are left out: 'regional-ct-pcve-conference-1', 'ct-cve-donors-1', 'iisg-board-kickoff-2017', 'mayors-see-capitals-2017', 'wbcti-partners-1', 'regional-ct-pcve-conference-2', 'ct-cve-donors-3', 'rnnc-1', 'ran-pp-local-communities-2018', 'jha-ministerial-tirana-2018' and 3 more; add a row for each event to keep`,
    `${CSV}:5: error: "04/05/2019" is not read: with slashes, the day and the month come in the order of the sheet's language (4 May or 5 April?); write 2019-05-04 for 4 May, or 2019-04-05 for 5 April; the row is left out (column "Start")`,
    `${CSV}:6: error: the event has no title; the row is left out (column "Title")`,
    `${CSV}:7: warning: no organisation with id 'unknown-org' in "organisations" (column "Organisers")`,
    `${CSV}:8: error: ordinal 3 of series 'rnnc-meetings' is also given to row 3; two meetings cannot both be number 3 (mark one that did not take place as cancelled) (column "Ordinal")`,
    `4 events written to ${out}`,
  ]);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(feed.events.map((e) => e.id), ['nfp-7', 'rnnc-3', 'rnnc-5', 'rnnc-6']);
  const [nfp7, rnnc3, rnnc5] = feed.events;
  assert.deepEqual(nfp7, {
    id: 'nfp-7',
    title: { en: '7th Meeting of the NFP Group', sq: 'Takimi i shtatë i Grupit NFP' },
    description: 'The RCC convenes the seventh meeting of its NFP Group; in Tirana.',
    start: '2019-04-23',
    timeZone: 'Europe/Tirane',
    location: { city: 'Tirana', country: 'AL', lat: 41.33, lon: 19.82 },
    organisers: ['rcc'],
    series: { id: 'nfp-meetings', ordinal: 7 },
    related: [{ kind: 'back-to-back', event: 'rnnc-3' }],
    tags: ['meeting', 'p-cve'],
    'x-cms-id': '4711',
  });
  // A quoted cell with line breaks; a time in its own column; an end time alone is on the start's day.
  assert.equal(rnnc3.description, 'The meeting is held back-to-back with:\n\n- the 7th NFP Group meeting\n- the 1st IISG coordination meeting for Albania');
  assert.equal(rnnc3.start, '2019-04-24T09:30');
  assert.equal(rnnc3.end, '2019-04-24T17:00');
  assert.equal(rnnc3.status, undefined); // "Scheduled" is the default
  assert.equal(rnnc5.status, 'cancelled'); // "Canceled"
  // The base's reference data is kept, so the result is a complete feed.
  assert.equal(feed.timeZone, 'Europe/Belgrade');
  assert.equal(feed.organisations.length, JSON.parse(readText(DEMO)).organisations.length);
});

test('the template converts without a problem, and names every documented column', async () => {
  const base = join(mkdtempSync(join(tmpdir(), 'iisg-csv-')), 'base.json');
  writeFileSync(base, JSON.stringify({ ...JSON.parse(readText(DEMO)), events: [] })); // the reference data alone
  const { code, stdout, stderr } = await runCli(['from-csv', TEMPLATE, '--base', base]);
  assert.equal(code, 0);
  assert.equal(stderr, '');
  const feed = JSON.parse(stdout);
  assert.deepEqual(parseFeed(feed, { viewerTimeZone: 'UTC' }).problems.map(formatProblem), []);
  assert.deepEqual(feed.events.map((e) => e.id), ['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1']);
  const header = readText(TEMPLATE).replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
  assert.deepEqual(header.filter((h) => !h.includes('.')), [...CSV_COLUMNS]);
  assert.ok(readFileSync(TEMPLATE)[0] === 0xef, 'the template starts with a UTF-8 BOM, so Excel opens it as UTF-8');
});

test('comma separated without a BOM; blank rows; extra cells; no time zone for clock times; no base', () => {
  const text = 'title,start,end,organisers,lat\n"Meeting, with a comma",2019-04-24 09:30,2019-04-24 11:00,"rcc, iisg-sg",41.3\n,,,,\nSecond,2019-04-25,,,x,extra\n';
  const { feed, problems } = feedFromCsv(text);
  assert.deepEqual(feed.events, [
    // The lone lat is reported (below) and left out, as the parser reads it.
    { id: 'row-2', title: 'Meeting, with a comma', start: '2019-04-24T09:30', end: '2019-04-24T11:00', organisers: ['rcc', 'iisg-sg'] },
    { id: 'row-4', title: 'Second', start: '2019-04-25' },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.row, p.code]),
    [
      [1, 'no-time-zone'],
      [2, 'incomplete-coordinates'],
      [4, 'extra-cells'],
      [4, 'invalid-number'],
    ],
  );
  // Without a base, ids cannot be checked, so they are not reported as missing.
  assert.equal(problems.some((p) => p.code === 'unknown-organisation'), false);
});

// (An unknown status is no longer ignored: its row is refused, below.)
test('a cell reported as read otherwise or ignored is written as it was read: the feed passes its schema, and says it once', () => {
  const text = 'id,title,start,country,status,city\na,A,2019-04-23,al,Cancelled,Tirana\nb,B,2019-04-24,UK,,London\nc,C,2019-04-25,Kosovo,,Prishtina\nd,D,2019-04-26,KS,tbc,\n';
  const { feed, problems } = feedFromCsv(text);
  assert.deepEqual(
    feed.events.map((e) => [e.id, e.location, e.status]),
    [
      ['a', { city: 'Tirana', country: 'AL' }, 'cancelled'],
      ['b', { city: 'London', country: 'GB' }, undefined],
      ['c', { city: 'Prishtina' }, undefined],
      ['d', { country: 'XK' }, 'tentative'],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.row, p.code]),
    [
      [3, 'invalid-country'],
      [4, 'invalid-country'],
      [5, 'invalid-country'],
    ],
  );
  // What was written is read again with no problem.
  assert.deepEqual(parseFeed(feed).problems.map(formatProblem), []);
});

test('a CSV without title and start columns is refused', () => {
  const { feed, problems } = feedFromCsv('name;date\nA;2019-04-23\n');
  assert.equal(feed, null);
  assert.deepEqual(problems.map((p) => p.code), ['unknown-column', 'unknown-column', 'missing-columns']);
});

test('a file in another encoding than UTF-8 is refused with how to save it; UTF-16 is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const latin = join(dir, 'windows-1250.csv');
  writeFileSync(latin, Buffer.from('title;start\nSastanak u Pri\xe8tini;2019-05-22\n', 'latin1'));
  const refused = await runCli(['from-csv', latin]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /not UTF-8 text; save it as UTF-8 \(in Excel: "CSV UTF-8/);

  const utf16 = join(dir, 'utf16.csv');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title\tstart\nSastanak u Prištini\t22.05.2019\n', 'utf16le')]));
  const read = await runCli(['from-csv', utf16]);
  assert.equal(read.code, 0, read.stderr);
  assert.deepEqual(JSON.parse(read.stdout).events, [{ id: 'row-2', title: 'Sastanak u Prištini', start: '2019-05-22' }]);
});

test('UTF-16 without a byte-order mark (little or big endian) is read by its zero bytes, not as columns full of NULs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const text = 'id\ttitle\tstart\nu1\tРадионица у Приштини č ć š ž đ\t22.05.2019\n';
  const little = join(dir, 'le.csv');
  writeFileSync(little, Buffer.from(text, 'utf16le'));
  const big = join(dir, 'be.csv');
  writeFileSync(big, Buffer.from(text, 'utf16le').swap16());
  for (const file of [little, big]) {
    const { code, stdout, stderr } = await runCli(['from-csv', file]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(JSON.parse(stdout).events, [{ id: 'u1', title: 'Радионица у Приштини č ć š ž đ', start: '2019-05-22' }]);
  }
});

test('usage: one file; a base that is not JSON is an error in the input (exit 1)', async () => {
  assert.equal((await runCli(['from-csv'])).code, 2);
  const bad = await runCli(['from-csv', fixture('events-semicolon.csv'), '--base', fixture('syntax-error.json')]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /syntax-error\.json: error: the base feed is not JSON/);
  assert.equal(bad.stdout, '');
});

test('line breaks in one-line cells (title, venue, city, chair) are read as spaces and reported; descriptions keep their paragraphs', () => {
  const text = 'id,title,title.sq,start,venue,city,chair,description,organisers\r\n'
    + 'x-1,"Multi\r\nline; title","Titull\nme dy rreshta",2025-01-02,"Hotel Tirana\r\nInternational","Tirana ","Ms A,\r\n  chair","First line\r\nstill first.\r\n\r\n- an item","rcc\r\niisg"\r\n';
  const { feed, problems } = feedFromCsv(text);
  const [event] = feed.events;
  assert.deepEqual(event.title, { en: 'Multi line; title', sq: 'Titull me dy rreshta' });
  assert.deepEqual(event.location, { venue: 'Hotel Tirana International', city: 'Tirana' });
  assert.equal(event.chair, 'Ms A, chair');
  assert.equal(event.description, 'First line\nstill first.\n\n- an item'); // CRLF as \n, the blank line kept
  assert.deepEqual(event.organisers, ['rcc', 'iisg']);
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column]), [
    [2, 'warning', 'line-break', 'title'],
    [2, 'warning', 'line-break', 'title.sq'],
    [2, 'warning', 'line-break', 'venue'],
    [2, 'warning', 'line-break', 'chair'],
  ]);
  assert.match(problems[0].message, /line breaks in the cell are read as spaces/);
});

test('clock times without a time zone: the library says so without naming a flag; the command line adds --time-zone', async () => {
  const { problems } = feedFromCsv('title,start\nA,2019-04-24T09:30\n');
  const warning = problems.find((p) => p.code === 'no-time-zone');
  assert.ok(warning && !warning.message.includes('--'), warning?.message);
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const file = join(dir, 'timed.csv');
  writeFileSync(file, 'title,start\nA,2019-04-24T09:30\n');
  const { code, stderr } = await runCli(['from-csv', file]);
  assert.equal(code, 0);
  assert.match(stderr, /:1: warning: rows give clock times but there is no time zone: .*; use --time-zone ZONE\n/);
});

test('dates as Excel writes them in Croatian, Serbian and Bosnian: a final dot, and spaces after the dots', () => {
  const text = 'id;title;start;end\nhr;A;23.04.2019.;24.04.2019.\nsp;B;23. 4. 2019.;\ntimed;C;23. 4. 2019. 09:30;\nday;D;1. 12.2019;\n';
  const { feed, problems } = feedFromCsv(text, { timeZone: 'Europe/Zagreb' });
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.events.map((e) => [e.id, e.start, e.end]), [
    ['hr', '2019-04-23', '2019-04-24'],
    ['sp', '2019-04-23', undefined],
    ['timed', '2019-04-23T09:30', undefined],
    ['day', '2019-12-01', undefined], // not the 1st at 12:20
  ]);
});

test('a bad time is reported in the time column; a time in the date cell and another in the time column is reported', () => {
  const text = 'id,title,start,startTime,end,endTime\n'
    + 'pm,A,2019-04-28,2:00 PM,,\n'
    + 'end,B,2019-04-28,10:00,2019-04-28,5 PM\n'
    + 'two,C,2019-04-28 09:30,10:00,2019-04-28 17:00,17:00\n';
  const { feed, problems } = feedFromCsv(text, { timeZone: 'Europe/Zagreb' });
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column, p.message]), [
    [2, 'error', 'invalid-date', 'startTime', '"2:00 PM" is not a time (write 09:30, or 14:00 for 2 PM); the row is left out'],
    [3, 'warning', 'invalid-date', 'endTime', '"5 PM" is not a time (write 09:30, or 14:00 for 2 PM); the end is ignored'],
    [4, 'warning', 'two-times', 'startTime', 'the "start" cell gives the time "09:30" and the "startTime" cell "10:00"; "09:30" is used (clear one of the two)'],
  ]);
  assert.deepEqual(feed.events.map((e) => [e.id, e.start, e.end]), [
    ['end', '2019-04-28T10:00', undefined],
    ['two', '2019-04-28T09:30', '2019-04-28T17:00'], // the same end time twice is no conflict
  ]);
});

test('a quote that is never closed: the rows it took into its cell are named, with how to fix it; the rows before it are kept', async () => {
  const text = 'id,title,start\nq1,"Multi\nline title",2019-04-24\nq2,Title with "quote" inside,2019-04-25\nq3,"Unclosed quote,2019-04-26\nq4,Fine,2019-04-27\nq5,Another,2019-04-28\n';
  const { feed, problems } = feedFromCsv(text);
  assert.deepEqual(feed.events.map((e) => e.id), ['q1', 'q2']);
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column, p.message]), [
    [2, 'warning', 'line-break', 'title', 'the line breaks in the cell are read as spaces (only summary and description cells hold several lines)'],
    [4, 'error', 'unclosed-quote', 'title', 'a quote (") at line 5 of the file opens a cell that is never closed, so rows 4 to 6 (the rest of the file) were read into that one cell and are left out; close the quote (or remove it) and save again'],
  ]);
  const last = feedFromCsv('id,title,start\nq1,A,2019-04-24\nq2,"B,2019-04-25\n');
  assert.deepEqual(last.problems.map((p) => [p.row, p.message]), [[3, 'a quote (") at line 3 of the file opens a cell that is never closed, so the rest of the row was read into that one cell and the row is left out; close the quote (or remove it) and save again']]);

  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const file = join(dir, 'quote.csv');
  writeFileSync(file, text);
  const { code, stderr } = await runCli(['from-csv', file]);
  assert.equal(code, 1);
  assert.match(stderr, /quote\.csv:4: error: a quote \("\) at line 5 .* rows 4 to 6 .*close the quote .* \(column "title"\)\n/);
});

test('HTML pasted into summary and description cells becomes plain text, as from-ics reads Google Calendar\'s', () => {
  const text = 'id,title,start,summary,description,description.sq\n'
    + 'h,A,2019-04-28,Short <b>bold</b> text,"<p>First &amp; only</p><ul>\n<li>one</li><li>two</li></ul>",<p>Një</p><p>Dy</p>\n'
    + 'p,B,2019-04-29,,"plain a < b, not HTML",\n';
  const { feed, problems } = feedFromCsv(text);
  assert.deepEqual(problems, []); // no html-in-text: the feed holds no HTML
  assert.equal(feed.events[0].summary, 'Short bold text');
  assert.deepEqual(feed.events[0].description, { en: 'First & only\n\n- one\n- two', sq: 'Një\n\nDy' });
  assert.equal(feed.events[1].description, 'plain a < b, not HTML');
});

test('--language is checked as --time-zone is: a language name is refused, with its tag where it is one of the widgets\'', async () => {
  const text = 'title,start\nA,2019-04-28\n';
  assert.throws(() => feedFromCsv(text, { language: 'Albanian' }), { name: 'RangeError', message: "language: 'Albanian' is not a language tag such as 'en', 'sq' or 'sr-Latn' (for Albanian, write 'sq')" });
  assert.throws(() => feedFromCsv(text, { language: 'srpski' }), /\(for srpski, write 'sr-Latn'\)$/);
  assert.throws(() => feedFromCsv(text, { language: 'Klingon' }), /is not a language tag such as 'en', 'sq' or 'sr-Latn'$/);
  assert.equal(feedFromCsv(text, { language: 'sr-Latn' }).feed.language, 'sr-Latn');

  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const file = join(dir, 'events.csv');
  writeFileSync(file, text);
  const refused = await runCli(['from-csv', file, '--language', 'Albanian']);
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /^iisg-feed from-csv: --language: 'Albanian' is not a language tag .* \(for Albanian, write 'sq'\)\n$/);
});

test('--base: the rows replace its events; those without a row are named, and writing over the base is then refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const base = join(dir, 'events.json');
  writeFileSync(base, readText(DEMO));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'id,title,start\nnfp-7,7th NFP meeting,2019-04-23\nnew-1,New,2019-05-01\n');
  const over = await runCli(['from-csv', csv, '--base', base, '-o', base]);
  assert.equal(over.code, 1);
  const lines = over.stderr.trimEnd().split('\n');
  assert.match(lines[0], /:1: warning: the rows replace the base feed's 15 events; 14 of them have no row with their id and are left out: 'regional-ct-pcve-conference-1', .* and 4 more; add a row for each event to keep$/);
  assert.equal(lines[1], `${base}: nothing written: it is the base feed, and writing over it would lose the events named above; write to another file (-o events-new.json), check it, then put it in place of ${base}`);
  assert.equal(readText(base), readText(DEMO));

  const out = join(dir, 'events-new.json');
  const elsewhere = await runCli(['from-csv', csv, '--base', base, '-o', out]);
  assert.equal(elsewhere.code, 0); // a warning: dropping events from the sheet may be meant
  assert.match(elsewhere.stderr, /14 of them have no row/);
  assert.deepEqual(JSON.parse(readText(out)).events.map((e) => e.id), ['nfp-7', 'new-1']);

  // A sheet with a row for every event of its base may write over it.
  const one = join(dir, 'one.json');
  writeFileSync(one, JSON.stringify({ version: 1, title: 'Kept', events: [{ id: 'nfp-7', title: 'Old', start: '2019-04-23' }] }));
  const inPlace = await runCli(['from-csv', csv, '--base', one, '-o', one]);
  assert.equal(inPlace.code, 0, inPlace.stderr);
  assert.equal(inPlace.stderr, `2 events written to ${one}\n`);
  assert.equal(JSON.parse(readText(one)).title, 'Kept');
  const { problems } = feedFromCsv('id,title,start\na,A,2019-04-23\n', { base: { version: 1, events: [{ id: 'gone', title: 'G', start: '2019-01-01' }] } });
  assert.deepEqual(problems.map((p) => p.message), ["the rows replace the base feed's 1 event; 1 of them has no row with its id and is left out: 'gone'; add a row for each event to keep"]);
});

// An editor's audit with files as Excel saves them. Plain "CSV" on a Latin-script Windows writes "?" for every
// Cyrillic letter: valid text, which became a feed of question marks with exit code 0.
test('--base is checked as validate checks a feed: no feed, another version or a time zone that is none is refused, naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'id,title,start,startTime\na,A,2019-04-23,10:00\n');
  const base = join(dir, 'base.json');
  const cases = [
    ['{"version":1,"timeZone":"Europe/Tirana","events":[]}', "timeZone: 'Europe/Tirana' is not an IANA time zone such as 'Europe/Tirane' (did you mean 'Europe/Tirane'?)"],
    ['[]', 'the feed must be a JSON object with "version": 1 and an "events" list, not a list'],
    ['null', 'the feed must be a JSON object with "version": 1 and an "events" list, not null'],
    ['"x"', `the feed must be a JSON object with "version": 1 and an "events" list, not 'x'`],
    ['{"version":2,"events":[]}', 'version: version 2 is not supported; this library reads version 1'],
  ];
  for (const [text, message] of cases) {
    writeFileSync(base, text);
    const out = join(dir, 'out.json');
    const { code, stderr } = await runCli(['from-csv', csv, '--base', base, '-o', out]);
    assert.equal(code, 1, text);
    assert.deepEqual(stderr.trimEnd().split('\n'), [
      `${base}: error: ${message}`,
      `${base}: nothing written: the base feed has the errors above; fix them (iisg-feed validate ${base} shows where), or leave out --base`,
    ]);
    assert.throws(() => readFileSync(out), /ENOENT/);
    // The library refuses it too, rather than taking it silently.
    assert.throws(() => feedFromCsv('title,start\nA,2019-04-23\n', { base: JSON.parse(text) }), (error) => error instanceof RangeError && error.message === `base: ${message}`);
  }
  // Its warnings are said, with its name; the rows are converted.
  writeFileSync(base, '{"version":1,"language":"xx-!!","timeZone":"Europe/Tirane","events":[]}');
  const warned = await runCli(['from-csv', csv, '--base', base]);
  assert.equal(warned.code, 0);
  assert.equal(warned.stderr, `${base}: warning: language: 'xx-!!' is not a language tag such as 'en' or 'sq'; using 'en'\n`);
  assert.equal(JSON.parse(warned.stdout).timeZone, 'Europe/Tirane');
});

test('a sheet whose letters Excel turned into question marks is refused, with what to save it as', () => {
  const csv = 'title.sr-Cyrl;title.en;start;city\r\n???????? ??????????? ????????????;Meeting of the coordinators;23.04.2019;?????? ?? ??\r\n';
  const { feed, problems } = feedFromCsv(csv);
  assert.equal(feed, null);
  assert.deepEqual(problems.map((p) => [p.code, p.row, p.column]), [['lost-letters', 2, 'title.sr-Cyrl']]);
  assert.match(problems[0].message, /save the sheet again as "CSV UTF-8"/);
  // A question in a title, "??" after a word, stays a title.
  assert.deepEqual(feedFromCsv('title;start\r\nWhat next for P/CVE?? A workshop;23.04.2019\r\n').problems, []);
});

// The audit wrote a file of slashed dates over its live feed: every row was left out, "0 events written", and
// `validate` then found nothing wrong with the empty calendar.
test('rows left out: nothing is written over a file that is there, nor anywhere when no row could be read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const live = join(dir, 'feed.json');
  const kept = '{"version":1,"events":[{"id":"x","title":"Keep me","start":"2019-04-23"}]}\n';
  writeFileSync(live, kept);
  const some = join(dir, 'some.csv');
  writeFileSync(some, 'title;start\r\nA meeting;23.04.2019\r\nAnother;04/05/2019\r\n');
  const over = await runCli(['from-csv', some, '-o', live]);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /feed\.json: nothing written: it is there already, .* with the 1 event that could/);
  assert.equal(readFileSync(live, 'utf8'), kept);

  const fresh = join(dir, 'new.json');
  const partial = await runCli(['from-csv', some, '-o', fresh]);
  assert.equal(partial.code, 1);
  assert.equal(JSON.parse(readFileSync(fresh, 'utf8')).events.length, 1, 'a new file takes the rows that could be read');

  const none = join(dir, 'none.csv');
  writeFileSync(none, 'title;start\r\nA meeting;04/05/2019\r\n');
  const empty = join(dir, 'empty.json');
  const nothing = await runCli(['from-csv', none, '-o', empty]);
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /no row could be read as an event; nothing written/);
  assert.throws(() => readFileSync(empty), /ENOENT/);
});

test('a sheet with no rows of events (a header alone, or empty rows) is not written over a file that is there; as from-ics', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const live = join(dir, 'live.json');
  const kept = '{"version":1,"events":[{"id":"a","title":"Live","start":"2019-04-23"}]}\n';
  writeFileSync(live, kept);
  for (const [name, text] of [['hdr.csv', 'id,title,start\n'], ['blank.csv', 'id,title,start\n,,\n,,\n']]) {
    const sheet = join(dir, name);
    writeFileSync(sheet, text);
    const { code, stderr } = await runCli(['from-csv', sheet, '-o', live]);
    assert.equal(code, 1, name);
    assert.match(stderr, /live\.json: nothing written: it is there already, and the sheet has no row of events; writing would replace its events with none/);
    assert.equal(readFileSync(live, 'utf8'), kept);
    // A new file is written: an empty feed is what was asked for.
    const fresh = join(dir, `new-${name}.json`);
    assert.equal((await runCli(['from-csv', sheet, '-o', fresh])).code, 0);
    assert.deepEqual(JSON.parse(readFileSync(fresh, 'utf8')).events, []);
  }
  const ics = join(dir, 'empty.ics');
  writeFileSync(ics, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN', 'END:VCALENDAR', ''].join('\r\n'));
  const fromIcs = await runCli(['from-ics', ics, '-o', live]);
  assert.equal(fromIcs.code, 1);
  assert.match(fromIcs.stderr, /live\.json: nothing written: it is there already, and the calendar gives no event/);
  assert.equal(readFileSync(live, 'utf8'), kept);
});

// The audit typed statuses as its editors would: "Otkazano" was read as no status, with a warning, and the
// cancelled meeting was published as scheduled (exit code 0).
test('a status in an editor’s language is read as the feed’s: Otkazano, Одложено, abgesagt, Anulluar', () => {
  const csv = [
    'id;title;start;status',
    'a;Meeting;23.04.2019;Otkazano',
    'b;Meeting;24.04.2019;Одложено',
    'c;Meeting;25.04.2019;abgesagt',
    'd;Meeting;26.04.2019;Anulluar',
    'e;Meeting;27.04.2019;Treba  potvrditi',
    'f;Meeting;28.04.2019;Odlozeno',
    'g;Meeting;29.04.2019;Се одржува онлајн',
  ].join('\r\n');
  const { feed, problems } = feedFromCsv(csv);
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.events.map((e) => e.status), ['cancelled', 'postponed', 'cancelled', 'cancelled', 'tentative', 'postponed', 'moved-online']);
});

// A rescheduled meeting's old date had no column: the sheet could not say what the JSON feed can (previousStart).
test('a previousStart column gives a rescheduled row its original date, a date or a date and time; other rows are told', () => {
  const csv = [
    'id;title;start;status;previousStart;timeZone',
    'a;Meeting;24.04.2019;rescheduled;12.03.2019;Europe/Tirane',
    'b;Briefing;26.04.2019 10:00;Rescheduled;29.03.2019 09:30;Europe/Tirane',
    'c;Workshop;10.04.2019;;01.03.2019;Europe/Tirane',
    'd;Seminar;11.04.2019;rescheduled;March;Europe/Tirane',
  ].join('\r\n');
  const { feed, problems } = feedFromCsv(csv);
  assert.deepEqual(feed.events.map((e) => [e.id, e.previousStart]), [['a', '2019-03-12'], ['b', '2019-03-29T09:30'], ['c', undefined], ['d', undefined]]);
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column]), [
    [4, 'warning', 'previous-start-unused', 'previousStart'],
    [5, 'warning', 'invalid-date', 'previousStart'],
  ]);
  assert.match(problems[0].message, /the row gives an original date \("01\.03\.2019"\) but its status is not "rescheduled"; it is ignored/);
  assert.match(problems[1].message, /"March" is not a date.*; the original date is ignored/);
  // What the widgets read: the feed written has no problem of its own.
  assert.deepEqual(parseFeed(feed, { viewerTimeZone: 'UTC' }).problems, []);
  // A column named as people say it is pointed to the template's name.
  const named = feedFromCsv('id;title;start;status;Original date\r\na;Meeting;24.04.2019;rescheduled;12.03.2019');
  assert.match(named.problems[0].message, /unknown column "Original date" \(did you mean 'previousStart'\?\)/);
});

// The audit's editor typed "canceled?" (not sure yet) and a typo: the rows were published as scheduled, with a
// warning and exit code 0, over the live feed. A meeting shown as scheduled that may not take place misleads.
test('a status that is no status refuses its row, naming the cell, the column and the words it takes; the live feed is kept', async () => {
  const csv = 'id;title;start;Status\r\na;Meeting;23.04.2019;canceled?\r\nb;Meeting;24.04.2019;Cancled\r\nc;Meeting;25.04.2019;maybe\r\nd;Meeting;26.04.2019;tbc\r\ne;Meeting;27.04.2019;\r\n';
  const { feed, problems } = feedFromCsv(csv);
  assert.deepEqual(feed.events.map((e) => [e.id, e.status]), [['d', 'tentative'], ['e', undefined]]);
  const words = 'write "scheduled", "tentative", "cancelled", "postponed", "rescheduled", "moved-online" or the same word in the widgets\' languages, or leave the cell empty for scheduled; the row is left out';
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column, p.message]), [
    [2, 'error', 'invalid-status', 'Status', `"canceled?" is not a status (did you mean "cancelled"?); ${words}`],
    [3, 'error', 'invalid-status', 'Status', `"Cancled" is not a status (did you mean "cancelled"?); ${words}`],
    [4, 'error', 'invalid-status', 'Status', `"maybe" is not a status; ${words}`],
  ]);

  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const file = join(dir, 'events.csv');
  writeFileSync(file, csv);
  const live = join(dir, 'feed.json');
  const kept = '{"version":1,"events":[{"id":"a","title":"Meeting","start":"2019-04-23","status":"cancelled"}]}\n';
  writeFileSync(live, kept);
  const { code, stderr } = await runCli(['from-csv', file, '-o', live]);
  assert.equal(code, 1);
  assert.match(stderr, /events\.csv:2: error: "canceled\?" is not a status .* the row is left out \(column "Status"\)\n/);
  assert.match(stderr, /feed\.json: nothing written: it is there already/);
  assert.equal(readFileSync(live, 'utf8'), kept);
});

// "title.al" was read as a language "al", which no language of the widgets is: the Albanian titles were shown to nobody.
test('a language suffix that is a country code (title.al) or no language is refused, with the code meant and the column', () => {
  const csv = 'id,title,title.al,summary.rs,title.ba,title.si,venue.me,city.xk,title.Albanian,title.xy,title.sq,title.sr-Latn,title.cnr,title.it,start\n'
    + 'a,A,B,C,D,E,F,G,H,I,J,K,L,M,2019-04-23\n';
  const { feed, problems } = feedFromCsv(csv);
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column, p.message]), [
    [1, 'error', 'unknown-language', 'title.al', '"title.al": "al" is not a language code (Albanian is "sq": name the column "title.sq"); the column is ignored'],
    [1, 'error', 'unknown-language', 'summary.rs', '"summary.rs": "rs" is not a language code (write "sr-Latn" for Serbian (Latin) or "sr-Cyrl" for Serbian (Cyrillic)); the column is ignored'],
    [1, 'error', 'unknown-language', 'title.ba', '"title.ba": "ba" is Bashkir (Bosnian is "bs": name the column "title.bs"); the column is ignored'],
    [1, 'error', 'unknown-language', 'title.si', '"title.si": "si" is Sinhala (Slovenian is "sl": name the column "title.sl"); the column is ignored'],
    [1, 'error', 'unknown-language', 'venue.me', '"venue.me": "me" is not a language code (write "cnr" for Montenegrin or "sr-Latn" for Serbian (Latin)); the column is ignored'],
    [1, 'error', 'unknown-language', 'city.xk', '"city.xk": "xk" is not a language code (write "sq" for Albanian or "sr" for Serbian); the column is ignored'],
    [1, 'error', 'unknown-language', 'title.Albanian', '"title.Albanian": "Albanian" is not a language code (Albanian is "sq": name the column "title.sq"); the column is ignored'],
    [1, 'error', 'unknown-language', 'title.xy', '"title.xy": "xy" is not a language code such as "sq", "sr-Latn" or "mk"; the column is ignored'],
  ]);
  // The languages' own codes are read, Montenegrin's and Italian's too.
  assert.deepEqual(Object.keys(feed.events[0].title), ['en', 'sq', 'sr-Latn', 'cnr', 'it']);
  assert.equal(feed.events[0].summary, undefined);

  // As the sheet's language (--language) too; a language written by name is said as before.
  assert.throws(() => feedFromCsv('title,start\nA,2019-04-23\n', { language: 'al' }), { name: 'RangeError', message: "language: 'al' is not a language code (Albanian is 'sq')" });
  assert.throws(() => feedFromCsv('title,start\nA,2019-04-23\n', { language: 'rs' }), /language: 'rs' is not a language code \(write 'sr-Latn' for Serbian \(Latin\) or 'sr-Cyrl' for Serbian \(Cyrillic\)\)/);
  assert.equal(feedFromCsv('title,start\nA,2019-04-23\n', { language: 'sq' }).feed.language, 'sq');
});

// Number() read "0x2A" as 42 and "1e1" as 10, and the ordinal's /^\d+/ read "7,5" as 7: each published a wrong value without a word.
test('number cells take plain decimals only: 0x2A, 1e1, 7,5 and 41°19′ are refused, 41,33 and 7. are read', () => {
  const csv = 'id;title;start;lat;lon;series;ordinal\r\n'
    + 'comma;A;23.04.2019;41,33;19,82;s;7.\r\n'
    + 'hex;B;24.04.2019;0x2A;19.82;s;0x2A\r\n'
    + 'exp;C;25.04.2019;41.33;1e1;s;7,5\r\n'
    + 'dms;D;26.04.2019;41°19′;19.82;s;7.5\r\n'
    + 'range;E;27.04.2019;95;19.82;s;0\r\n'
    + 'plain;F;28.04.2019;-41.33;+19.82;s;12\r\n';
  const { feed, problems } = feedFromCsv(csv);
  assert.deepEqual(feed.events.map((e) => [e.id, e.location, e.series]), [
    ['comma', { lat: 41.33, lon: 19.82 }, { id: 's', ordinal: 7 }],
    ['hex', undefined, 's'],
    ['exp', undefined, 's'],
    ['dms', undefined, 's'],
    ['range', undefined, 's'],
    ['plain', { lat: -41.33, lon: 19.82 }, { id: 's', ordinal: 12 }],
  ]);
  const ordinal = 'is not a meeting\'s number: write a whole number from 1 up, such as 7; the ordinal is ignored';
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column, p.message]), [
    [3, 'warning', 'invalid-number', 'lat', '"0x2A" is not a number of degrees: write a decimal number, such as 41.33 (or 41,33); the coordinates are ignored'],
    [3, 'warning', 'invalid-ordinal', 'ordinal', `"0x2A" ${ordinal}`],
    [4, 'warning', 'invalid-number', 'lon', '"1e1" is not a number of degrees: write a decimal number, such as 19.82 (or 19,82); the coordinates are ignored'],
    [4, 'warning', 'invalid-ordinal', 'ordinal', `"7,5" ${ordinal}`],
    [5, 'warning', 'invalid-number', 'lat', '"41°19′" is not a number of degrees: write a decimal number, such as 41.33 (or 41,33); the coordinates are ignored'],
    [5, 'warning', 'invalid-ordinal', 'ordinal', `"7.5" ${ordinal}`],
    [6, 'warning', 'invalid-number', 'lat', '"95" is not a latitude: it is from -90 to 90; the coordinates are ignored'],
    [6, 'warning', 'invalid-ordinal', 'ordinal', `"0" ${ordinal}`],
  ]);
});

test('a date cell that is not read says what it holds and what to write: a time, slashes, day and month swapped, dashes, a two-digit year, an Excel number', () => {
  const csv = 'id,title,start,startTime,end,endTime\n'
    + 'time,A,2019-04-23,,17:00,\n'
    + 'slash,B,04/05/2019,,,\n'
    + 'swap,C,2019-25-04,,,\n'
    + 'us-dots,D,04.25.2019,,,\n'
    + 'dashes,E,25-04-2019,,,\n'
    + 'short,F,23.4.19,,,\n'
    + 'serial,G,43580,,,\n'
    + 'feb,H,2019-02-30,,,\n'
    + 'date-as-time,I,2019-04-23,2019-04-23,,\n'
    + 'us-slash,J,04/25/2019,,,\n'
    + 'short-slash,K,04/05/19,,,\n'
    + 'short-98,L,7.11.98,,,\n'
    + 'short-bad,M,31.02.19.,,,\n';
  const { problems } = feedFromCsv(csv, { timeZone: 'Europe/Tirane' });
  assert.deepEqual(problems.map((p) => [p.row, p.column, p.message]), [
    [2, 'end', '"17:00" is a time, not a date: write 2019-04-25, or 25.04.2019, with the time after it (2019-04-25 09:30) or in the "endTime" column; the end is ignored'],
    [3, 'start', '"04/05/2019" is not read: with slashes, the day and the month come in the order of the sheet\'s language (4 May or 5 April?); write 2019-05-04 for 4 May, or 2019-04-05 for 5 April; the row is left out'],
    [4, 'start', '"2019-25-04" is not a date of the calendar (there is no month 25: write year-month-day, 2019-04-25); the row is left out'],
    [5, 'start', '"04.25.2019" is not a date of the calendar (there is no month 25: write day.month.year, 25.04.2019); the row is left out'],
    [6, 'start', '"25-04-2019" is not read: with dashes the year comes first (2019-04-25); or write the day first with dots, 25.04.2019; the row is left out'],
    [7, 'start', '"23.4.19" has a two-digit year: write the year in full, 23.04.2019 or 2019-04-23; the row is left out'],
    [8, 'start', '"43580" is a number, not a date: Excel writes a date so when its cell is formatted as a number; format the column as dates (or text) and save again, or write 2019-04-25, or 25.04.2019; the row is left out'],
    [9, 'start', '"2019-02-30" is not a date of the calendar (February 2019 has 28 days); the row is left out'],
    [10, 'startTime', '"2019-04-23" is a date, not a time: the date goes in the "start" column, and here the time (09:30, or 14:00 for 2 PM); the row is left out'],
    [11, 'start', '"04/25/2019" is not read: with slashes, the day and the month come in the order of the sheet\'s language; write 2019-04-25 for 25 April; the row is left out'],
    [12, 'start', '"04/05/19" is not read: with slashes, the day and the month come in the order of the sheet\'s language (4 May or 5 April?); write 2019-04-25, or 25.04.2019; the row is left out'],
    [13, 'start', '"7.11.98" has a two-digit year: write the year in full, 07.11.1998 or 1998-11-07; the row is left out'],
    [14, 'start', '"31.02.19." has a two-digit year: write the year in full, 25.04.2019 or 2019-04-25; the row is left out'],
  ]);
});

test('coordinates are reported in the lat or lon column, not the city\'s', () => {
  const { feed, problems } = feedFromCsv('id,title,start,city,lat,lon\na,A,2019-04-23,Tirana,41.33,\nb,B,2019-04-24,Tirana,,19.82\n');
  assert.deepEqual(feed.events.map((e) => e.location), [{ city: 'Tirana' }, { city: 'Tirana' }]);
  assert.deepEqual(problems.map((p) => [p.row, p.code, p.column, p.message]), [
    [2, 'incomplete-coordinates', 'lon', 'the row gives a latitude but no longitude: write both (lat and lon), or neither; the coordinates are ignored'],
    [3, 'incomplete-coordinates', 'lat', 'the row gives a longitude but no latitude: write both (lat and lon), or neither; the coordinates are ignored'],
  ]);
});

// "SRB" got "(use 'XK' for Kosovo)": the one code it is not.
test('a country\'s three-letter code is read as its two-letter one; a country\'s name gets its code', () => {
  const codes = { SRB: 'RS', ALB: 'AL', MKD: 'MK', BIH: 'BA', MNE: 'ME', HRV: 'HR', SVN: 'SI', DEU: 'DE', AUT: 'AT', KOS: 'XK', XKX: 'XK', srb: 'RS', USA: 'US' };
  const rows = Object.keys(codes).map((code, i) => `r${i},A,2019-04-23,${code}`);
  const { feed, problems } = feedFromCsv(['id,title,start,country', ...rows].join('\n'));
  assert.deepEqual(feed.events.map((e) => e.location.country), Object.values(codes));
  assert.equal(problems[0].message, '"SRB" is a three-letter country code; it is read as "RS" (write that)');
  assert.deepEqual(problems.map((p) => [p.severity, p.code, p.column]), Object.keys(codes).map(() => ['warning', 'invalid-country', 'country']));
  assert.deepEqual(parseFeed(feed).problems, []);

  const named = feedFromCsv('id,title,start,country\na,A,2019-04-23,Serbia\nb,B,2019-04-24,Kosovo\nc,C,2019-04-25,Shqipëri\nd,D,2019-04-26,Atlantis\n');
  assert.deepEqual(named.feed.events.map((e) => e.location), [undefined, undefined, undefined, undefined]);
  assert.deepEqual(named.problems.map((p) => p.message), [
    '"Serbia" is not a country code (write "RS"); it is ignored',
    '"Kosovo" is not a country code (write "XK"); it is ignored',
    '"Shqipëri" is not a country code (write "AL"); it is ignored',
    '"Atlantis" is not a country code (write its two-letter code, such as "AL", "BA", "ME", "MK", "RS" or "XK"); it is ignored',
  ]);
});

// "Europe/Pristina" is no IANA zone: the row's times were read as UTC, an hour or two off, with the bad zone in the feed.
test('a time zone that is none refuses its row, with the zone meant: Europe/Pristina is Europe/Belgrade', async () => {
  const csv = 'id,title,start,Time zone\na,A,2019-04-23 09:30,Europe/Pristina\nb,B,2019-04-24 09:30,Europe/Belgarde\nc,C,2019-04-25 09:30,Tirana\nd,D,2019-04-26 09:30,CET+1\ne,E,2019-04-27 09:30,Europe/Belgrade\nf,F,2019-04-28 09:30,Europe/Pristna\n';
  const { feed, problems } = feedFromCsv(csv);
  assert.deepEqual(feed.events.map((e) => [e.id, e.timeZone]), [['e', 'Europe/Belgrade']]);
  assert.deepEqual(problems.map((p) => [p.row, p.severity, p.code, p.column, p.message]), [
    [2, 'error', 'unknown-time-zone', 'Time zone', '"Europe/Pristina" is not a time zone (Kosovo\'s zone is "Europe/Belgrade": write that); the row is left out'],
    [3, 'error', 'unknown-time-zone', 'Time zone', '"Europe/Belgarde" is not a time zone (did you mean "Europe/Belgrade"?); the row is left out'],
    [4, 'error', 'unknown-time-zone', 'Time zone', '"Tirana" is not a time zone (did you mean "Europe/Tirane"?); the row is left out'],
    [5, 'error', 'unknown-time-zone', 'Time zone', '"CET+1" is not a time zone: write a zone such as "Europe/Belgrade" or "Europe/Tirane", or leave the cell empty for the feed\'s; the row is left out'],
    [7, 'error', 'unknown-time-zone', 'Time zone', '"Europe/Pristna" is not a time zone (Kosovo\'s zone is "Europe/Belgrade": write that); the row is left out'],
  ]);
  assert.throws(() => feedFromCsv(csv, { timeZone: 'Europe/Pristina' }), { name: 'RangeError', message: "time zone: 'Europe/Pristina' is not an IANA time zone such as 'Europe/Tirane' (Kosovo's zone is 'Europe/Belgrade': write that)" });

  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const file = join(dir, 'events.csv');
  writeFileSync(file, 'title,start\nA,2019-04-23\n');
  const refused = await runCli(['from-csv', file, '--time-zone', 'Europe/Prishtina']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^iisg-feed from-csv: --time-zone: 'Europe\/Prishtina' is not an IANA time zone .* \(Kosovo's zone is 'Europe\/Belgrade': write that\)/);
});

test('a header named otherwise (Start Date, Latitude, Event name) gets the column meant', () => {
  const { feed, problems } = feedFromCsv('Event name,Start Date,End date,Latitude,Longitude,Titel\nA,2019-04-23,2019-04-24,41.33,19.82,B\n');
  assert.equal(feed, null);
  assert.deepEqual(problems.map((p) => p.message), [
    'unknown column "Event name" (did you mean \'title\'?); it is ignored',
    'unknown column "Start Date" (did you mean \'start\'?); it is ignored',
    'unknown column "End date" (did you mean \'end\'?); it is ignored',
    'unknown column "Latitude" (did you mean \'lat\'?); it is ignored',
    'unknown column "Longitude" (did you mean \'lon\'?); it is ignored',
    'unknown column "Titel" (did you mean \'title\'?); it is ignored',
    'the first row must name the columns, with at least "title" and "start" (found "Event name", "Start Date", "End date", "Latitude", "Longitude", "Titel")',
  ]);
});

test('what a row\'s check reports as not shown or not read (a link, an end) is not written: the feed passes its schema', () => {
  const { feed, problems } = feedFromCsv('title,start,endTime,end,url,online\nA,2019-05-01,17:00,,javascript:alert(1),www.rcc.int\nB,2019-05-01,,2019-05-01T10:00,https://rcc.int,\nC,2019-05-03,,2019-05-01,,\n');
  assert.deepEqual(feed.events, [
    { id: 'row-2', title: 'A', start: '2019-05-01' },
    { id: 'row-3', title: 'B', start: '2019-05-01', url: 'https://rcc.int' },
    { id: 'row-4', title: 'C', start: '2019-05-03' },
  ]);
  assert.deepEqual(problems.map((p) => [p.row, p.code, p.column]), [[2, 'invalid-date', 'endTime'], [2, 'unsafe-url', 'online'], [2, 'unsafe-url', 'url'], [3, 'mixed-dates', 'end'], [4, 'end-before-start', 'end']]);
  assert.equal(problems[0].message, 'the row gives an end time ("17:00") but no start time; the end is ignored (give the start time too, or clear the end time)');
  assert.deepEqual(parseFeed(feed).problems, []);
});

test('Excel\'s first line "sep=;" names the separator and is not read as the header', () => {
  for (const text of ['sep=;\r\ntitle;start;city\r\nA meeting;23.04.2019;Tirana, Albania\r\n', '\uFEFFSEP=|\ntitle|start|city\nA meeting|23.04.2019|Tirana, Albania\n']) {
    const { feed, problems } = feedFromCsv(text);
    assert.deepEqual(problems, []);
    // Its row is the file's third line: the id names it as the messages do.
    assert.deepEqual(feed.events, [{ id: 'row-3', title: 'A meeting', start: '2019-04-23', location: { city: 'Tirana, Albania' } }]);
  }
});

// Numbered from the header, every problem of a file with Excel's `sep=;` line named the line above the one meant.
test('below a "sep=;" line, every problem names the row and line the file has', async () => {
  const lines = [
    'sep=;',
    'id;title;start;status;colr;country',
    'a;A;2019-04-23;maybe;;AL',
    'b;B;23/04/2019;;;AL',
    'c;C;2019-04-25;;;SRB',
    'c;D;2019-04-26;;;AL',
    'e;"E;2019-04-27;;;AL',
    'f;F;2019-04-28;;;AL',
  ];
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  const { stderr } = await runCli(['from-csv', csv]);
  const said = stderr.trimEnd().split('\n').map((line) => line.slice(csv.length + 1));
  // Each problem's row is the line that holds what it names.
  const at = (row) => lines[Number(row) - 1];
  const rows = said.map((line) => /^(\d+):/.exec(line)?.[1]);
  assert.deepEqual(rows, ['2', '3', '4', '5', '6', '7'], stderr);
  assert.match(said[0], /unknown column "colr"/);
  assert.ok(at(rows[0]).includes('colr'));
  assert.ok(at(rows[1]).includes('maybe') && /"maybe" is not a status/.test(said[1]));
  assert.ok(at(rows[2]).includes('23/04/2019') && /"23\/04\/2019"/.test(said[2]));
  assert.ok(at(rows[3]).includes('SRB') && /"SRB"/.test(said[3]));
  // The id given twice: the first is named by its row, which is line 5.
  assert.ok(at(rows[4]).startsWith('c;D') && /row 5\b/.test(said[4]), said[4]);
  assert.ok(at(5).startsWith('c;C'));
  assert.ok(at(rows[5]).includes('"E') && /at line 7 of the file/.test(said[5]), said[5]);
  // The same rows in the library's problems.
  const { problems } = feedFromCsv(`${lines.join('\n')}\n`);
  assert.deepEqual(problems.map((p) => p.row), [2, 3, 4, 5, 6, 7]);
});

// What the base's warnings said was dropped went into the written feed all the same: a `javascript:` website, a title
// that is a number, a misspelt field. The feed then failed its schema, and validate said it all again.
test('--base: what its warnings say is not read is not written, what is read otherwise is written as read, and the feed passes its schema', async () => {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv2020({ allErrors: true, strictTypes: true });
  addFormats(ajv);
  const schemaOk = ajv.compile(JSON.parse(readText('packages/feed/feed.schema.json')));
  const dir = mkdtempSync(join(tmpdir(), 'iisg-csv-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'id,title,start,organisers\na,A,2019-04-23,rcc\n');
  const base = join(dir, 'base.json');
  writeFileSync(base, JSON.stringify({
    version: 1,
    title: 42,
    language: 'english',
    timeZone: 'Europe/Tirane',
    updated: '2026-13-45',
    titel: 'misspelt',
    countries: { KS: { name: 'Kosovo', footnote: 7 }, Kosovo: { name: 'Kosovo' }, AL: { name: { en: 'Albania', 'xx yy': 'q' } } },
    organisations: [
      { id: 'rcc', name: 'RCC', country: 'UK', website: 'javascript:alert(1)' },
      { id: 'x', name: 'X', website: '//example.org', lat: 41 },
    ],
    networks: [{ id: 'n', name: 'N', established: '2018-13', members: [5, { organisation: 'rcc', role: 'Chair' }, { role: 'Nobody' }] }],
    series: [{ id: 's', name: 'S', nameGender: 'neuter' }],
    events: [],
  }));
  const out = join(dir, 'out.json');
  const { code, stderr } = await runCli(['from-csv', csv, '--base', base, '-o', out]);
  assert.equal(code, 0, stderr);
  assert.equal(stderr.split('\n').filter((line) => line.startsWith(`${base}: warning:`)).length, 16);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual({ ...feed, events: undefined }, {
    version: 1,
    timeZone: 'Europe/Tirane',
    countries: { XK: { name: 'Kosovo' }, AL: { name: { en: 'Albania' } } },
    organisations: [{ id: 'rcc', name: 'RCC', country: 'GB' }, { id: 'x', name: 'X' }],
    networks: [{ id: 'n', name: 'N', members: [{ organisation: 'rcc', role: 'Chair' }] }],
    series: [{ id: 's', name: 'S' }],
    events: undefined,
  });
  assert.ok(schemaOk(feed), JSON.stringify(schemaOk.errors));
  const checked = await runCli(['validate', out]);
  assert.equal(checked.stderr, '1 feed, 1 event: no errors, no warnings\n');
});
