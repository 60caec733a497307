// `iisg-feed validate`: problems with the line and column of the value concerned, exit codes, --json, URLs,
// and the checks it adds to parseFeed's (feedChecks). Needs `npm run build` first (the CLI runs on dist/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, fixture, readText, runCli, serve } from '../fixtures/cli/run-cli.mjs';
import { feedChecks } from '../../packages/feed/dist/validate-feed.js';
import { parseFeed } from '../../packages/feed/dist/index.js';
import { readSource } from '../../packages/feed/cli/io.mjs';

const BROKEN = 'test/fixtures/cli/broken-feed.json';

test('the demo feed has no problems: exit 0, no output, a summary on stderr', async () => {
  const { code, stdout, stderr } = await runCli(['validate', DEMO]);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /1 feed, 15 events: no errors, no warnings/);
});

test('every problem of a broken feed, at the line and column of its value, in file order', async () => {
  const { code, stdout } = await runCli(['validate', BROKEN]);
  assert.equal(code, 1);
  // Lines and columns counted by hand in test/fixtures/cli/broken-feed.json.
  assert.deepEqual(stdout.trimEnd().split('\n'), [
    `${BROKEN}:12:76: warning: no network with id 'nfp-group' in "networks" (series[1].network)`,
    `${BROKEN}:17:7: warning: unknown field 'titel' (did you mean 'title'?); it is ignored (events[0].titel)`,
    `${BROKEN}:21:29: warning: no organisation with id 'eud-bih' in "organisations" (events[0].organisers[1])`,
    `${BROKEN}:22:28: warning: no network with id 'iisg' in "networks" (events[0].networks[1])`,
    `${BROKEN}:28:16: error: '2019-02-30' is not a date: February 2019 has 28 days; the event is left out (events[1].start)`,
    `${BROKEN}:35:14: error: end '2019-04-23' is before start '2019-04-24'; the event is shown on its start day only (events[2].end)`,
    `${BROKEN}:36:53: error: ordinal 2 of series 'rnnc-meetings' is also given to events[0]; two meetings cannot both be number 2 (mark one that did not take place as cancelled) (events[2].series.ordinal)`,
    `${BROKEN}:38:44: warning: 'nfp-7' does not list 'rnnc-3b' as back-to-back; state the link on both events (events[2].related[0].event)`,
    `${BROKEN}:39:44: warning: no event with id 'nfp-8' in this feed (events[2].related[1].event)`,
    // A missing field is placed at the object that lacks it.
    `${BROKEN}:47:5: error: the event has no title; the event is left out (events[4].title)`,
    `${BROKEN}:52:13: error: the id 'nfp-7' is also used by events[3]; this one is shown as 'nfp-7~2' (events[5].id)`,
  ]);
});

