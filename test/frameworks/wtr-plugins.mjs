// A dev-server plugin for the framework tests: serves React and Vue as pre-bundled ES modules, the way Vite
// pre-bundles dependencies. React ships CommonJS only, and both read `process.env.NODE_ENV`, which a browser
// lacks; web-test-runner serves modules one by one and does neither conversion by itself.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/** Bare imports the framework examples use, served from `/__framework-deps/<name>.js`. */
const PACKAGES = ['react', 'react-dom/client', 'react-dom/server', 'vue'];
const COMMONJS = new Set(['react', 'react-dom/client', 'react-dom/server']);
const PREFIX = '/__framework-deps/';
const fileOf = (name) => `${name.replace('/', '__')}.js`;

/** An entry that re-exports a package's names: for CommonJS, named one by one, so that `import { useState } from 'react'` works. */
function entry(name) {
  if (!COMMONJS.has(name)) return `export * from '${name}';\n`;
  // Ask a separate Node: React's development build, loaded here, trips over the test runner's console.
  const keys = execFileSync(process.execPath, ['-p', `Object.keys(require(${JSON.stringify(name)})).join(' ')`], { encoding: 'utf8' });
  const names = keys.trim().split(' ').filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import * as m from '${name}';\nexport default (m.default ?? m);\nexport const { ${names.join(', ')} } = (m.default ?? m);\n`;
}

let bundled;
function bundle() {
  bundled ??= build({
    entryPoints: Object.fromEntries(PACKAGES.map((name) => [fileOf(name).slice(0, -3), `framework-entry:${name}`])),
    bundle: true,
    splitting: true, // one copy of React shared by react and react-dom/client
    format: 'esm',
    write: false,
    outdir: PREFIX,
    target: 'es2022',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [
      {
        name: 'framework-entries',
        setup(b) {
          b.onResolve({ filter: /^framework-entry:/ }, (args) => ({ path: args.path.slice('framework-entry:'.length), namespace: 'framework-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'framework-entry' }, (args) => ({ contents: entry(args.path), resolveDir: process.cwd(), loader: 'js' }));
        },
      },
    ],
  }).then((result) => new Map(result.outputFiles.map((file) => [PREFIX + file.path.split('/').pop(), file.text])));
  return bundled;
}

/** @type {import('@web/dev-server-core').Plugin} */
export const frameworkDeps = {
  name: 'framework-deps',
  resolveImport({ source }) {
    if (PACKAGES.includes(source)) return PREFIX + fileOf(source);
  },
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return;
    const body = (await bundle()).get(context.path);
    return body === undefined ? undefined : { body, type: 'js' };
  },
};
