// The declaration files `npm run build` writes to packages/widgets/dist, as a TypeScript project that installed
// @iisg/widgets sees them: a page that registers one element (its define.js, nothing else) gets that element's
// events typed, as a page that imports the whole package does; and they import only packages @iisg/widgets
// declares (`lit`, not `lit-html`, which a strict installer such as pnpm does not give the project).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each element's define.js and what a page listening to every event it fires writes. */
const CONSUMERS = {
  'event-card': `
    const el = document.createElement('iisg-event-card');
    el.addEventListener('iisg-feed-load', (e) => e.detail.state);`,
  'event-calendar': `
    const el = document.createElement('iisg-event-calendar');
    el.addEventListener('iisg-feed-load', (e) => e.detail.problems);
    el.addEventListener('iisg-event-select', (e) => e.detail.event.id);
    el.addEventListener('iisg-range-change', (e) => e.detail.start);`,
  'event-timeline': `
    const el = document.createElement('iisg-event-timeline');
    el.addEventListener('iisg-feed-load', (e) => e.detail.savedAt);
    el.addEventListener('iisg-event-select', (e) => e.detail.event.id);`,
  'network-map': `
    const el = document.createElement('iisg-network-map');
    el.addEventListener('iisg-feed-load', (e) => e.detail.state);
    el.addEventListener('iisg-member-select', (e) => e.detail.members);`,
};

/** Type-check `code` (a file in the repository, so node_modules/@iisg/widgets resolves) as a consumer would: dist's types, not the sources (no `iisg-source` condition). */
function check(code, extra = {}) {
  const file = `${root}consumer.ts`;
  const options = {
    ...extra,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) => (name === file ? ts.createSourceFile(name, code, ts.ScriptTarget.ES2022) : getSourceFile(name, ...rest));
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? code : readFile(name));
  const program = ts.createProgram([file], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const declarations = program.getSourceFiles().filter((f) => f.fileName.includes('/packages/widgets/dist/'));
  // Errors inside the declaration files themselves, as a project with skipLibCheck off sees them.
  const inDeclarations = declarations.flatMap((f) => program.getSemanticDiagnostics(f).concat(program.getSyntacticDiagnostics(f)))
    .map((d) => `${d.file.fileName.slice(root.length)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  return { errors, declarations, inDeclarations };
}

for (const [element, code] of Object.entries(CONSUMERS)) {
  test(`importing only @iisg/widgets/${element}/define.js types every event the element fires`, () => {
    const { errors, declarations } = check(`import '@iisg/widgets/${element}/define.js';\n${code}`);
    assert.ok(declarations.length, 'no declaration file of packages/widgets/dist was read: run npm run build');
    assert.deepEqual(errors, []);
  });
}

test('the declarations a project reads import lit, not lit-html (a package @iisg/widgets does not declare)', () => {
  for (const entry of ['@iisg/widgets', ...Object.keys(CONSUMERS).map((element) => `@iisg/widgets/${element}/define.js`)]) {
    const { declarations } = check(`import '${entry}';`);
    assert.ok(declarations.length, 'no declaration file of packages/widgets/dist was read: run npm run build');
    const litHtml = declarations.filter((f) => /["']lit-html[/"']/.test(f.text)).map((f) => f.fileName.slice(root.length));
    assert.deepEqual(litHtml, [], `${entry}: declaration files that import lit-html`);
  }
});

test('no declaration file of the package imports lit-html: every module is importable through the ./*.js export', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dist = `${root}packages/widgets/dist`;
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.d.ts'));
  assert.ok(files.length > 20, 'run npm run build first');
  const litHtml = [];
  for (const file of files) if (/["']lit-html[/"']/.test(await readFile(`${dist}/${file}`, 'utf8'))) litHtml.push(file);
  assert.deepEqual(litHtml, []);
});

// Every module is importable through the ./*.js export, so each declaration file must compile on its own: stripInternal
// once dropped a type a comment happened to mention `@internal` in, and url-sync.d.ts named a type it no longer had.
test('every declaration file of the package compiles, as a project with skipLibCheck off reads it', async () => {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(`${root}packages/widgets/dist`, { recursive: true })).filter((f) => f.endsWith('.d.ts'));
  assert.ok(files.length > 20, 'run npm run build first');
  const { errors, inDeclarations } = check(files.map((f) => `import '@iisg/widgets/${f.replace(/\.d\.ts$/, '.js')}';`).join('\n'));
  assert.deepEqual(errors, []);
  assert.deepEqual(inDeclarations, []);
});

// docs/developers.md, "Your own element": a project with exactOptionalPropertyTypes (a common strict setting) could not
// pass `{ src: this.src }`, whose src may be undefined, to the FeedController (TS2375).
test('the docs’ own element with a FeedController compiles under exactOptionalPropertyTypes, and TimeZoneMode is exported', () => {
  const { errors, declarations } = check(
    `import { LitElement } from 'lit';
    import { FeedController, type TimeZoneMode } from '@iisg/widgets';
    export class LatestEvent extends LitElement {
      src?: string;
      timeout?: number;
      zone: TimeZoneMode = 'local';
      feed = new FeedController(this, () => ({ src: this.src, timeout: this.timeout }));
    }`,
    { exactOptionalPropertyTypes: true },
  );
  assert.ok(declarations.length, 'no declaration file of packages/widgets/dist was read: run npm run build');
  assert.deepEqual(errors, []);
});