// The form is right and the parser's example of the form ('use 2019-04-23') did not say what is wrong: the day.
test('a date or date-time on a day its month does not have is an error that names the month\'s length', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-days-'));
  const file = join(dir, 'feed.json');
  const feed = {
    version: 1,
    timeZone: 'Europe/Belgrade',
    updated: '2019-02-29T10:00Z',
    networks: [{ id: 'n', name: 'N', established: '2018-06-31' }],
    events: [
      { id: 'a', title: 'A', start: '2019-02-30' },
      { id: 'b', title: 'B', start: '2019-04-31T10:00' },
      { id: 'c', title: 'C', start: '2019-04-01', end: '2019-04-31' },
      { id: 'd', title: 'D', start: '2019-04-00' },
      { id: 'e', title: 'E', start: '2019-13-01' },
      { id: 'f', title: 'F', start: '2020-02-29T10:00' },
    ],
  };
  writeFileSync(file, JSON.stringify(feed, null, 1));
  const { code, stdout } = await runCli(['validate', '--json', file]);
  assert.equal(code, 1);
  const said = Object.fromEntries(JSON.parse(stdout).map((p) => [p.path, `${p.severity}: ${p.message}`]));
  assert.deepEqual(said, {
    updated: "warning: '2019-02-29T10:00Z' is not a date: February 2019 has 28 days (2019 is not a leap year); it is ignored",
    'networks[0].established': "warning: '2018-06-31' is not a date: June 2018 has 30 days; it is ignored",
    'events[0].start': "error: '2019-02-30' is not a date: February 2019 has 28 days; the event is left out",
    'events[1].start': "error: '2019-04-31T10:00' is not a date: April 2019 has 30 days; the event is left out",
    'events[2].end': "error: '2019-04-31' is not a date: April 2019 has 30 days; the event is shown on its start day only",
    'events[3].start': "error: '2019-04-00' is not a date: there is no day 00 (a month's first day is 2019-04-01); the event is left out",
    // Not a month at all: the form's example is the help.
    'events[4].start': "error: '2019-13-01' is not a date (use 2019-04-23 or 2019-04-23T09:30); the event is left out",
  });
  // The widgets read the feed so too: the same events left out, the same dates not used.
  const parsed = parseFeed(feed, { viewerTimeZone: 'UTC' });
  assert.deepEqual(parsed.problems.map((p) => `${p.severity} ${p.path}`).sort(), Object.entries(said).map(([path, s]) => `${s.split(':')[0]} ${path}`).sort());
  assert.deepEqual(parsed.feed.events.map((e) => e.id), ['c', 'f']);
});

test('each reported position points at the value in the text', async () => {
  const text = readText(fixture('broken-feed.json'));
  const lines = text.split('\n');
  const { stdout } = await runCli(['validate', '--json', BROKEN]);
  const expected = { 'events[1].start': '"2019-02-30"', 'events[2].end': '"2019-04-23"', 'events[5].id': '"nfp-7"', 'events[0].titel': '"titel"', 'series[1].network': '"nfp-group"', 'events[2].series.ordinal': '2' };
  const problems = JSON.parse(stdout);
  for (const [path, value] of Object.entries(expected)) {
    const p = problems.find((q) => q.path === path);
    assert.ok(p, path);
    assert.ok(lines[p.line - 1].slice(p.column - 1).startsWith(value), `${path} at ${p.line}:${p.column}`);
  }
});

test('--json gives every field a program needs', async () => {
  const { code, stdout } = await runCli(['validate', '--json', BROKEN]);
  assert.equal(code, 1);
  const problems = JSON.parse(stdout);
  assert.equal(problems.length, 11);
  assert.deepEqual(problems.find((p) => p.code === 'duplicate-id'), {
    file: BROKEN,
    line: 52,
    column: 13,
    severity: 'error',
    code: 'duplicate-id',
    message: "the id 'nfp-7' is also used by events[3]; this one is shown as 'nfp-7~2'",
    path: 'events[5].id',
    eventId: 'nfp-7~2',
  });
});

test('a syntax error is placed where it is; warnings alone exit 0; a missing file exits 2', async () => {
  const syntax = await runCli(['validate', 'test/fixtures/cli/syntax-error.json']);
  assert.equal(syntax.code, 1);
  assert.equal(syntax.stdout, 'test/fixtures/cli/syntax-error.json:5:3: error: the feed is not valid JSON (unexpected \']\' at line 5, column 3: remove the comma before the \']\')\n');

  const dir = mkdtempSync(join(tmpdir(), 'iisg-validate-'));
  const warnings = join(dir, 'warnings.json');
  writeFileSync(warnings, '{"version": 1, "events": [{"id": "a", "title": "A", "start": "2019-04-23", "organisers": ["nobody"]}]}');
  const warned = await runCli(['validate', warnings]);
  assert.equal(warned.code, 0);
  assert.match(warned.stdout, /:1:91: warning: no organisation with id 'nobody'/);

  const missing = await runCli(['validate', join(dir, 'nothing-here.json'), DEMO]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nothing-here\.json: cannot read it \(there is no such file: check its name, and the folder the command runs in\)/);
});

