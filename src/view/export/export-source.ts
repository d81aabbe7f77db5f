// What an export reads: cytoscape for geometry and style (the projection on screen), the store for the data.

import type { Core } from 'cytoscape';
import type { FieldMap } from '../../model/fields';
import type { Dataset, MeasureTable } from '../../state/app-state';
import type { ViewSettings } from '../../state/view-settings';
import type { RelationSnapshot } from '../canvas/relation-layer';
import type { Scope } from './export-types';

/** The inputs every image export shares; texts and credits come from `dataset`, never from cytoscape's data. */
export interface ExportSource {
  cy: Core;
  dataset: Dataset;
  view: ViewSettings;
  /** The measures computed so far, for a legend of communities. */
  measures: MeasureTable;
  /** On large graphs the relations are drawn by the relation layer, not cytoscape; an image draws them from here. */
  relations?: RelationSnapshot | null;
  /** What means what in the file: the date field dates an image's "As of" line. */
  fields?: FieldMap;
  /** The Time panel's as-of date, which an image's "As of" line says before the data's own date. */
  asOf?: string;
}

/** A region of the model plane and the size, in CSS pixels at 1×, it is drawn at. */
export interface GraphRegion {
  x1: number;
  y1: number;
  w: number;
  h: number;
  width: number;
  height: number;
}

/** The whole graph's bounding box at zoom 1, or the viewport's extent at the viewport's size. */
export function graphRegion(cy: Core, scope: Scope): GraphRegion {
  if (scope === 'view') {
    const { x1, y1, w, h } = cy.extent();
    return { x1, y1, w, h, width: cy.width(), height: cy.height() };
  }
  const { x1, y1, w, h } = cy.elements().boundingBox();
  return { x1, y1, w, h, width: Math.ceil(w), height: Math.ceil(h) };
}

/** Keys of the nodes the viewport shows, for data exports of the current view. */
export function keysInView(cy: Core): Set<string> {
  const { x1, y1, x2, y2 } = cy.extent();
  const keys = new Set<string>();
  cy.nodes(':visible').forEach((node) => {
    const bb = node.boundingBox({ includeLabels: false });
    if (bb.x2 >= x1 && bb.x1 <= x2 && bb.y2 >= y1 && bb.y1 <= y2) keys.add(node.id());
  });
  return keys;
}
