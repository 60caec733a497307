// A package's `prepack`: `npm pack` stops, saying what to run, when the build it would pack is missing or older
// than the package's src/. dist/ and custom-elements.json are not in git, so a fresh clone packed without
// `npm run build` gave tarballs without them, which npm installs without a word (docs/developers.md, Install).
// Run in the package's folder, with the built files to check: node ../../scripts/check-packed-build.mjs dist/index.js ...
import { existsSync, readdirSync, statSync } from 'node:fs';

const age = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);
const built = Math.min(...process.argv.slice(2).map(age));
// Sources only: an editor's swap file or a Finder .DS_Store in src/ is not a change to build.
const newer = built < 0 ? undefined : readdirSync('src', { recursive: true }).find((file) => /\.(ts|js|css|json)$/.test(file) && age(`src/${file}`) > built);
if (built < 0 || newer) {
  const why = built < 0 ? 'dist/ is not built' : `src/${newer} is newer than the build`;
  console.error(`${process.env.npm_package_name}: nothing up to date to pack: ${why}. At the root of the repository run npm ci, then npm run build, then npm pack (docs/developers.md, Install).`);
  process.exit(1);
}
