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
