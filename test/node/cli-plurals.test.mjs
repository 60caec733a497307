// The counts iisg-feed prints are English: "1 event", "2 events", in every command. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../fixtures/cli/run-cli.mjs';

test('one event, one feed, one period file, one file: singular', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-plural-'));
  const feed = join(dir, 'one.json');
  writeFileSync(feed, `${JSON.stringify({ version: 1, events: [{ id: 'rnnc-3', title: '3rd Meeting of the RNNC', start: '2019-04-24' }] }, null, 1)}\n`);

  const validated = await runCli(['validate', feed]);
  assert.equal(validated.stderr, '1 feed, 1 event: no errors, no warnings\n');

  const ics = join(dir, 'one.ics');
  assert.equal((await runCli(['to-ics', feed, '-o', ics, '--domain', 'www.rcc.int'])).stderr, `1 event written to ${ics}\n`);
  assert.equal((await runCli(['from-ics', ics, '-o', join(dir, 'back.json')])).stderr, `1 event written to ${join(dir, 'back.json')}\n`);

  const csv = join(dir, 'one.csv');
  writeFileSync(csv, 'id,title,start\nrnnc-3,3rd Meeting of the RNNC,2019-04-24\n');
  assert.equal((await runCli(['from-csv', csv, '-o', join(dir, 'csv.json')])).stderr, `1 event written to ${join(dir, 'csv.json')}\n`);

  const split = await runCli(['split', feed, '--out', join(dir, 'split')]);
  assert.deepEqual(split.stdout.trimEnd().split('\n'), [
    `${join(dir, 'split', 'events-2019.json')}: 1 event (2019-01-01 to 2019-12-31)`,
    `${join(dir, 'split', 'one.json')}: index of 1 period file`,
  ]);

  const check = await runCli(['format', '--check', feed]);
  assert.equal(check.stderr, '1 of 1 file is not formatted (run iisg-feed format --write)\n');
});
