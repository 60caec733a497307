// Read by the manifest analyzer (`npm run analyze`, scripts/manifest.mjs, run from this folder). Corrects what it
// reads wrongly from our code, for tools that map tags to modules through the manifest's definitions:
// - shared/define.ts's helper calls customElements.define(tag, element): the analyzer took it for an element
//   registered as "tag";
// - each element's define.ts registers it through that helper, so the analyzer found no definition there;
// - src/index.ts's re-exports were named as written ('./event-card/event-card.js'), not as paths of the package.
import { posix } from 'node:path';

export default {
  plugins: [
    {
      name: 'iisg-definitions',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        const elements = modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ tag: d.tagName, name: d.name, module: mod.path })));
        for (const mod of modules) {
          mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && mod.path === 'src/shared/define.ts'));
          for (const e of mod.exports) {
            const from = e.declaration?.module;
            if (from?.startsWith('.')) e.declaration.module = posix.join(posix.dirname(mod.path), from).replace(/\.js$/, '.ts');
          }
          const folder = /^src\/([^/]+)\/define\.ts$/.exec(mod.path)?.[1];
          const element = folder && elements.find((el) => posix.dirname(el.module) === `src/${folder}`);
          if (element) mod.exports.push({ kind: 'custom-element-definition', name: element.tag, declaration: { name: element.name, module: element.module } });
        }
      },
    },
  ],
};
