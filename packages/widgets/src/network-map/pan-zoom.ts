import { clampCamera, inView, zoomAround, type MapCamera, type ViewBox } from './map-view.js';
import type { Point } from './member-places.js';

/** The element whose stage pans: clicks in its shadow root are swallowed at the end of a drag. */
type Host = { readonly renderRoot: HTMLElement | DocumentFragment };

/** How much the zoom buttons and the + and - keys zoom. */
export const ZOOM_STEP = 1.5;

/**
 * Zoom and pan of the network map: dragging the stage, Ctrl or ⌘ with the wheel, zoom steps and pan steps. The host
 * keeps the camera (`move` sets it) and tells this the view box it drew (`shown`). Not a reactive controller:
 * it needs none of the host's lifecycle.
 */
export class PanZoom {
  /** The view box of the last render. */
  shown?: ViewBox & { zoom: number };
  private drag?: { id: number; x: number; y: number; camera: MapCamera; moved: boolean; zoomed: boolean };

  constructor(
    private readonly host: Host,
    private readonly options: {
      /** Set the host's camera. */
      move: (camera: MapCamera) => void;
      /** A drag begins. */
      panStart: () => void;
    },
  ) {}

  /** The camera and viewBox of the current render. */
  currentViewBox(): { camera: MapCamera; vb: ViewBox } | undefined {
    const vb = this.shown;
    if (!vb || !this.host.renderRoot.querySelector('.stage')) return undefined;
    // What is actually shown (the view box keeps to the drawn area), so that panning has no dead zone.
    return { camera: { cx: vb.x + vb.w / 2, cy: vb.y + vb.h / 2, zoom: vb.zoom }, vb };
  }

  /** Pan to a point unless it is well inside the view. */
  bringIntoView(point: Point) {
    const box = this.currentViewBox();
    if (!box || inView(point, box.vb, 0.04)) return;
    this.options.move(clampCamera({ ...box.camera, cx: point[0], cy: point[1] }));
  }

  /** Move the view by a share of its size, as a drag would: `(0.5, 0)` half its width east. */
  panBy(x: number, y: number) {
    const current = this.currentViewBox();
    if (!current) return;
    const { camera, vb } = current;
    this.options.move(clampCamera({ ...camera, cx: camera.cx + x * vb.w, cy: camera.cy + y * vb.h }));
  }

  zoomBy(factor: number, around?: Point) {
    const current = this.currentViewBox();
    if (!current) return;
    this.options.move(zoomAround(current.camera, factor, around));
  }

  onWheel(event: WheelEvent, vb: ViewBox) {
    // Without a modifier the wheel scrolls the page, as it would over a picture.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const stage = event.currentTarget as HTMLElement;
    const rect = stage.getBoundingClientRect();
    const around: Point = [vb.x + ((event.clientX - rect.left) / rect.width) * vb.w, vb.y + ((event.clientY - rect.top) / rect.height) * vb.h];
    this.zoomBy(Math.exp(-event.deltaY / 300), around);
  }

  onPointerDown = (event: PointerEvent) => {
    // A drag may start on a marker (on a zoomed-in phone map they cover much of it; the click that ends the
    // drag is swallowed), not on the zoom or pan buttons: a tap whose finger wobbles is still their click.
    if (event.button !== 0 || (event.target as Element).closest?.('.zoom, .pan')) return;
    const current = this.currentViewBox();
    if (!current) return;
    this.drag = { id: event.pointerId, x: event.clientX, y: event.clientY, camera: current.camera, moved: false, zoomed: (event.currentTarget as Element).classList.contains('zoomed') };
  };

  onPointerMove = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      try {
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      } catch {
        // The pointer is gone already (or was never a real one): pan without capture.
      }
      this.options.panStart();
    }
    const stage = event.currentTarget as HTMLElement;
    const current = this.currentViewBox();
    if (!current) return;
    // Per screen pixel, as the pointer moves: a page that scales the map (a preview at half size) makes each half as wide.
    const unitsPerPx = current.vb.w / stage.getBoundingClientRect().width;
    this.options.move(clampCamera({ ...drag.camera, cx: drag.camera.cx - dx * unitsPerPx, cy: drag.camera.cy - dy * unitsPerPx }));
  };

  /**
   * The browser took the gesture. On a map not zoomed in, a vertical swipe scrolls the page (`touch-action`): the
   * map goes back to where it was, not left a few pixels along the swipe's start. Zoomed in, only a second finger's
   * pinch (the page's zoom) takes it: the pan made before it stays.
   */
  onPointerCancel = (event: PointerEvent) => {
    const drag = this.drag;
    if (drag?.id !== event.pointerId) return;
    this.drag = undefined;
    if (drag.moved && !drag.zoomed) this.options.move(drag.camera);
  };

  onPointerUp = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || drag.id !== event.pointerId) return;
    this.drag = undefined;
    if (drag.moved) {
      // The click that ends a drag is not a choice.
      const stop = (e: Event) => e.stopPropagation();
      this.host.renderRoot.addEventListener('click', stop, { capture: true, once: true });
      setTimeout(() => this.host.renderRoot.removeEventListener('click', stop, { capture: true }));
    }
  };
}
