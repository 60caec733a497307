// The folder a web team uploads (dist/) holds minified copies of lit, date-fns, floating-ui and ical.js, whose
// licence comments the minifier strips: their notices go beside them in THIRD-PARTY-NOTICES.txt, and ours in
// LICENSE (MIT and BSD ask for the notice with every copy; ical.js's MPL-2.0 for where its source is).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundledPackages } from '../../scripts/build-kit.mjs';

test('dist/ carries our licence and the notice of every package its modules bundle', () => {
  const names = bundledPackages('dist');
  assert.ok(names.includes('lit-html') && names.includes('ical.js'), `bundled packages found (run npm run build first): ${names.join(', ')}`);
  assert.equal(readFileSync('dist/LICENSE', 'utf8'), readFileSync('LICENSE', 'utf8'));
  const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
  for (const name of names) {
    const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    assert.ok(notices.includes(`${name} ${version} (${license})\n`), `${name} ${version} is not in THIRD-PARTY-NOTICES.txt`);
  }
  assert.match(notices, /ical\.js [\d.]+ \(MPL-2\.0\)\nhttps:\/\/github\.com\/kewisch\/ical\.js\nIts source code form: /);
});
