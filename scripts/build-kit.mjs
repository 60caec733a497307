// The rest of the folder a web team uploads, next to the drop-in modules and their chunks in dist/: the theme
// files, a sample feed, and the configurator as plain static files (its script compiled to JavaScript; the
// widgets it runs are the folder's own). Run by scripts/build.mjs after the drop-in is built.
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { esbuildTarget } from './browsers.mjs';

/** The manifest as the configurator reads it: each element's tag, summary and attributes (374 KB down to a few). */
function manifestForConfigurator(manifest) {
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map(({ tagName, customElement, summary, description, attributes = [] }) => ({
      tagName,
      customElement,
      summary,
      description,
      attributes: attributes.map(({ name, type, default: value, description }) => ({ name, type, default: value, description })),
    }));
  return { modules: [{ declarations }] };
}

/** demo/configurator.html with its dev-server script and links swapped for the folder's. */
function configuratorPage() {
  let html = readFileSync('demo/configurator.html', 'utf8');
  const swaps = [
    ['<script type="module" src="./configurator-dev.ts"></script>', '<script type="module" src="./configurator.js"></script>'],
    [' · <a href="./index.html">Back to the demo</a>', ''],
    ['Use this server’s build (<code>/dist/</code>)', 'Use this folder’s address'],
    ['see <a href="../docs/cms-editors.md">the guide for CMS editors</a>', 'see the guide for CMS editors (<a href="./cms-editors.md"><code>cms-editors.md</code></a> in this folder, a text file)'],
  ];
  for (const [from, to] of swaps) {
    if (html.split(from).length !== 2) throw new Error(`build-kit: demo/configurator.html no longer holds ${from} once: update scripts/build-kit.mjs`);
    html = html.replace(from, to);
  }
  return html;
}

export async function buildKit(out = 'dist') {
  cpSync('packages/widgets/themes', `${out}/themes`, { recursive: true });
  copyFileSync('demo/feed.json', `${out}/feed.json`);
  copyFileSync('demo/configurator.css', `${out}/configurator.css`);
  // The guide the configurator points to: a web team receives this folder, not the repository.
  copyFileSync('docs/cms-editors.md', `${out}/cms-editors.md`);
  writeFileSync(`${out}/configurator.html`, configuratorPage());
  await build({
    entryPoints: ['demo/configurator-static.ts'],
    outfile: `${out}/configurator.js`,
    bundle: true,
    format: 'esm',
    target: esbuildTarget,
    minify: true,
    legalComments: 'none',
    conditions: ['iisg-source'],
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    plugins: [
      {
        name: 'the-folders-own-widgets',
        setup(b) {
          // The drop-in next to the page, not a second copy of the widgets inside the configurator.
          b.onResolve({ filter: /^@iisg\/widgets$/ }, () => ({ path: './iisg-widgets.min.js', external: true }));
          b.onLoad({ filter: /custom-elements\.json$/ }, (args) => ({
            contents: JSON.stringify(manifestForConfigurator(JSON.parse(readFileSync(args.path, 'utf8')))),
            loader: 'json',
          }));
        },
      },
    ],
  });
}
