// `iisg-feed validate` (and format, to-ics and split) given a spreadsheet saved as Excel saves it: what it is, and the command that converts it,
// not how to save a feed as UTF-8 in Notepad. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../fixtures/cli/run-cli.mjs';

test('validate on a CSV in Windows-1250 or UTF-16 says to convert it with from-csv, and how to save it, not Notepad', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-validate-csv-'));
  const latin = join(dir, 'events.csv');
  writeFileSync(latin, Buffer.from('title;start\nSastanak u Pri\xe8tini;22.05.2019\n', 'latin1'));
  const plain = await runCli(['validate', latin]);
  assert.equal(plain.code, 2);
  assert.equal(plain.stdout, '');
  assert.equal(
    plain.stderr.split('\n')[0],
    `${latin}: this looks like a spreadsheet (CSV), not a feed, and it is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set "Unicode (UTF-8)"), then make a feed of it with: iisg-feed from-csv ${latin} -o feed.json`,
  );
  assert.doesNotMatch(plain.stderr, /Notepad/);

  const utf16 = join(dir, 'my events.txt');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title\tstart\nSastanak u Prištini\t22.05.2019\n', 'utf16le')]));
  const unicode = await runCli(['validate', utf16]);
  assert.equal(unicode.code, 2);
  assert.equal(unicode.stderr.split('\n')[0], `${utf16}: this looks like a spreadsheet (CSV), not a feed; make a feed of it with: iisg-feed from-csv "${utf16}" -o feed.json`);
  // And the command it names reads the file.
  assert.equal((await runCli(['from-csv', utf16])).code, 0);

  // A feed in Windows-1250 still gets the advice for a feed.
  const feed = join(dir, 'feed.json');
  writeFileSync(feed, Buffer.from('{"version": 1, "events": [{"id": "a", "title": "Pri\xe8tina", "start": "2019-04-23"}]}', 'latin1'));
  assert.match((await runCli(['validate', feed])).stderr, /not UTF-8 text; save it as UTF-8 \(in Notepad/);
});

test('format, to-ics and split on a CSV in Windows-1250 say the same: convert it with from-csv, not Notepad', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-commands-csv-'));
  const latin = join(dir, 'events.csv');
  writeFileSync(latin, Buffer.from('title;start\nSastanak u Pri\xe8tini;22.05.2019\n', 'latin1'));
  const out = join(dir, 'out');
  const run = (command, file) => runCli(command === 'split' ? [command, file, '--out', out] : [command, file]);
  for (const command of ['format', 'to-ics', 'split']) {
    const { code, stdout, stderr } = await run(command, latin);
    assert.equal(code, 2, command);
    assert.equal(stdout, '', command);
    assert.equal(stderr, `iisg-feed ${command}: ${latin}: this looks like a spreadsheet (CSV), not a feed, and it is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set "Unicode (UTF-8)"), then make a feed of it with: iisg-feed from-csv ${latin} -o feed.json\n`, command);
  }
  // A feed in Windows-1250 still gets the advice for a feed.
  const feed = join(dir, 'feed.json');
  writeFileSync(feed, Buffer.from('{"version": 1, "events": [{"id": "a", "title": "Pri\xe8tina", "start": "2019-04-23"}]}', 'latin1'));
  for (const command of ['format', 'to-ics', 'split']) assert.match((await run(command, feed)).stderr, /not UTF-8 text; save it as UTF-8 \(in Notepad/, command);
});
