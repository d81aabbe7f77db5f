// The camera: fit, centre, zoom, and the zoom and pan a shared link carries.

import type { Core } from 'cytoscape';
import { fitView, LABEL_FREE_FIT } from './fit-view';

/** Room left around the graph when fitting. */
const FIT_PADDING = 30;

/** A camera position: zoom and pan, as the URL carries them. */
export interface CameraPosition {
  zoom: number;
  x: number;
  y: number;
}

/** The camera of the current core; `userMoved` is called for moves the user asked for (the zoom buttons). */
export interface Camera {
  get(): CameraPosition;
  set(camera: CameraPosition): void;
  /** Fits the whole graph in view (animated on small graphs). */
  fitAll(): void;
  /** Fits these actors in view (a focus, a found path); all of them when none of the keys is on the canvas. */
  fitActors(keys: Iterable<string>): void;
  /** Centres the view on an actor, keeping the zoom unless it is too far out to read labels. */
  centreOn(key: string): void;
  /** Zooms about the centre of the canvas, as the zoom buttons do. */
  zoomBy(factor: number): void;
}

/** A camera over whichever core `getCy` returns now (a new profile replaces the core). */
export function createCamera(getCy: () => Core, userMoved: () => void): Camera {
  const fitTo = (cy: Core, eles = cy.elements()) => {
    if (eles.empty()) return;
    if (eles.length > LABEL_FREE_FIT) fitView(cy, FIT_PADDING, eles);
    else cy.animate({ fit: { eles, padding: FIT_PADDING } }, { duration: 250 });
  };
  return {
    get() {
      const cy = getCy();
      return { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y };
    },
    set: (camera) => getCy().viewport({ zoom: camera.zoom, pan: { x: camera.x, y: camera.y } }),
    fitAll: () => fitTo(getCy()),
    fitActors(keys) {
      const cy = getCy();
      const actors = cy.collection();
      for (const key of keys) actors.merge(cy.getElementById(key));
      fitTo(cy, actors.nonempty() ? actors : cy.elements());
    },
    centreOn(key) {
      const cy = getCy();
      const element = cy.getElementById(key); // actors only: their cytoscape id is their key
      if (element.empty()) return;
      // Pan and zoom together, computed for the final zoom, so the element ends exactly at the centre.
      const zoom = Math.max(cy.zoom(), 1);
      const { x, y } = element.position();
      cy.animate({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } }, { duration: 250 });
    },
    zoomBy(factor) {
      const cy = getCy();
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      userMoved();
    },
  };
}
