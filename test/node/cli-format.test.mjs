// `iisg-feed format` and formatFeed (packages/feed/src/format-feed.ts), and the command line as a whole
// (usage, help, unknown commands and options). Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFeed } from '../../packages/feed/dist/format-feed.js';
import { DEMO, readText, runCli } from '../fixtures/cli/run-cli.mjs';

const messy = {
  events: [
    { tags: ['b', 'a'], 'x-cms-id': 7, start: '2019-04-23', location: { lon: 19.8, country: 'AL', city: { sq: 'Tiranë', en: 'Tirana' }, lat: 41.3 }, title: 'T', id: 'e', series: { ordinal: 3, id: 's' }, related: [{ event: 'f', kind: 'back-to-back' }], extra: 1 },
  ],
  countries: { XK: { footnote: 'F', name: 'Kosovo' }, AL: { name: 'Albania' } },
  version: 1,
  organisations: [{ website: 'https://www.rcc.int', name: 'RCC', id: 'rcc' }],
  $schema: 'feed.schema.json',
};

test('fields in the order of the format, unknown and x- fields after them, lists and translations as written', () => {
  const text = formatFeed(messy);
  assert.equal(
    text,
    `${JSON.stringify(
      {
        $schema: 'feed.schema.json',
        version: 1,
        countries: { XK: { name: 'Kosovo', footnote: 'F' }, AL: { name: 'Albania' } },
        organisations: [{ id: 'rcc', name: 'RCC', website: 'https://www.rcc.int' }],
        events: [
          { id: 'e', title: 'T', start: '2019-04-23', location: { city: { sq: 'Tiranë', en: 'Tirana' }, country: 'AL', lat: 41.3, lon: 19.8 }, series: { id: 's', ordinal: 3 }, related: [{ kind: 'back-to-back', event: 'f' }], tags: ['b', 'a'], 'x-cms-id': 7, extra: 1 },
        ],
      },
      null,
      2,
    )}\n`,
  );
  assert.equal(formatFeed(text), text); // idempotent
  assert.deepEqual(JSON.parse(formatFeed(readText(DEMO))), JSON.parse(readText(DEMO))); // no value changes
  assert.equal(formatFeed('{"version": 1, "events": [], "__proto__": {"x": 1}}'), '{\n  "version": 1,\n  "events": [],\n  "__proto__": {\n    "x": 1\n  }\n}\n');
});

test('format prints, --check lists unformatted files (exit 1), --write rewrites them; not JSON exits 1 (an error in the input), the other files are done', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-format-'));
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(messy));
  const printed = await runCli(['format', file]);
  assert.equal(printed.code, 0);
  assert.equal(printed.stdout, formatFeed(messy));

  const check = await runCli(['format', '--check', file, DEMO]);
  assert.equal(check.stdout.split('\n')[0], file);
  assert.equal(check.code, 1);

  const write = await runCli(['format', '--write', file]);
  assert.equal(write.code, 0);
  assert.equal(readFileSync(file, 'utf8'), formatFeed(messy));
  assert.equal((await runCli(['format', '--check', file])).code, 0);

  const notJson = await runCli(['format', 'test/fixtures/cli/syntax-error.json']);
  assert.equal(notJson.code, 1);
  assert.equal(notJson.stderr, 'test/fixtures/cli/syntax-error.json: error: not JSON (run iisg-feed validate test/fixtures/cli/syntax-error.json to see where)\n');
  writeFileSync(file, JSON.stringify(messy));
  const both = await runCli(['format', '--write', 'test/fixtures/cli/syntax-error.json', file]);
  assert.equal(both.code, 1);
  assert.equal(readFileSync(file, 'utf8'), formatFeed(messy));
  assert.equal((await runCli(['format', file, DEMO])).code, 2); // several files need --write or --check
});

test('the command line: help, version, unknown commands and options', async () => {
  const none = await runCli([]);
  assert.equal(none.code, 2);
  assert.match(none.stdout, /^iisg-feed: check, convert and split/);
  for (const command of ['validate', 'from-ics', 'from-csv', 'to-ics', 'split', 'format']) {
    assert.match(none.stdout, new RegExp(`\\n  ${command} `));
    const help = await runCli([command, '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: iisg-feed ${command} `));
  }
  const version = await runCli(['--version']);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(new URL('../../packages/feed/package.json', import.meta.url), 'utf8')).version);
  const unknown = await runCli(['lint', DEMO]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command 'lint'/);
  const option = await runCli(['validate', '--fix', DEMO]);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /^iisg-feed validate: unknown option '--fix'; the options are below/);
  // Near an option's name: the option meant.
  assert.match((await runCli(['validate', '--jsn', DEMO])).stderr, /^iisg-feed validate: unknown option '--jsn' \(did you mean --json\?\)/);
  const noValue = await runCli(['from-csv', 'x.csv', '--out']);
  assert.equal(noValue.code, 2);
  assert.match(noValue.stderr, /^iisg-feed from-csv: --out needs a value \(--out FILE; see below\)\n\nUsage: /);
});

test('format never changes a value: a key given twice or a number JSON cannot hold is refused, named with its line (and validate warns of both)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-format-'));
  const file = join(dir, 'feed.json');
  const text = '{"version": 1, "events": [\n  {"id": "a", "title": "A", "title": "B", "start": "2019-04-23",\n   "x-cms-id": 12345678901234567890, "location": {"lat": 41.330, "lon": 19.8200000000000000001}}\n]}\n';
  writeFileSync(file, text);
  const lines = [
    `${file}:2:29: error: 'title' is given twice in this object (first at line 2, column 15); a JSON reader keeps only the last value, so the first is lost: remove one (events[0].title)`,
    `${file}:3:16: error: the number 12345678901234567890 cannot be held exactly: a JSON reader reads it as 12345678901234567000; if it is an id or a code, write it in quotes ("12345678901234567890"), else write 12345678901234567000 (events[0].x-cms-id)`,
    `${file}:3:73: error: the number 19.8200000000000000001 cannot be held exactly: a JSON reader reads it as 19.82; if it is an id or a code, write it in quotes ("19.8200000000000000001"), else write 19.82 (events[0].location.lon)`,
  ];
  for (const args of [['format', file], ['format', '--write', file], ['format', '--check', file]]) {
    const { code, stdout, stderr } = await runCli(args);
    assert.equal(code, 1, args.join(' '));
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trimEnd().split('\n'), [...lines, `${file}: not formatted: formatting would change the values above`]);
    assert.equal(readFileSync(file, 'utf8'), text);
  }
  assert.throws(() => formatFeed(text), (error) => error.name === 'JsonLossError' && error.losses.length === 3);
  assert.equal(formatFeed('{"version": 1, "events": [], "n": 1.50, "e": 1e3}'), '{\n  "version": 1,\n  "events": [],\n  "n": 1.5,\n  "e": 1000\n}\n'); // the same values, written shorter

  const validated = await runCli(['validate', file]);
  assert.equal(validated.code, 0); // warnings: the widgets read "B" and the rounded numbers
  assert.deepEqual(validated.stdout.trimEnd().split('\n'), lines.map((l) => l.replace(': error: ', ': warning: ')));
});
