// `npm start`: serves the demo from the TypeScript sources (no build step), at http://localhost:8000/demo/
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ensureManifest } from './scripts/manifest.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  open: process.env.CI ? false : '/demo/',
  watch: !process.env.CI,
  nodeResolve: { exportConditions: ['iisg-source', 'browser', 'development'] },
  appIndex: 'demo/index.html',
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The configurator (/demo/configurator.html) reads the elements' manifest, which a fresh clone has not built.
    { name: 'iisg-manifest', serverStart: ensureManifest },
  ],
};
