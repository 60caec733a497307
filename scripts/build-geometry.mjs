#!/usr/bin/env node
// `npm run geometry`: writes packages/widgets/src/network-map/geometry.generated.ts, the country shapes of
// <iisg-network-map>, from Natural Earth 1:50m (npm `world-atlas`). Dev-only: d3-geo and topojson never
// reach the bundle. The shapes are simplified, projected (conformal conic), clipped to south-east and
// central Europe with Belgium and western Turkey, and written as integer SVG paths keyed by ISO 3166-1
// alpha-2 (Kosovo: XK).
// The module also holds the projection's constants, so projection.ts places city markers on the same map.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const OUT = new URL('../packages/widgets/src/network-map/geometry.generated.ts', import.meta.url);

/** Planar weight (degrees²) below which a point is dropped; TOOLCHAIN.md measured 1e-3 to 3e-3. */
const SIMPLIFY = 2e-3;
/** Rings smaller than this (map units², the base frame being 1000 wide) are specks: left out. */
const MIN_RING_AREA = 3;
/** Width of the base frame, in map units (one unit is about 2 km). */
const WIDTH = 1000;
const PARALLELS = [40, 48];
const ROTATE = -18;

/** Countries the frame is fitted to: the Western Balkans, their neighbours, and Belgium. */
const FRAME = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS', 'HR', 'SI', 'AT', 'HU', 'BG', 'RO', 'GR', 'MD', 'BE', 'CZ', 'SK'];

/**
 * The drawn area, by points on its edges: Belgium's coast is in, London (-0.13, 51.51) is out. It reaches
 * east past Ankara to 39°E and north to southern Sweden so that a wide stage (map-view.ts: MAX_ASPECT,
 * 16:10) and a square one both show every demo network's members without the stage's background
 * showing past an edge. London keeps the west edge where it is, so all the width is won in the east,
 * and the north gives a square stage the height for the members that reach far east (Turkey, cut at the
 * east edge). Each degree costs bytes: 39°E and 56°N are about 1 KB gzip over 33.5°E and 55.2°N.
 */
const EDGES = { west: [1.4, 51.2], east: [39, 40], north: [18, 56], south: [18, 34.6] };

/** Natural Earth's numeric ISO 3166-1 ids of the countries near the drawn area, to alpha-2. */
const ALPHA2 = {
  '008': 'AL', '020': 'AD', '040': 'AT', '056': 'BE', '070': 'BA', '100': 'BG', '112': 'BY', '191': 'HR',
  '196': 'CY', '203': 'CZ', '208': 'DK', '250': 'FR', '276': 'DE', '300': 'GR', '348': 'HU', '380': 'IT',
  '438': 'LI', '440': 'LT', '442': 'LU', '470': 'MT', '492': 'MC', '498': 'MD', '499': 'ME', '528': 'NL',
  '616': 'PL', '642': 'RO', '643': 'RU', '674': 'SM', '688': 'RS', '703': 'SK', '705': 'SI', '756': 'CH',
  '792': 'TR', '804': 'UA', '807': 'MK', '336': 'VA', '012': 'DZ', '788': 'TN', '434': 'LY', '818': 'EG',
  '760': 'SY', '368': 'IQ', '268': 'GE', '051': 'AM', '031': 'AZ', '826': 'GB', '724': 'ES', '752': 'SE',
  '428': 'LV', '233': 'EE', '578': 'NO', '376': 'IL', '400': 'JO', '422': 'LB', '275': 'PS',
};
/** Natural Earth gives these no id. */
const BY_NAME = { Kosovo: 'XK', 'N. Cyprus': 'CY' };

const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
// Simplify before projecting and quantising: shared borders stay shared, so neighbours still meet.
const simplified = simplify(presimplify(world), SIMPLIFY);
const countries = feature(simplified, simplified.objects.countries).features;
const codeOf = (f) => (f.id !== undefined ? ALPHA2[f.id] : BY_NAME[f.properties.name]);

const frame = { type: 'FeatureCollection', features: countries.filter((f) => FRAME.includes(codeOf(f))) };
if (frame.features.length !== FRAME.length) throw new Error(`frame: found ${frame.features.map(codeOf)} of ${FRAME}`);
const projection = geoConicConformal().parallels(PARALLELS).rotate([ROTATE, 0]).precision(0.5).fitWidth(WIDTH, frame);

const [x0] = projection(EDGES.west);
const [x1] = projection(EDGES.east);
const [, y0] = projection(EDGES.north);
const [, y1] = projection(EDGES.south);
const extent = [x0, y0, x1, y1].map(Math.round);
projection.clipExtent([[extent[0], extent[1]], [extent[2], extent[3]]]);
for (const [name, point, inside] of [['London', [-0.13, 51.51], false], ['De Panne', [2.55, 51.1], true], ['Ankara', [32.85, 39.93], true], ['Berlin', [13.4, 52.52], true]]) {
  const [x, y] = projection(point);
  if ((x >= extent[0] && x <= extent[2] && y >= extent[1] && y <= extent[3]) !== inside) throw new Error(`${name} should be ${inside ? 'inside' : 'outside'} the drawn area`);
}