test('a byte-order mark and CRLF line ends do not shift the columns', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-validate-'));
  const file = join(dir, 'bom.json');
  const line1 = '{"version": 1, "titel": "Ä", "events": [';
  const line3 = '  {"id": "b", "title": "B", "start": "2019-13-01"}';
  writeFileSync(file, `\uFEFF${line1}\r\n  {"id": "a", "title": "A", "start": "2019-04-23"},\r\n${line3}\r\n]}\r\n`);
  const { stdout } = await runCli(['validate', file]);
  assert.deepEqual(
    stdout.split('\n').filter(Boolean).map((l) => l.slice(file.length + 1, l.indexOf(': ', file.length + 1))),
    [`1:${line1.indexOf('"titel"') + 1}`, `3:${line3.indexOf('"2019-13-01"') + 1}`],
  );
});

test('a feed in UTF-16 is refused by every command that reads a feed, since browsers read feeds as UTF-8 only; the summary says a file was not read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-validate-'));
  const json = '{"version": 1, "events": [{"id": "a", "title": "Prishtinë", "start": "2019-04-23"}]}';
  const withBom = join(dir, 'bom16.json');
  writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
  const withoutBom = join(dir, 'plain16.json');
  writeFileSync(withoutBom, Buffer.from(json, 'utf16le'));
  const advice = 'save it as UTF-8 (in Notepad: File, Save as, Encoding "UTF-8"; in VS Code: click the encoding in the status bar, Save with Encoding, UTF-8)';
  for (const file of [withBom, withoutBom]) {
    const validated = await runCli(['validate', file]);
    assert.equal(validated.code, 2);
    assert.equal(validated.stderr, `${file}: the file is UTF-16 text, and browsers read a feed as UTF-8 only, so the widgets cannot read it; ${advice}\n1 file could not be read (see above), so nothing was checked\n`);
    for (const args of [['format', file], ['to-ics', file], ['split', file, '--out', join(dir, 'split')], ['from-csv', fixture('events-semicolon.csv'), '--base', file]]) {
      const refused = await runCli(args);
      assert.equal(refused.code, 2, args.join(' '));
      assert.match(refused.stderr, /the file is UTF-16 text, and browsers read a feed as UTF-8 only/, args.join(' '));
    }
  }
  const both = await runCli(['validate', withBom, DEMO]);
  assert.match(both.stderr, /\n1 file could not be read \(see above\); 1 feed, 15 events: no errors, no warnings\n$/);

  // Windows-1250: how to save it from an editor, not from Excel.
  const latin = join(dir, 'windows-1250.json');
  writeFileSync(latin, Buffer.from('{"version": 1, "events": [{"id": "a", "title": "Pri\xe8tina", "start": "2019-04-23"}]}', 'latin1'));
  const refused = await runCli(['validate', latin]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, new RegExp(`: the file is not UTF-8 text; ${advice.replace(/[()]/g, '\\$&')}\n`));
  assert.doesNotMatch(refused.stderr, /Excel/);
});

test('an .ics or CSV file given where a feed is expected: validate, format, to-ics and split say what it is and which command converts it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-validate-'));
  const ics = join(dir, 'calendar.ics');
  writeFileSync(ics, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
  const csv = join(dir, 'my events.csv');
  writeFileSync(csv, '\uFEFFid;title;start\nrnnc-3;RNNC;2019-04-24\n');
  const icsSays = `this is an iCalendar (.ics) file, not a feed; make a feed of it with: iisg-feed from-ics ${ics} -o feed.json`;
  const csvSays = `this looks like a spreadsheet (CSV), not a feed; make a feed of it with: iisg-feed from-csv "${csv}" -o feed.json`;
  for (const [file, says] of [[ics, icsSays], [csv, csvSays]]) {
    const validated = await runCli(['validate', file]);
    assert.equal(validated.code, 1);
    assert.equal(validated.stdout, `${file}:1:1: error: ${says}\n`);
    assert.equal((await runCli(['format', file])).stderr, `${file}: error: ${says}\n`);
    // As validate places it: at line 1, column 1.
    assert.equal((await runCli(['to-ics', file])).stderr, `${file}:1:1: error: ${says}\n`);
    assert.ok((await runCli(['split', file, '--out', join(dir, 'out')])).stderr.startsWith(`${file}:1:1: error: ${says}\n`));
  }
  // A feed with a syntax error is still placed at its error.
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '"version": 1, "events": []\n');
  assert.match((await runCli(['validate', broken])).stdout, /: error: the feed is not valid JSON/);
});

