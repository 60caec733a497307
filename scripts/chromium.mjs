#!/usr/bin/env node
// Finds a headless Chromium for the test runner (and for screenshots).
//
// Order: $CHROME_PATH, then /usr/bin/chromium (Debian package `chromium`), then the
// Chromium shipped inside the npm package @sparticuz/chromium, unpacked once into
// node_modules/.cache/ so a machine with only Node and npm can still run the tests.
//
//   import { findChromium } from './scripts/chromium.mjs';
//   const { executablePath, args } = await findChromium();
//
// CLI: `node scripts/chromium.mjs` prints the executable path (unpacking it if needed);
// `--json` prints { executablePath, args, env } instead. `env` holds the variables the
// bundled browser wants (its own NSS/NSPR/expat libraries and fonts) when started by hand.
// Note: the bundled build is a headless shell whose own --screenshot/--dump-dom modes hang;
// drive it through puppeteer-core (launch({ executablePath, args, headless: true })) instead.

import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SPARTICUZ = '@sparticuz/chromium';

/** Flags every launch gets (as root Chromium needs --no-sandbox; the rest keep it quiet and offline). */
export const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Flags of @sparticuz/chromium that must not reach a test browser:
 * --single-process (unstable with several pages), --disable-web-security (tests must see real CORS),
 * and its --headless='shell' (the launcher adds its own --headless switch).
 */
const DROPPED = [/^--single-process$/, /^--disable-web-security$/, /^--headless(=|$)/];

function uniq(args) {
  return [...new Set(args)];
}

/** Environment the bundled browser needs; filled in only when the @sparticuz fallback is used. */
let bundledEnv = {};

/**
 * @returns {Promise<{ executablePath: string, args: string[] }>}
 */
export async function findChromium() {
  if (process.env.CHROME_PATH) {
    return { executablePath: process.env.CHROME_PATH, args: [...COMMON_ARGS] };
  }
  if (existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: [...COMMON_ARGS] };
  }
  return bundledChromium();
}

async function bundledChromium() {
  let mod;
  try {
    mod = await import(SPARTICUZ);
  } catch (error) {
    throw new Error(
      `No Chromium found: set CHROME_PATH, install Debian's "chromium", or run npm install so ` +
        `${SPARTICUZ} is present. (${error.message})`,
    );
  }
  const Chromium = mod.default;
  const entry = fileURLToPath(import.meta.resolve(SPARTICUZ)); // .../build/index.js
  const pkgDir = resolve(dirname(entry), '..');
  const binDir = join(pkgDir, 'bin');
  const requireFromPkg = createRequire(entry);
  const { version } = requireFromPkg('../package.json');

  const dir = join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  if (!existsSync(join(dir, '.complete'))) {
    await unpack(binDir, dir, requireFromPkg('tar-fs'));
  }

  // Fonts: bundled Open Sans plus whatever the system has. Libraries: the package's own
  // NSS/NSPR/expat (Amazon Linux 2023 builds), put first on LD_LIBRARY_PATH.
  process.env.FONTCONFIG_PATH ??= join(dir, 'fonts');
  mod.setupLambdaEnvironment(join(dir, 'al2023', 'lib'));
  bundledEnv = {
    LD_LIBRARY_PATH: process.env.LD_LIBRARY_PATH,
    FONTCONFIG_PATH: process.env.FONTCONFIG_PATH,
  };

  const own = Chromium.args.filter((arg) => !DROPPED.some((re) => re.test(arg)));
  return { executablePath: join(dir, 'chromium'), args: uniq([...own, ...COMMON_ARGS]) };
}

/** Unpacks chromium.br, swiftshader, fonts and al2023 libs into `dir`, atomically. */
async function unpack(binDir, dir, tar) {
  const started = Date.now();
  process.stderr.write(`[chromium] unpacking ${SPARTICUZ} into ${dir} (once) ...\n`);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const brotli = () => createBrotliDecompress({ chunkSize: 2 ** 21 });
    await Promise.all([
      pipeline(
        createReadStream(join(binDir, 'chromium.br'), { highWaterMark: 2 ** 22 }),
        brotli(),
        createWriteStream(join(tmp, 'chromium'), { mode: 0o755 }),
      ),
      // libEGL/libGLESv2/SwiftShader next to the binary, where Chromium looks for them.
      pipeline(createReadStream(join(binDir, 'swiftshader.tar.br')), brotli(), tar.extract(tmp, { chown: false })),
      pipeline(createReadStream(join(binDir, 'fonts.tar.br')), brotli(), tar.extract(join(tmp, 'fonts'), { chown: false })),
      pipeline(createReadStream(join(binDir, 'al2023.tar.br')), brotli(), tar.extract(join(tmp, 'al2023'), { chown: false })),
    ]);
    // The shipped fonts.conf points at /tmp/fonts; point it here and keep the system fonts too.
    writeFileSync(
      join(tmp, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`,
    );
    writeFileSync(join(tmp, '.complete'), new Date().toISOString() + '\n');
    try {
      renameSync(tmp, dir);
    } catch (error) {
      // Another process finished first (or a stale partial dir is in the way).
      if (existsSync(join(dir, '.complete'))) {
        rmSync(tmp, { recursive: true, force: true });
      } else {
        rmSync(dir, { recursive: true, force: true });
        renameSync(tmp, dir);
      }
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  process.stderr.write(`[chromium] unpacked in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = await findChromium();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...found, env: bundledEnv }, null, 2));
  } else {
    console.log(found.executablePath);
  }
}
