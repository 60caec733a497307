// The rest of the folder a web team uploads, next to the drop-in modules and their chunks in dist/: the theme
// files, a sample feed, and the configurator as plain static files (its script compiled to JavaScript; the
// widgets it runs are the folder's own). Run by scripts/build.mjs after the drop-in is built.
import { copyFileSync, cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/** The packages whose code the folder's modules hold, from their source maps (`../node_modules/lit-html/...`). */
export function bundledPackages(out = 'dist') {
  const maps = [out, `${out}/chunks`].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.js.map')).map((f) => `${dir}/${f}`));
  const names = new Set();
  for (const map of maps) {
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * The folder's licences: ours (LICENSE), and the notices of the packages bundled in its modules, which the
 * minifier strips from the code (THIRD-PARTY-NOTICES.txt): lit's BSD and the MIT licences ask for their
 * notice with every copy, and ical.js's MPL-2.0 (in the .ics chunks) for where its source is to be had.
 */
function writeNotices(out) {
  copyFileSync('LICENSE', `${out}/LICENSE`);
  const sections = bundledPackages(out).map((name) => {
    const dir = `node_modules/${name}`;
    const { version, license, repository } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
    if (!file) throw new Error(`build: ${name} has no licence file to copy into ${out}/THIRD-PARTY-NOTICES.txt`);
    const url = (typeof repository === 'string' ? repository : repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
    const source = license === 'MPL-2.0' ? `\nIts source code form: ${url} (version ${version}), and in this folder's .js.map files (sourcesContent).` : '';
    return `${name} ${version} (${license})\n${url}${source}\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
  });
  const head = 'The modules in this folder include code from these packages, minified. Their licences follow.\n';
  writeFileSync(`${out}/THIRD-PARTY-NOTICES.txt`, [head, ...sections].join(`\n${'-'.repeat(78)}\n\n`));
}

export async function buildKit(out = 'dist') {
  writeNotices(out);
  cpSync('packages/widgets/themes', `${out}/themes`, { recursive: true });
  copyFileSync('demo/feed.json', `${out}/feed.json`);
  copyFileSync('demo/configurator.css', `${out}/configurator.css`);
  // The guide the configurator points to: a web team receives this folder, not the repository.
  copyFileSync('docs/cms-editors.md', `${out}/cms-editors.md`);
  // The spreadsheet the guide starts from (Keeping the events in a spreadsheet).
  copyFileSync('packages/feed/templates/events-template.csv', `${out}/events-template.csv`);
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
