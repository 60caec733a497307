// The two tarballs an app installs until the first release (docs/developers.md, Install): `npm pack` in the
// repository. dist/ and custom-elements.json are not in git, so a fresh clone packed without `npm run build`
// used to give tarballs without them, which npm installs without a word and a bundler then cannot resolve
// ("Rolldown failed to resolve import "@iisg/widgets""). Each package's prepack now refuses a build that is
// missing or older than its sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) => spawnSync(npm, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });

/** What `npm pack` of each workspace would put in its tarball (runs prepack, writes nothing). */
function packedFiles() {
  const result = run(['pack', '--dry-run', '--json', '--silent', '-w', 'packages/feed', '-w', 'packages/widgets'], root);
  assert.equal(result.status, 0, `npm pack failed (run npm run build first):\n${result.stderr}`);
  const json = result.stdout.slice(result.stdout.indexOf('['));
  return Object.fromEntries(JSON.parse(json).map((p) => [p.name, new Set(p.files.map((f) => f.path))]));
}

/** Every file an export of the package names (`./*.js` patterns are checked through the elements below). */
function exportTargets(pkgDir) {
  const { exports, bin, main, types } = JSON.parse(readFileSync(join(root, pkgDir, 'package.json'), 'utf8'));
  const targets = [main, types, ...Object.values(bin ?? {})];
  for (const value of Object.values(exports)) {
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) if (!target.includes('*')) targets.push(target);
  }
  return targets.filter(Boolean).map((t) => t.replace(/^\.\//, ''));
}

test('npm pack puts into each tarball every file its exports, main, types and bin name, and each element’s entries', () => {
  const files = packedFiles();
  for (const [name, dir] of [['@iisg/feed', 'packages/feed'], ['@iisg/widgets', 'packages/widgets']]) {
    const missing = exportTargets(dir).filter((f) => !files[name].has(f));
    assert.deepEqual(missing, [], `${name}: named by package.json but not packed`);
  }
  const widgets = files['@iisg/widgets'];
  for (const element of ['event-calendar', 'event-card', 'event-timeline', 'network-map']) {
    for (const file of ['define.js', 'define.d.ts', `${element}.js`, `${element}.d.ts`]) {
      assert.ok(widgets.has(`dist/${element}/${file}`), `@iisg/widgets: dist/${element}/${file} is not packed`);
    }
  }
  assert.ok(widgets.has('custom-elements.json'));
  // MIT asks for its notice to go with every copy: package.json said "MIT" and no tarball had the text.
  for (const [name, dir] of [['@iisg/feed', 'packages/feed'], ['@iisg/widgets', 'packages/widgets']]) {
    assert.ok(files[name].has('LICENSE'), `${name}: no LICENSE packed`);
    assert.equal(readFileSync(join(root, dir, 'LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'), `${dir}/LICENSE is not the repository's`);
  }
});

// A dependency nothing imports is installed by every user for nothing (date-fns is 28 MB; @iisg/feed never used it).
test('every runtime dependency of each package is imported by its sources', async () => {
  const { readdir } = await import('node:fs/promises');
  for (const dir of ['packages/feed', 'packages/widgets']) {
    const { dependencies } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    let code = '';
    for (const sub of ['src', 'cli', 'bin']) {
      const files = await readdir(join(root, dir, sub), { recursive: true }).catch(() => []);
      for (const file of files.filter((f) => /\.(ts|mjs|js)$/.test(f))) code += readFileSync(join(root, dir, sub, file), 'utf8');
    }
    const unused = Object.keys(dependencies).filter((name) => !new RegExp(`from '${name}['/]|import\\('${name}['/]`).test(code));
    assert.deepEqual(unused, [], `${dir}: dependencies nothing imports`);
  }
});

/** A copy of a package's folder, with or without its build, to pack on its own (beside the prepack check it runs). */
function copyOf(pkgDir, withBuild) {
  const top = mkdtempSync(join(tmpdir(), 'iisg-pack-'));
  cpSync(join(root, 'scripts', 'check-packed-build.mjs'), join(top, 'scripts', 'check-packed-build.mjs'));
  const dir = join(top, pkgDir);
  const names = ['package.json', 'README.md', 'src', ...(withBuild ? ['dist', 'custom-elements.json'] : [])];
  for (const name of names) {
    try {
      cpSync(join(root, pkgDir, name), join(dir, name), { recursive: true });
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return { top, dir };
}

for (const pkgDir of ['packages/feed', 'packages/widgets']) {
  test(`${pkgDir}: npm pack refuses to pack without a build, or with one older than src/`, (t) => {
    const { top: bareTop, dir: bare } = copyOf(pkgDir, false);
    t.after(() => rmSync(bareTop, { recursive: true, force: true }));
    const withoutBuild = run(['pack', '--dry-run'], bare);
    assert.notEqual(withoutBuild.status, 0, 'packed a tarball without dist/');
    assert.match(withoutBuild.stderr, /npm run build/);

    const { top: builtTop, dir: built } = copyOf(pkgDir, true);
    t.after(() => rmSync(builtTop, { recursive: true, force: true }));
    const fresh = run(['pack', '--dry-run'], built);
    assert.equal(fresh.status, 0, fresh.stderr);

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(built, 'src', 'index.ts'), later, later); // edited (or checked out) after the build
    const stale = run(['pack', '--dry-run'], built);
    assert.notEqual(stale.status, 0, 'packed a build older than src/index.ts');
    assert.match(stale.stderr, /src\/index\.ts/);
  });
}
