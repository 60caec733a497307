// What an npm user's tools read from @iisg/widgets: the custom-elements manifest its package.json names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = 'packages/widgets';

test("the custom-elements manifest's module paths are files of the package, and it declares every element", () => {
  const { customElements, files } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(pkg, customElements), 'utf8'));
  const paths = manifest.modules.map((m) => m.path);
  assert.ok(paths.length > 0);
  for (const path of paths) {
    assert.ok(existsSync(join(pkg, path)), `${path} is not in ${pkg}`);
    assert.ok(files.includes(path.split('/')[0]), `${path} is not in the published files (${files.join(', ')})`);
  }
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  assert.deepEqual(tags.sort(), ['iisg-event-calendar', 'iisg-event-card', 'iisg-event-timeline', 'iisg-network-map']);
});

// The repository's own tools read the TypeScript sources through an export condition. Named `source`, as many
// apps' bundlers and tsconfigs enable for their own monorepos, it handed such an app our raw src/*.ts: tsc failed on
// the decorators (TS1240) and Vite shipped them untransformed, so the page threw and showed nothing.
test('the packages point to their TypeScript sources only under a condition of their own, iisg-source', () => {
  for (const dir of ['packages/feed', 'packages/widgets']) {
    const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [path, target] of Object.entries(exports)) {
      if (typeof target === 'string') continue;
      const toSources = Object.entries(target).filter(([, file]) => /\/src\/.*\.ts$/.test(file)).map(([condition]) => condition);
      assert.deepEqual(toSources, ['iisg-source'], `${dir} ${path}: the conditions that give src/*.ts`);
    }
  }
});

// Tools that map a tag to the module to import read the definitions: the analyzer took shared/define.ts's helper
// for an element named "tag", found none in the elements' define.ts, and named index.ts's re-exports as written
// ('./event-card/event-card.js'), not as paths of the package (custom-elements-manifest.config.mjs corrects them).
test('the manifest defines each tag in its define.ts, by a class it declares, and every export names a module of the package', () => {
  const { customElements } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(pkg, customElements), 'utf8'));
  const paths = new Set(manifest.modules.map((m) => m.path));
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })));
  assert.deepEqual(
    definitions.map((d) => `${d.name} in ${d.in}`).sort(),
    ['event-calendar', 'event-card', 'event-timeline', 'network-map'].map((el) => `iisg-${el} in src/${el}/define.ts`),
  );
  for (const d of definitions) {
    const declared = manifest.modules.find((m) => m.path === d.declaration.module)?.declarations?.find((c) => c.name === d.declaration.name);
    assert.equal(declared?.tagName, d.name, `${d.name}: ${d.declaration.name} in ${d.declaration.module}`);
  }
  const elsewhere = manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => e.declaration?.module).filter((p) => p && !paths.has(p)));
  assert.deepEqual([...new Set(elsewhere)], [], 'exports that name a module the manifest does not have');
});
