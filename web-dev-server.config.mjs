// `npm start`: serves the demo from the TypeScript sources (no build step), at http://localhost:8000/demo/
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  open: process.env.CI ? false : '/demo/',
  watch: !process.env.CI,
  nodeResolve: { exportConditions: ['iisg-source', 'browser', 'development'] },
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
