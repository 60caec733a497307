// The custom-elements manifest, packages/widgets/custom-elements.json, the API the docs, Storybook and the
// configurator are made from: written by `npm run build` and `npm run analyze`, and by `npm start` when it is
// missing (a fresh clone's configurator read nothing and offered no widget).
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
export const MANIFEST = `${widgets}custom-elements.json`;

/**
 * From the package's folder: the manifest's module paths (`src/event-card/event-card.ts`) are then files the
 * published package holds, as tools that read `customElements` from its package.json expect.
 */
export function writeManifest() {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', '.', '--quiet'], { stdio: 'inherit', cwd: widgets });
}

/** For `npm start`: a manifest that cannot be written leaves the configurator empty, not the demo unserved. */
export function ensureManifest() {
  if (existsSync(MANIFEST)) return;
  try {
    writeManifest();
  } catch (error) {
    console.warn(`The elements' manifest could not be written (${error.message}); the configurator needs it: run npm run build.`);
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) writeManifest();
