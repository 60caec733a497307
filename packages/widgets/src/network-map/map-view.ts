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
/**
 * The widest the stage gets (width / height): the 16:10 of wide containers. The styles keep the stage no
 * wider than this where its 85vh cap would make it wider, and the drawn area (scripts/build-geometry.mjs)
 * is wide enough that the members' box of every demo network fits in it at this aspect, so no edge of the
 * drawn area shows at zoom 1.
 */
export const MAX_ASPECT = 1.6;
/** Smallest box a fit shows (map units, ~2 km each), so that one city is not shown street by street. */
const MIN_FIT = 220;

type Box = [number, number, number, number];

/**
 * What a fit shows at zoom 1: `box` (members and events) whole where the stage's aspect lets that stay inside
 * the drawn area, and `keep` (the members) whole in any case. Neither: the widest view of the drawn area.
 */
export interface Fit {
  box?: Box;
  keep?: Box;
}

/**
 * The box to fit: the bounds padded, cut to the drawn area (there is nothing to see past it), and no
 * smaller than MIN_FIT. Without bounds, undefined.
 */
export function fitBox(bounds: Box | undefined): Box | undefined {
  if (!bounds) return undefined;
  let [x0, y0, x1, y1] = bounds;
  const pad = Math.max(x1 - x0, y1 - y0) * 0.08 + 24;
  const span = (a: number, b: number, lo: number, hi: number): [number, number] => {
    [a, b] = [Math.max(a - pad, lo), Math.min(b + pad, hi)];
    if (b - a >= MIN_FIT) return [a, b];
    const size = Math.min(MIN_FIT, hi - lo);
    const start = clamp((a + b) / 2 - size / 2, lo, hi - size);
    return [start, start + size];
  };
  [x0, x1] = span(x0, x1, EXTENT[0], EXTENT[2]);
  [y0, y1] = span(y0, y1, EXTENT[1], EXTENT[3]);
  return [x0, y0, x1, y1];
}

/**
 * The viewBox for a camera (none: the fit) in a stage of `width` × `height` pixels. Zoomed out no further
 * than the widest view that stays inside the drawn area, so that its straight edges and the stage's
 * background past them do not show, unless the members at zoom 1 need more (spread across the whole
 * drawn area at an aspect it does not have). `inset`: pixels at the stage's sides that the fit keeps its
 * box out of (half a marker, the zoom buttons' column).
 */
export function viewBoxOf(camera: MapCamera | undefined, fit: Fit, width: number, height: number, inset: Inset = NO_INSET): ViewBox & { zoom: number } {
  const aspect = width / height || 1;
  const innerW = width / Math.max(1, width - inset.left - inset.right);
  const innerH = height / Math.max(1, height - inset.top - inset.bottom);
  const widest = Math.min(EXTENT[2] - EXTENT[0], (EXTENT[3] - EXTENT[1]) * aspect);
  const sizeOf = ([x0, y0, x1, y1]: Box) => Math.max((x1 - x0) * innerW, (y1 - y0) * aspect * innerH);
  // The width shown at zoom 1.
  const base = Math.max(fit.keep ? sizeOf(fit.keep) : 0, Math.min(fit.box ? sizeOf(fit.box) : widest, widest));
  const [bx0, by0, bx1, by1] = fit.box ?? EXTENT;
  const { cx, cy, zoom: wanted } = camera ?? { cx: (bx0 + bx1) / 2, cy: (by0 + by1) / 2, zoom: 1 };
  const zoom = Math.max(wanted, Math.min(1, base / widest));
  const w = base / zoom;
  const h = w / aspect;
  const unit = w / width;
  // The fit centres its box between the insets.
  const [shiftX, shiftY] = camera ? [0, 0] : [((inset.right - inset.left) / 2) * unit, ((inset.bottom - inset.top) / 2) * unit];
  // Stay over the drawn area where the view fits in it: past its edges the shapes stop in straight lines.
  const within = (start: number, size: number, lo: number, hi: number) => (size >= hi - lo ? (lo + hi) / 2 - size / 2 : clamp(start, lo, hi - size));
  let x = within(cx + shiftX - w / 2, w, EXTENT[0], EXTENT[2]);
  let y = within(cy + shiftY - h / 2, h, EXTENT[1], EXTENT[3]);
  if (!camera && fit.keep) {
    // A fit cut short by the drawn area keeps the members in view (the keep box lies inside the drawn area), clear of the insets.
    const [kx0, ky0, kx1, ky1] = fit.keep;
    x = clamp(x, kx1 - w + inset.right * unit, kx0 - inset.left * unit);
    y = clamp(y, ky1 - h + inset.bottom * unit, ky0 - inset.top * unit);
  }
  return { x, y, w, h, zoom };
}

/** Pixels at the stage's sides. */
export interface Inset {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
export const NO_INSET: Inset = { left: 0, right: 0, top: 0, bottom: 0 };

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
