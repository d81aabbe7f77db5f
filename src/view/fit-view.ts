// Fitting the camera to elements without measuring every label, which costs seconds on large graphs.

import type { Collection, Core } from 'cytoscape';

/** Above this many elements, fits use node boxes only: cytoscape would otherwise measure every label's text. */
export const LABEL_FREE_FIT = 2000;

/** Fits `eles` (default: everything) in view with a padding; large collections skip label boxes. */
export function fitView(cy: Core, padding = 30, eles: Collection = cy.elements()): void {
  if (eles.empty()) return;
  if (eles.length <= LABEL_FREE_FIT) {
    cy.fit(eles, padding);
    return;
  }
  const bb = eles.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  const w = cy.width() - 2 * padding;
  const h = cy.height() - 2 * padding;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1))));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) },
  });
}
