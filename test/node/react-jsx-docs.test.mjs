// docs/developers.md, React 19: the JSX example and the declaration of the tags "for JSX in TypeScript", as a
// React 19 + strict TypeScript app that installed the packages sees them (the declaration files of dist/, no
// `iisg-source` condition). The snippets are read from the page itself, so the page cannot drift from what compiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(`${root}docs/developers.md`, 'utf8');

/** The first fenced block of `lang` after `marker` on the page. */
function blockAfter(marker, lang) {
  const at = page.indexOf(marker);
  assert.ok(at >= 0, `docs/developers.md no longer says "${marker}"`);
  const match = page.slice(at).match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  assert.ok(match, `no \`\`\`${lang} block after "${marker}"`);
  return match[1];
}

/** Type-check TSX files placed in the repository (so node_modules resolves) under strict options. */
function check(files) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    types: [],
  };
  const paths = Object.fromEntries(Object.entries(files).map(([name, code]) => [`${root}${name}`, code]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) => (name in paths ? ts.createSourceFile(name, paths[name], ts.ScriptTarget.ES2022, true) : getSourceFile(name, ...rest));
  host.fileExists = (name) => name in paths || fileExists(name);
  host.readFile = (name) => (name in paths ? paths[name] : readFile(name));
  const program = ts.createProgram(Object.keys(paths), options, host);
  const read = program.getSourceFiles().some((f) => f.fileName.includes('/packages/widgets/dist/'));
  assert.ok(read, 'no declaration file of packages/widgets/dist was read: run npm run build');
  return Object.keys(paths).flatMap((name) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => {
      const where = d.file && d.start !== undefined ? `${name.slice(root.length)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    }),
  );
}

const declaration = blockAfter('declare the tags once', 'ts');
const example = blockAfter('### React 19', 'jsx');

test("the page's declaration of the tags and its JSX example compile under strict TypeScript, with typed handlers", () => {
  const jsx = example.replace(/^import .*\n/gm, '').trim();
  const app = `import '@iisg/widgets';
import { useState } from 'react';
import type { FeedEvent } from '@iisg/feed';

export function App({ feed }: { feed: unknown }) {
  const [, setChosen] = useState<FeedEvent>();
  const [, setStatus] = useState<'ready' | 'error'>();
  return (${jsx});
}

// The handlers are typed, not any: a field the detail does not have is an error.
// @ts-expect-error detail has no 'nothing'
export const wrong = <iisg-event-calendar oniisg-event-select={(e) => e.detail.nothing} />;
`;
  assert.deepEqual(check({ 'iisg-jsx.d.ts': declaration, 'app.tsx': app }), []);
});

test("the page's declaration covers all four elements, each with its own events typed", () => {
  const app = `import '@iisg/widgets';
export const all = (
  <>
    <iisg-event-calendar date="2019-04" oniisg-range-change={(e) => e.detail.start.toUpperCase()} />
    <iisg-event-card event-id="rnnc-3" eventId="rnnc-3" oniisg-feed-load={(e) => e.detail.problems.length} />
    <iisg-event-timeline oniisg-event-select={(e) => e.detail.event.id} />
    <iisg-network-map oniisg-member-select={(e) => e.detail.members.length} />
  </>
);
`;
  assert.deepEqual(check({ 'iisg-jsx.d.ts': declaration, 'app.tsx': app }), []);
});
