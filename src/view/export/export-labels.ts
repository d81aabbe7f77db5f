// The labels a picture draws, wired to the graph and cytoscape: each actor weighted by the size measure (its drawn
// size, from the store's data and measures), and, for PNG and JPEG, the other labels lifted while cytoscape draws.

import type { Core, NodeSingular } from 'cytoscape';
import { createNodeSize } from '../appearance/node-appearance';
import type { ExportSource } from './export-source';
import type { LabelMode } from './export-types';
import { type LabelBox, type LabelCandidate, placeLabels } from './place-labels';

/** Each actor's placement weight (its size under "Size by") and degree, read from the data, never from cytoscape. */
export function labelWeights(source: ExportSource): (key: string) => { weight: number; degree: number } {
  const { graph } = source.dataset;
  const size = createNodeSize(graph, source.view.sizeBy, source.measures);
  return (key) =>
    graph.hasNode(key)
      ? { weight: size(graph.getNodeAttributes(key), key), degree: graph.degree(key) }
      : { weight: 0, degree: 0 };
}

/** A node's label box as cytoscape lays it out (its own font metrics and wrapping), in model coordinates. */
function cytoscapeLabelBox(node: NodeSingular): LabelBox {
  const { x1, y1, x2, y2 } = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return { x1, y1, x2, y2 };
}

/** The labels cytoscape will draw in a raster picture under `mode`, placed from the largest actor down. */
export function rasterLabels(cy: Core, source: ExportSource, mode: LabelMode): LabelCandidate[] {
  const weigh = labelWeights(source);
  const candidates: LabelCandidate[] = [];
  cy.nodes(':visible').forEach((node) => {
    if (!node.style('label')) return;
    candidates.push({ key: node.id(), box: cytoscapeLabelBox(node), ...weigh(node.id()) });
  });
  return placeLabels(candidates, mode);
}

/**
 * Runs a synchronous draw with only the labels of `keep` shown (style bypasses, removed before the screen repaints,
 * as in withPlainLook); with every label kept it changes nothing. The others get `text-opacity: 0`, which cytoscape
 * skips with their plates: an empty `label` bypass would not do, since cytoscape reads '' as "remove the bypass".
 */
export function withLabelsOf<T>(cy: Core, keep: ReadonlySet<string>, draw: () => T): T {
  const lifted = cy.nodes().filter((node) => !keep.has(node.id()) && Boolean(node.style('label')));
  if (lifted.empty()) return draw();
  cy.batch(() => {
    lifted.style('text-opacity', 0);
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      lifted.removeStyle('text-opacity');
    });
  }
}
