// `npm start`: serves the demo from the TypeScript sources (no build step), at http://localhost:8000/demo/
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ensureManifest } from './scripts/manifest.mjs';

/** Whether nothing listens on `port` yet. */
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, () => probe.close(() => resolve(true)));
  });

/**
 * `PORT`, else 8000, else the next free port up to 8009 (with 8000 taken, the server stopped with a stack
 * trace and exit code 0). A `--port` on the command line wins over this, as wds has it.
 */
async function choosePort() {
  const wanted = Number(process.env.PORT) || 8000;
  if (process.env.PORT || process.argv.some((arg) => /^(--port|-p)(=|$)/.test(arg))) return wanted;
  for (let port = wanted; port < wanted + 10; port++) {
    if (await isFree(port)) {
      if (port !== wanted) console.log(`Port ${wanted} is in use: serving on ${port} instead (PORT=... npm start chooses one).`);
      return port;
    }
  }
  return wanted;
}

export default {
  rootDir: '.',
  port: await choosePort(),
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
