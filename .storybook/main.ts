// Storybook for the widgets, written by hand: `npx storybook init` fails on this registry (see
// /work/shared/TOOLCHAIN.md). Stories import `@iisg/widgets` from its TypeScript sources through the
// `iisg-source` export condition, like the tests and the demo do.
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';

/** Since Storybook 9 the docs pages (autodocs, the tables from custom-elements.json) are an addon. */
function installed(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

// Legacy decorators, as in tsconfig.json. Standard decorators "build" but throw in the browser.
const compilerOptions = { experimentalDecorators: true, useDefineForClassFields: false } as const;

// packages/widgets/package.json's `sideEffects` names only dist files (dist/index.js, dist/**/define.js,
// dist/**/iisg-*.js). Through the `iisg-source` condition the bundler gets src/*.ts instead, takes them as
// side-effect free and drops `import '@iisg/widgets'`: the elements were never registered in a
// `storybook build` (the dev server does not tree-shake, so it hid this). Keep the src twins.
const WIDGETS_SIDE_EFFECTS = /\/packages\/widgets\/src\/(index|(.+\/)?define|(.+\/)?iisg-[^/]*)\.ts$/;

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Used when installed (`npm i -D @storybook/addon-docs@10.6.7`); without it, stories and controls work.
  addons: installed('@storybook/addon-docs') ? ['@storybook/addon-docs'] : [],
  // An offline build with telemetry on waits for the network and takes 4x longer.
  core: { disableTelemetry: true },
  // The sample feed, at /demo/feed.json as in the demo and the tests.
  staticDirs: [{ from: '../demo', to: '/demo' }],

  async viteFinal(viteConfig) {
    const { defaultClientConditions, version } = await import('vite');
    const major = Number(version.split('.')[0]);
    viteConfig.resolve ??= {};
    // Setting `conditions` replaces Vite's defaults, so keep them after 'iisg-source'.
    const conditions = viteConfig.resolve.conditions ?? [...defaultClientConditions];
    viteConfig.resolve.conditions = ['iisg-source', ...conditions.filter((c) => c !== 'iisg-source')];

    // The web-components renderer imports 'lit/directive-helpers.js', which the dev server's dependency
    // optimizer does not discover: served raw, it brought a second lit-html ("Multiple versions of Lit
    // loaded"). Pre-bundled with the rest of lit, it shares one lit-html.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [...(viteConfig.optimizeDeps.include ?? []), 'lit', 'lit/directive-helpers.js'];

    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'iisg:widgets-source-side-effects',
        transform(_code, id) {
          return WIDGETS_SIDE_EFFECTS.test(id.split('?')[0]) ? { moduleSideEffects: true } : null;
        },
      },
    ];

    if (major >= 8) {
      // Vite 8 transforms TypeScript with Oxc, not esbuild: an `esbuild` option is converted to `oxc` and
      // only its JSX and `define` settings survive (tsconfigRaw is silently dropped). These three options
      // are Oxc's spelling of experimentalDecorators + useDefineForClassFields: false.
      viteConfig.oxc = {
        ...(viteConfig.oxc || {}),
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      };
    } else {
      viteConfig.esbuild = { ...(viteConfig.esbuild || {}), tsconfigRaw: { compilerOptions } };
    }
    return viteConfig;
  },
};

export default config;
