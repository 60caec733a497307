/** Zoom and pan of the network map: a centre and a zoom over the box the members fit in. */
import { EXTENT } from './geometry.generated.js';
import type { Point } from './member-places.js';

export interface MapCamera {
  /** Centre, in map units. */
  cx: number;
  cy: number;
  /** 1 shows the members' box; 2 shows half of it. */
  zoom: number;
}

export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 16;
/** Smallest box a fit shows (map units, ~2 km each), so that one city is not shown street by street. */
const MIN_FIT = 220;

/** The box to fit, padded and no smaller than MIN_FIT; the whole drawn area without one. */
export function fitBox(bounds: [number, number, number, number] | undefined): [number, number, number, number] {
  if (!bounds) return EXTENT;
  let [x0, y0, x1, y1] = bounds;
  const pad = Math.max(x1 - x0, y1 - y0) * 0.08 + 24;
  [x0, y0, x1, y1] = [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
  const grow = (a: number, b: number): [number, number] => (b - a >= MIN_FIT ? [a, b] : [(a + b) / 2 - MIN_FIT / 2, (a + b) / 2 + MIN_FIT / 2]);
  [x0, x1] = grow(x0, x1);
  [y0, y1] = grow(y0, y1);
  return [x0, y0, x1, y1];
}

export function cameraFor(box: [number, number, number, number]): MapCamera {
  return { cx: (box[0] + box[2]) / 2, cy: (box[1] + box[3]) / 2, zoom: 1 };
}

/** The viewBox for a camera in a stage of `width` × `height` pixels: the fit box, shown whole at zoom 1. */
export function viewBoxOf(camera: MapCamera, box: [number, number, number, number], width: number, height: number): ViewBox & { zoom: number } {
  const aspect = width / height || 1;
  const base = Math.max(box[2] - box[0], (box[3] - box[1]) * aspect);
  // Zoomed out no further than the whole drawn area.
  const zoom = Math.max(camera.zoom, Math.min(1, base / Math.max(EXTENT[2] - EXTENT[0], (EXTENT[3] - EXTENT[1]) * aspect)));
  const w = base / zoom;
  const h = w / aspect;
  // Stay over the drawn area where the view fits in it: past its edges the shapes stop in straight lines.
  const within = (start: number, size: number, lo: number, hi: number) => (size >= hi - lo ? (lo + hi) / 2 - size / 2 : clamp(start, lo, hi - size));
  return { x: within(camera.cx - w / 2, w, EXTENT[0], EXTENT[2]), y: within(camera.cy - h / 2, h, EXTENT[1], EXTENT[3]), w, h, zoom };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keep the centre over the drawn area and the zoom within bounds. */
export function clampCamera(camera: MapCamera): MapCamera {
  return {
    cx: clamp(camera.cx, EXTENT[0], EXTENT[2]),
    cy: clamp(camera.cy, EXTENT[1], EXTENT[3]),
    zoom: clamp(camera.zoom, MIN_ZOOM, MAX_ZOOM),
  };
}

/** Zoom by `factor`, keeping the map point `around` where it is on screen. */
export function zoomAround(camera: MapCamera, factor: number, around: Point = [camera.cx, camera.cy]): MapCamera {
  const zoom = clamp(camera.zoom * factor, MIN_ZOOM, MAX_ZOOM);
  const k = camera.zoom / zoom;
  return clampCamera({ cx: around[0] + (camera.cx - around[0]) * k, cy: around[1] + (camera.cy - around[1]) * k, zoom });
}

/** Whether a point is inside a view box, `margin` (a share of the box) in from its edges. */
export function inView([x, y]: Point, vb: ViewBox, margin = 0): boolean {
  const mx = vb.w * margin;
  const my = vb.h * margin;
  return x >= vb.x + mx && x <= vb.x + vb.w - mx && y >= vb.y + my && y <= vb.y + vb.h - my;
}