let server;
before(async () => {
  server = await serve({
    '/events.json': [200, 'application/json', readText(DEMO)],
    '/broken.json': [200, 'application/json', readText(fixture('broken-feed.json'))],
  });
});
after(() => server.close());

test('a feed given by URL is fetched; a failed download exits 2', async () => {
  const ok = await runCli(['validate', server.url('/events.json')]);
  assert.equal(ok.code, 0, ok.stderr);
  const broken = await runCli(['validate', server.url('/broken.json')]);
  assert.equal(broken.code, 1);
  assert.ok(broken.stdout.startsWith(`${server.url('/broken.json')}:12:76: warning:`), broken.stdout);
  const missing = await runCli(['validate', server.url('/gone.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /the server answered 404/);
});

test('a webcal:// address (as calendar links give it) is fetched as https://, not looked for as a file', async () => {
  const asked = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => {
    asked.push(url);
    return new Response('{"version": 1, "events": []}', { status: 200 });
  };
  try {
    const { text, baseUrl } = await readSource('webcal://calendar.example.org/rnnc.json', 'json');
    assert.deepEqual(asked, ['https://calendar.example.org/rnnc.json']);
    assert.equal(text, '{"version": 1, "events": []}');
    assert.equal(baseUrl, 'https://calendar.example.org/rnnc.json');
  } finally {
    globalThis.fetch = realFetch;
  }
  // The command line: a server that does not speak https is a failed download (exit 2) that names the https address.
  const { code, stderr } = await runCli(['validate', server.url('/events.json').replace('http:', 'webcal:')]);
  assert.equal(code, 2);
  assert.match(stderr, /^webcal:\/\/127\.0\.0\.1:\d+\/events\.json: could not fetch https:\/\/127\.0\.0\.1:\d+\/events\.json \(/);
});

test('--periods checks the period files of an index too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-periods-'));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ version: 1, periods: [{ from: '2019-01-01', to: '2019-12-31', url: 'events-2019.json' }], events: [] }));
  writeFileSync(join(dir, 'events-2019.json'), JSON.stringify({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-02-30' }] }));
  const without = await runCli(['validate', join(dir, 'index.json')]);
  assert.equal(without.code, 0);
  const withPeriods = await runCli(['validate', '--periods', join(dir, 'index.json')]);
  assert.equal(withPeriods.code, 1);
  assert.match(withPeriods.stdout, /events-2019\.json:1:54: error: '2019-02-30' is not a date/);
});

test('--periods: an id used in two period files is an error, with both files named (split keeps a duplicate id in both)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-periods-'));
  const feed = join(dir, 'dup.json');
  writeFileSync(feed, JSON.stringify({ version: 1, events: [{ id: 'dup', title: 'A 2018', start: '2018-05-01' }, { id: 'dup', title: 'B 2019', start: '2019-05-01' }, { id: 'c', title: 'C', start: '2019-06-01' }] }));
  const out = join(dir, 'out');
  assert.equal((await runCli(['split', feed, '--out', out])).code, 1); // the duplicate is reported, the files written
  const { code, stdout } = await runCli(['validate', '--periods', join(out, 'dup.json')]);
  assert.equal(code, 1);
  assert.equal(stdout, `${join(out, 'events-2019.json')}:5:13: error: the id 'dup' is also used in ${join(out, 'events-2018.json')} (events[0]); an id must be unique across the period files of an index (the widgets show one of the two as 'dup~2') (events[0].id)\n`);
  // Two indexes given together are two archives: the same id in each is no problem.
  const indexes = ['a', 'b'].map((name) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'index.json'), JSON.stringify({ version: 1, periods: [{ from: '2019-01-01', to: '2019-12-31', url: 'events-2019.json' }], events: [] }));
    writeFileSync(join(dir, name, 'events-2019.json'), JSON.stringify({ version: 1, events: [{ id: 'same', title: name, start: '2019-04-23' }] }));
    return join(dir, name, 'index.json');
  });
  const both = await runCli(['validate', '--periods', ...indexes]);
  assert.equal(both.code, 0, both.stdout);
  assert.equal(both.stderr, '4 feeds, 2 events: no errors, no warnings\n');
});

