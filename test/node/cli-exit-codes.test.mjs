// The exit codes of README "Feed tools", the same for every iisg-feed command: 0 done, 1 the input has
// errors (reported), 2 wrong usage or an input that cannot be read. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, fixture, runCli } from '../fixtures/cli/run-cli.mjs';

const out = () => mkdtempSync(join(tmpdir(), 'iisg-exit-'));
const COMMANDS = {
  validate: (file) => ['validate', file],
  'to-ics': (file) => ['to-ics', file, '-o', join(out(), 'events.ics')],
  split: (file) => ['split', file, '--out', out()],
};

test('validate, to-ics and split agree: 1 for a feed with errors (even none that drops an event), 0 for warnings alone', async () => {
  for (const [file, expected] of [
    [DEMO, 0],
    [fixture('inconsistent-feed.json'), 1], // a duplicate id and an end before the start: every event kept
    [fixture('broken-feed.json'), 1], // an event left out
    [fixture('syntax-error.json'), 1],
    [fixture('no-such-feed.json'), 2],
  ]) {
    for (const [name, args] of Object.entries(COMMANDS)) {
      const { code, stderr } = await runCli(args(file));
      assert.equal(code, expected, `${name} ${file}: ${stderr}`);
    }
  }
});

test('to-ics and split report the errors validate reports, and still write what they can', async () => {
  const file = fixture('inconsistent-feed.json');
  // As validate prints them, with the line and column of the value.
  const errors = [
    "5:82: error: end '2024-04-22' is before start '2024-04-23'; the event is shown on its start day only (events[0].end)",
    "7:13: error: the id 'rnnc-9' is also used by events[1]; this one is shown as 'rnnc-9~2' (events[2].id)",
  ];
  const ics = await runCli(['to-ics', file, '--domain', 'www.rcc.int']);
  assert.equal(ics.code, 1);
  assert.deepEqual(ics.stderr.trimEnd().split('\n'), errors.map((e) => `${file}:${e}`));
  assert.equal((ics.stdout.match(/BEGIN:VEVENT/g) ?? []).length, 3);

  const dir = out();
  const split = await runCli(['split', file, '--out', dir]);
  assert.equal(split.code, 1);
  assert.deepEqual(split.stderr.trimEnd().split('\n'), errors.map((e) => `${file}:${e}`));
  assert.deepEqual(readdirSync(dir).sort(), ['events-2024.json', 'events-2025.json', 'inconsistent-feed.json']);
});

test('in a clone where the feed package is not built, the command says to build it (exit 1), not a module error', async () => {
  const { copyFileSync, mkdirSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const bin = join(out(), 'bin');
  mkdirSync(bin);
  copyFileSync(new URL('../../packages/feed/bin/iisg-feed.mjs', import.meta.url), join(bin, 'iisg-feed.mjs'));
  let failure;
  try {
    execFileSync(process.execPath, [join(bin, 'iisg-feed.mjs'), '--help'], { stdio: 'pipe' });
  } catch (error) {
    failure = error;
  }
  assert.equal(failure?.status, 1);
  assert.match(String(failure.stderr), /not built .*run `npm run build`/);
});
