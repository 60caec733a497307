// htmlToText (packages/feed/src/ics-text.ts): HTML descriptions from Google Calendar (from-ics) and pasted from a
// CMS into a sheet (from-csv) as the feed's plain text. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedFromIcs, htmlToText } from '../../packages/feed/dist/from-ics.js';
import { runCli } from '../fixtures/cli/run-cli.mjs';

const ics = (...lines) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN', ...lines, 'END:VCALENDAR'].join('\r\n');

test('a numeric reference that names no character (past U+10FFFF, NUL, a surrogate) is U+FFFD, as browsers read it', async () => {
  assert.equal(htmlToText('<p>Agenda &#99999999; item</p>'), 'Agenda \uFFFD item');
  assert.equal(htmlToText('a&#0;b&#xD800;c&#xdfff;d&#x110000;e&#99999999999999999999;f'), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
  assert.equal(htmlToText('&#x10FFFF;&#8211;&#x1F600;'), '\u{10FFFF}–😀');
  // from-csv: the sheet was refused as a whole ("Invalid code point 99999999", exit 2).
  const dir = mkdtempSync(join(tmpdir(), 'iisg-html-'));
  const csv = join(dir, 'ent.csv');
  writeFileSync(csv, 'id,title,start,description\na,Board,2019-06-01,"<p>Agenda &#99999999; item</p>"\nb,Other,2019-06-02,plain\n');
  const { code, stdout, stderr } = await runCli(['from-csv', csv]);
  assert.equal(code, 0, stderr);
  assert.deepEqual(JSON.parse(stdout).events.map((e) => [e.id, e.description]), [['a', 'Agenda \uFFFD item'], ['b', 'plain']]);
  // from-ics: the event was left out.
  const { feed } = feedFromIcs(ics('BEGIN:VEVENT', 'UID:a', 'SUMMARY:Board', 'DTSTART;VALUE=DATE:20190601', 'DESCRIPTION:<p>Agenda &#99999999; item</p>', 'END:VEVENT'), { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(feed.events.map((e) => e.description), ['Agenda \uFFFD item']);
});

test('the named references CMSs and Outlook write are read, and the contents of <script> and <style> are dropped', () => {
  assert.equal(
    htmlToText('<p>&ldquo;Takimi&rdquo; &ndash; Pri&scaron;tina, &Scaron;abac, &Ccaron;a&ccaron;ak, &Dstrok;akovica&mdash;&Eacute;cole &hellip; 10&nbsp;&euro; &copy;&reg;&trade; &laquo;a&raquo; &bdquo;b&ldquo; &lsquo;c&rsquo; Tiran&euml; &AMP; &bogus;</p>'),
    '“Takimi” – Priština, Šabac, Čačak, Đakovica—École … 10 € ©®™ «a» „b“ ‘c’ Tiranë & &bogus;',
  );
  assert.equal(htmlToText('<style type="text/css">p { color: red }</style><p>Agenda</p><SCRIPT>alert("x")</SCRIPT >Lunch<script src="a.js"></script>'), 'Agenda\n\nLunch');
  // One that is never closed keeps its words (its tag goes); thousands of them are read in one pass.
  assert.equal(htmlToText('Agenda <script>not closed'), 'Agenda not closed');
  const started = performance.now();
  htmlToText('<script>'.repeat(30_000) + '<style x'.repeat(30_000));
  assert.ok(performance.now() - started < 1000);
});

test('a name that is no reference, but a name of every object, stays as written', () => {
  // `&constructor;` was written as "function Object() { [native code] }".
  assert.equal(htmlToText('a &constructor; b &hasOwnProperty; c &toString; d'), 'a &constructor; b &hasOwnProperty; c &toString; d');
});