/** A d3-geo path context writing integer, relative SVG commands and dropping specks. */
function pathWriter() {
  let out = '';
  let ring = [];
  const rings = [];
  const flush = () => {
    // Collapse points that round to the same integer point.
    const pts = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
    ring = [];
    if (pts.length < 3 || Math.abs(area(pts)) < MIN_RING_AREA) return;
    rings.push(pts);
  };
  return {
    moveTo(x, y) {
      if (ring.length) flush();
      ring.push([Math.round(x), Math.round(y)]);
    },
    lineTo(x, y) {
      ring.push([Math.round(x), Math.round(y)]);
    },
    closePath() {
      flush();
    },
    beginPath() {},
    arc() {},
    result() {
      if (ring.length) flush();
      for (const pts of rings) {
        out += `M${pts[0][0]}${sep(pts[0][1])}l`;
        for (let i = 1; i < pts.length; i++) {
          const dx = pts[i][0] - pts[i - 1][0];
          const dy = pts[i][1] - pts[i - 1][1];
          out += `${i === 1 ? dx : sep(dx)}${sep(dy)}`;
        }
        out += 'z';
      }
      return { d: out, rings };
    },
  };
}
/** A number after another: a minus sign separates as well as a space does. */
const sep = (n) => (n < 0 ? String(n) : ` ${n}`);
const area = (pts) => pts.reduce((s, p, i) => s + p[0] * pts[(i + 1) % pts.length][1] - pts[(i + 1) % pts.length][0] * p[1], 0) / 2;

/** The interior point farthest from the edges of the largest ring: where a country's marker goes. */
function anchorOf(rings) {
  const ring = rings.reduce((a, b) => (Math.abs(area(b)) > Math.abs(area(a)) ? b : a));
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [bx0, bx1, by0, by1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = [0, 0];
  let bestDistance = -1;
  const step = Math.max(1, Math.min(bx1 - bx0, by1 - by0) / 40);
  for (let x = bx0; x <= bx1; x += step) {
    for (let y = by0; y <= by1; y += step) {
      if (!inside([x, y], ring)) continue;
      const d = edgeDistance([x, y], ring);
      if (d > bestDistance) [best, bestDistance] = [[x, y], d];
    }
  }
  return best;
}
function inside([x, y], ring) {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}
function edgeDistance(p, ring) {
  let min = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) min = Math.min(min, segmentDistance(p, ring[j], ring[i]));
  return min;
}
function segmentDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const shapes = {};
const unknown = [];
for (const f of countries) {
  const writer = pathWriter();
  geoPath(projection, writer)(f);
  const { d, rings } = writer.result();
  if (!d) continue;
  const code = codeOf(f);
  if (!code) {
    unknown.push(`${f.id} ${f.properties.name}`);
    continue;
  }
  if (shapes[code]) {
    // N. Cyprus joins Cyprus.
    shapes[code].d += d;
    shapes[code].rings.push(...rings);
  } else shapes[code] = { d, rings };
}
if (unknown.length) throw new Error(`add these to ALPHA2 in ${import.meta.url}: ${unknown.join(', ')}`);

const entries = Object.keys(shapes)
  .sort()
  .map((code) => {
    const { d, rings } = shapes[code];
    const all = rings.flat();
    const box = [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))];
    const [lon, lat] = projection.invert(anchorOf(rings)).map((v) => Math.round(v * 100) / 100);
    return `  ${code}: ['${d}', ${lon}, ${lat}, ${box.join(', ')}],`;
  });

// The runtime projection is d3's conicConformalRaw with the fitted scale and translation (see projection.ts).
const rad = Math.PI / 180;
const tany = (y) => Math.tan((Math.PI / 2 + y) / 2);
const [p0, p1] = PARALLELS.map((p) => p * rad);
const n = Math.log(Math.cos(p0) / Math.cos(p1)) / Math.log(tany(p1) / tany(p0));
const f = (Math.cos(p0) * Math.pow(tany(p0), n)) / n;
const [tx, ty] = projection.translate();
const k = projection.scale();
const round = (v) => Number(v.toPrecision(10));

const source = `// Generated by scripts/build-geometry.mjs (npm run geometry) from Natural Earth 1:50m (world-atlas): do not edit.
/** Conformal conic, parallels ${PARALLELS.join(' and ')}, centred on ${-ROTATE}°E: see projection.ts. */
export const PROJECTION = { lon0: ${-ROTATE}, n: ${round(n)}, f: ${round(f)}, k: ${round(k)}, tx: ${round(tx)}, ty: ${round(ty)} };
/** The drawn area in map units: [x0, y0, x1, y1]. */
export const EXTENT: [number, number, number, number] = [${extent.join(', ')}];
/** By ISO 3166-1 alpha-2: [SVG path, marker longitude, marker latitude, x0, y0, x1, y1]. */
export const COUNTRIES: Record<string, [string, number, number, number, number, number, number]> = {
${entries.join('\n')}
};
`;
writeFileSync(OUT, source);

// Check the runtime formula against d3 before anyone relies on it.
const project = (lon, lat) => {
  const l = ((lon + ROTATE) * rad) * n;
  const r = f / Math.pow(tany(lat * rad), n);
  return [tx + k * r * Math.sin(l), ty - k * (f - r * Math.cos(l))];
};
for (const point of [[18.41, 43.86], [4.35, 50.85], [-77.04, 38.9], [32.85, 39.93]]) {
  const [ax, ay] = projection(point);
  const [bx, by] = project(...point);
  if (Math.hypot(ax - bx, ay - by) > 0.01) throw new Error(`runtime projection differs from d3 at ${point}`);
}

const bytes = Buffer.byteLength(source);
console.log(`${OUT.pathname}: ${Object.keys(shapes).length} countries, ${(bytes / 1024).toFixed(1)} KB, ${(gzipSync(source, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
