// Wheel zoom by a fixed factor per notch, in place of cytoscape's, whose steps depend on the first wheel events seen.

import type { Core } from 'cytoscape';

/**
 * How much one wheel notch zooms (a Chrome notch is deltaY 100): sigma.js's zoomingRatio, as Gephi Lite zooms.
 * Cytoscape's own wheel zoomed 1.047 the first four notches and 1.028 after. See docs/design-choices.md#wheel-zoom.
 */
export const WHEEL_ZOOM_PER_NOTCH = 1.7;

/** The deltaY of one notch in pixels; line and page deltas are turned into pixels first. */
const NOTCH_PIXELS = 100;
const LINE_PIXELS = 100 / 3;
const PAGE_PIXELS = 800;

/** How long after the last wheel event the camera counts as resting (cytoscape's own wheel waits the same). */
const WHEEL_REST_MS = 150;

/** The zoom factor of one wheel event: WHEEL_ZOOM_PER_NOTCH per notch, in proportion for a trackpad's small deltas. */
export function wheelZoomFactor(event: { deltaY: number; deltaMode: number }): number {
  const unit = event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? PAGE_PIXELS : 1;
  return WHEEL_ZOOM_PER_NOTCH ** ((-event.deltaY * unit) / NOTCH_PIXELS);
}

/** The renderer state cytoscape's own wheel handler sets, so a large graph's snapshot moves instead of a redraw. */
interface WheelRenderer {
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> };
  redrawHint?(group: string, value: boolean): void;
  redraw?(): void;
}

/** Marks the renderer as wheel-zooming until the wheel rests, as cytoscape's handler does (renderer internals). */
function markWheelZooming(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => WheelRenderer | undefined }).renderer?.();
  const data = renderer?.data;
  if (!renderer || !data) return;
  data.wheelZooming = true;
  clearTimeout(data.wheelTimeout);
  data.wheelTimeout = setTimeout(() => {
    data.wheelZooming = false;
    renderer.redrawHint?.('eles', true);
    renderer.redraw?.();
  }, WHEEL_REST_MS);
}

/**
 * Takes the wheel over from cytoscape on `container` and zooms about the pointer; it emits cytoscape's 'scrollzoom'
 * so the app hears a user zoom as before. Returns the unbinding. The listener is on the document, capturing:
 * cytoscape listens on the container, capturing, from before this runs, and would otherwise see the event first.
 */
export function bindWheelZoom(cy: Core, container: HTMLElement): () => void {
  const onWheel = (event: WheelEvent) => {
    if (!(event.target instanceof Node) || !container.contains(event.target)) return;
    if (!cy.userZoomingEnabled() || !cy.userPanningEnabled()) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.buttons !== 0 || event.deltaY === 0) return; // no zoom while a drag pans or moves an actor
    const box = container.getBoundingClientRect();
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * wheelZoomFactor(event)));
    markWheelZooming(cy);
    cy.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
    cy.emit('scrollzoom');
  };
  const root = container.ownerDocument;
  root.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => root.removeEventListener('wheel', onWheel, { capture: true });
}