test('feedChecks: a cancelled meeting may share its ordinal; a self-link and distant back-to-back links are reported', () => {
  const raw = {
    version: 1,
    series: [{ id: 's', name: 'Meeting' }],
    events: [
      { id: 'a', title: 'A', start: '2019-04-23', series: { id: 's', ordinal: 5 }, status: 'cancelled', related: [{ kind: 'back-to-back', event: 'a' }] },
      { id: 'b', title: 'B', start: '2019-06-23', series: { id: 's', ordinal: 5 }, related: [{ kind: 'back-to-back', event: 'c' }] },
      { id: 'c', title: 'C', start: '2019-04-24', series: { id: 's', ordinal: 6 }, related: [{ kind: 'back-to-back', event: 'b' }] },
    ],
  };
  const { feed } = parseFeed(raw, { viewerTimeZone: 'UTC' });
  const problems = feedChecks(feed, raw);
  assert.deepEqual(
    problems.map((p) => [p.code, p.path]),
    [
      ['self-link', 'events[0].related[0].event'],
      ['distant-back-to-back', 'events[1].related[0].event'],
      ['distant-back-to-back', 'events[2].related[0].event'],
    ],
  );
  raw.events[0].status = 'scheduled';
  const again = feedChecks(parseFeed(raw, { viewerTimeZone: 'UTC' }).feed, raw);
  assert.deepEqual(again.filter((p) => p.code === 'duplicate-ordinal').map((p) => p.path), ['events[1].series.ordinal']);
});

test('a value with control characters is printed escaped: no line of its own making, no ANSI escape reaches the terminal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-validate-'));
  const file = join(dir, 'inj.json');
  const url = 'x\nfake.json:1:1: error: injected \u001b[2J\u001b[31m\u202e\u0085';
  writeFileSync(file, JSON.stringify({ version: 1, timeZone: 'UTC', events: [{ id: 'a', title: 'A', start: '2019-04-23', url }] }));
  const { code, stdout } = await runCli(['validate', file]);
  assert.equal(code, 0);
  assert.equal(stdout, `${file}:1:90: warning: 'x\\nfake.json:1:1: error: injected \\u001b[2J\\u001b[31m\\u202e\\u0085' is not an http(s) or mailto link; it is not shown (events[0].url)\n`);
  // --json gives the value as it is: JSON escapes it.
  assert.equal(JSON.parse((await runCli(['validate', '--json', file])).stdout)[0].message.slice(1, url.length + 1), url);
  // The converters' problems likewise (a line break in a link's cell is read as a space already).
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'title,start,url\nA,2019-04-23,javascript:x\u001b[31m\n');
  const { stderr } = await runCli(['from-csv', csv]);
  assert.ok(!stderr.includes('\u001b'), stderr);
  assert.match(stderr, /'javascript:x\\u001b\[31m' is not an http\(s\) or mailto link/);
});
