import { EXTENT, PROJECTION } from './geometry.generated.js';

const { lon0, n, f, k, tx, ty } = PROJECTION;
const RAD = Math.PI / 180;

/**
 * Longitude and latitude to map units: d3-geo's conformal conic with the constants the geometry was
 * projected with (scripts/build-geometry.mjs checks this formula against d3), so markers sit on the paths.
 */
export function project(lon: number, lat: number): [number, number] {
  const l = ((((lon - lon0 + 540) % 360) - 180) * RAD) * n;
  const r = f / Math.tan((Math.PI / 2 + lat * RAD) / 2) ** n;
  return [tx + k * r * Math.sin(l), ty - k * (f - r * Math.cos(l))];
}

/** Whether a point (map units) is inside the drawn area. */
export function drawn([x, y]: [number, number]): boolean {
  return x >= EXTENT[0] && x <= EXTENT[2] && y >= EXTENT[1] && y <= EXTENT[3];
}
