// feedFromIcs (packages/feed/src/from-ics.ts) and changes to one occurrence of a recurring event
// (RECURRENCE-ID overrides): which of two versions is current, changes whose recurring event is missing or
// does not recur, changes to an occurrence the event does not have, and the clock their times are written on.
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { feedFromIcs } from '../../packages/feed/dist/from-ics.js';

const SRC = new URL('../../packages/feed/src/', import.meta.url);

test('IcsProblem.code lists every code the reader gives', () => {
  const files = readdirSync(SRC).filter((name) => /^(from-ics|ics-).*\.ts$/.test(name));
  const sources = files.map((name) => readFileSync(new URL(name, SRC), 'utf8'));
  const given = new Set(sources.flatMap((text) => [...text.matchAll(/'(?:warning|error)', '([a-z-]+)'|code: '([a-z-]+)'/g)].map((m) => m[1] ?? m[2])));
  const fromIcs = sources[files.indexOf('from-ics.ts')];
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*code: string;/.exec(fromIcs.slice(fromIcs.indexOf('interface IcsProblem')))[1];
  const listed = new Set([...doc.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
  assert.ok(given.size >= 18, [...given].join(' '));
  assert.deepEqual([...given].filter((code) => !listed.has(code)), []);
  assert.deepEqual([...listed].filter((code) => !given.has(code)), []);
});
