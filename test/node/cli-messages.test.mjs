// The iisg-feed messages for inputs and outputs that are not what a command expects: each says which file, why,
// and what to do, with the exit code of README "Feed tools" (1 the input has errors, 2 it cannot be read or
// written, or wrong usage). Needs `npm run build` first (the CLI runs on dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, runCli } from '../fixtures/cli/run-cli.mjs';

const folder = () => mkdtempSync(join(tmpdir(), 'iisg-messages-'));
const FEED = '{"version": 1, "timeZone": "UTC", "events": [{"id": "a", "title": "A", "start": "2019-04-23"}]}\n';
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20190423\r\nSUMMARY:A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

test('an empty file is said to be empty, not "a closing \'}\' is missing"', async () => {
  const file = join(folder(), 'events.json');
  writeFileSync(file, '');
  const says = 'the file is empty; a feed is a JSON object, at least {"version": 1, "events": []} (was the export or the copy cut off?)';
  const validated = await runCli(['validate', file]);
  assert.equal(validated.code, 1);
  assert.equal(validated.stdout, `${file}:1:1: error: ${says}\n`);
  assert.deepEqual([(await runCli(['format', file])).stderr, (await runCli(['to-ics', file])).stderr], [`${file}: error: ${says}\n`, `${file}:1:1: error: ${says}\n`]);
  const split = await runCli(['split', file, '--out', folder()]);
  assert.equal(split.code, 1);
  assert.ok(split.stderr.startsWith(`${file}:1:1: error: ${says}\n`), split.stderr);
});

test('a folder given as a file is named as one, for reading and for writing', async () => {
  const dir = folder();
  const read = await runCli(['validate', dir]);
  assert.equal(read.code, 2);
  assert.match(read.stderr, /: cannot read it \(it is a folder, not a file: give the path of a file\)\n/);
  const feed = join(dir, 'events.json');
  writeFileSync(feed, FEED);
  const written = await runCli(['to-ics', feed, '--domain', 'www.rcc.int', '-o', dir]);
  assert.equal(written.code, 2);
  assert.equal(written.stderr, `iisg-feed to-ics: ${dir}: cannot write it (it is a folder, not a file: give the path of a file)\n`);
});

// It was a stack trace ("EEXIST: file already exists, mkdir"), exit 1, as if the feed had errors.
test('split --out onto a file, and an output whose folder is a file, are refused with what to give (exit 2)', async () => {
  const dir = folder();
  const feed = join(dir, 'events.json');
  writeFileSync(feed, FEED);
  const split = await runCli(['split', feed, '--out', feed]);
  assert.equal(split.code, 2);
  assert.match(split.stderr, /^iisg-feed split: --out: '.*events\.json' is a file; give a folder to write the period files and the index into \(it is made if missing\)\n\nUsage: /);
  assert.equal(readFileSync(feed, 'utf8'), FEED);
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'title,start\nA,2019-04-23\n');
  const converted = await runCli(['from-csv', csv, '-o', join(feed, 'feed.json')]);
  assert.equal(converted.code, 2);
  assert.match(converted.stderr, /^iisg-feed from-csv: .*events\.json\/feed\.json: cannot write it \((a file is there where a folder is needed|a part of its path is a file, not a folder)\)\n$/);
});

// A 600 MB feed was "not UTF-8 text; save it as UTF-8", and then Node aborted (a fatal error reading it as Windows-1252).
test('a file too large to read as one text is refused as too large, before it is read (exit 2)', async () => {
  const file = join(folder(), 'huge.json');
  // A sparse file: no disk space, and the command refuses it by its size, without reading it.
  writeFileSync(file, '');
  truncateSync(file, 500 * 2 ** 20 + 1); // a byte over the most, 500 MB
  for (const args of [['validate', file], ['format', file], ['from-csv', file]]) {
    const { code, stderr } = await runCli(args);
    assert.equal(code, 2, `${args[0]}: ${stderr}`);
    assert.match(stderr, /huge\.json: the file is too large to read \(501 MB; the most is 500 MB\); make it smaller: export it in parts \(a year each, say\) and give the command each part\n/);
  }
});

