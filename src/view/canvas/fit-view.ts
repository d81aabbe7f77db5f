// Fitting the camera to elements without measuring every label, which costs seconds on large graphs.

import type { Collection, Core } from 'cytoscape';

/** Above this many elements, fits use node boxes only: cytoscape would otherwise measure every label's text. */
export const LABEL_FREE_FIT = 2000;

/**
 * The box around the actors' shapes from positions and sizes alone. Cytoscape's boundingBox() first computes the
 * rendered style of every element (2 s of one task at 50k actors), which the first frame does again anyway.
 */
function nodeBounds(eles: Collection): { x1: number; y1: number; w: number; h: number } {
  let [x1, y1, x2, y2] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity];
  eles.nodes().forEach((node) => {
    if (node.isParent() || node.style('display') === 'none') return; // a compound box wraps its children
    const { x, y } = node.position();
    const halfW = node.numericStyle('width') / 2;
    const halfH = node.numericStyle('height') / 2;
    if (x - halfW < x1) x1 = x - halfW;
    if (x + halfW > x2) x2 = x + halfW;
    if (y - halfH < y1) y1 = y - halfH;
    if (y + halfH > y2) y2 = y + halfH;
  });
  if (x1 > x2) return eles.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** Fits `eles` (default: everything) in view with a padding; large collections skip label boxes. */
export function fitView(cy: Core, padding = 30, eles: Collection = cy.elements()): void {
  if (eles.empty()) return;
  if (eles.length <= LABEL_FREE_FIT) {
    cy.fit(eles, padding);
    return;
  }
  const bb = nodeBounds(eles);
  const w = cy.width() - 2 * padding;
  const h = cy.height() - 2 * padding;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1))));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) },
  });
}