// "Maximum call stack size exceeded" was said as a usage mistake (exit 2), and format called the file "not JSON".
test('lists nested too deeply to format or split are named so, as an error of the input (exit 1)', async () => {
  const file = join(folder(), 'deep.json');
  writeFileSync(file, `{"version": 1, "events": [], "x-a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  for (const args of [['format', file], ['split', file, '--out', folder()]]) {
    const { code, stderr } = await runCli(args);
    assert.equal(code, 1, `${args[0]}: ${stderr}`);
    assert.equal(stderr, `iisg-feed ${args[0]}: ${file}: its lists or objects are nested too deeply to be read (a feed nests a few levels); check that it is the file meant, and where its brackets open and close\n`);
  }
});

// from-csv read a feed as a sheet whose columns were '{"version":1' and 'events":[{"id":"a"', and so on.
test('a feed or a calendar given to from-csv, and a feed or a sheet given to from-ics, is named with the command for it', async () => {
  const dir = folder();
  const feed = join(dir, 'events.json');
  const ics = join(dir, 'calendar.ics');
  const csv = join(dir, 'events.csv');
  writeFileSync(feed, FEED);
  writeFileSync(ics, ICS);
  writeFileSync(csv, 'title,start\nA,2019-04-23\n');
  const cases = [
    [['from-csv', feed], `${feed}:1: error: this is a JSON file (a feed?), not a spreadsheet; check a feed with: iisg-feed validate ${feed}; nothing written\n`],
    [['from-csv', ics], `${ics}:1: error: this is an iCalendar (.ics) file, not a spreadsheet; make a feed of it with: iisg-feed from-ics ${ics} -o feed.json; nothing written\n`],
  ];
  for (const [args, said] of cases) {
    const { code, stdout, stderr } = await runCli(args);
    assert.deepEqual([code, stdout, stderr], [1, '', said]);
  }
  const icsOfFeed = await runCli(['from-ics', feed]);
  assert.equal(icsOfFeed.code, 1);
  assert.match(icsOfFeed.stderr, /; this is a JSON file \(a feed\?\), not an iCalendar file; check a feed with: iisg-feed validate .*events\.json\n$/);
  const icsOfSheet = await runCli(['from-ics', csv]);
  assert.equal(icsOfSheet.code, 1);
  assert.match(icsOfSheet.stderr, /; this looks like a spreadsheet \(CSV\), not an iCalendar file; make a feed of it with: iisg-feed from-csv .*events\.csv -o feed\.json\n$/);
});

// A language's name was taken, and each text shown in whichever language came first.
test('to-ics --lang is checked as from-ics --language is: a name or a country code is refused with the tag (exit 2)', async () => {
  for (const [lang, says] of [['Albanian', "'Albanian' is not a language code (Albanian is 'sq')"], ['al', "'al' is not a language code (Albanian is 'sq')"]]) {
    const { code, stdout, stderr } = await runCli(['to-ics', DEMO, '--lang', lang]);
    assert.deepEqual([code, stdout], [2, '']);
    assert.ok(stderr.startsWith(`iisg-feed to-ics: --lang: ${says}\n\nUsage: `), stderr);
  }
  assert.equal((await runCli(['to-ics', DEMO, '--lang', 'sq', '--domain', 'www.rcc.int'])).code, 0);
});

// A feed with no event (the wrong file, an export cut short) emptied a published calendar, as from-ics and from-csv refuse to.
test('to-ics does not write a calendar without events over one that is there', async () => {
  const dir = folder();
  const feed = join(dir, 'events.json');
  const out = join(dir, 'events.ics');
  writeFileSync(feed, '{"version": 1, "events": []}\n');
  writeFileSync(out, ICS);
  const { code, stderr } = await runCli(['to-ics', feed, '--domain', 'www.rcc.int', '-o', out]);
  assert.equal(code, 1);
  assert.match(stderr, /events\.ics: nothing written: it is there already, and the feed has no event; writing would replace its events with none/);
  assert.equal(readFileSync(out, 'utf8'), ICS);
  // A new file is written: an empty calendar is what the feed holds.
  const fresh = join(dir, 'new', 'events.ics');
  assert.equal((await runCli(['to-ics', feed, '--domain', 'www.rcc.int', '-o', fresh])).code, 0);
  assert.ok(existsSync(fresh));
});

// "could not fetch it (fetch failed)" said nothing of why, nor what to do.
test('a URL that cannot be fetched says why and what to check', async () => {
  const { code, stderr } = await runCli(['validate', 'https://127.0.0.1:1/events.json']);
  assert.equal(code, 2);
  assert.match(stderr, /^https:\/\/127\.0\.0\.1:1\/events\.json: could not fetch it \(bad port\); check the address, and that this computer is online\n/);
});

// One missing file stopped format --check at it: the files after it were not checked.
test('format --check goes on past a file it cannot read, and exits 2 for it, as validate does', async () => {
  const dir = folder();
  const missing = join(dir, 'missing.json');
  const unformatted = join(dir, 'events.json');
  writeFileSync(unformatted, FEED);
  const { code, stdout, stderr } = await runCli(['format', '--check', missing, unformatted]);
  assert.equal(code, 2);
  assert.equal(stdout, `${unformatted}\n`);
  assert.match(stderr, /^iisg-feed format: .*missing\.json: cannot read it \(there is no such file: check its name, and the folder the command runs in\)\n1 of 2 files is not formatted/);
});

test('the help names every exit code, the same for every command', async () => {
  const { stdout } = await runCli(['--help']);
  assert.match(stdout, /Exit codes, the same for every command: 0 done \(warnings alone give 0\); 1 the input has errors/);
  assert.match(stdout, /2 wrong usage \(a command,\nan option or a value of one\), or a file that cannot be read or written/);
});
