// Places nodes: stored positions as they are, otherwise a force-directed layout that keeps labels apart.

import type { Core, LayoutOptions } from 'cytoscape';

let fcoseRegistered: Promise<void> | undefined;

/** Loads and registers fcose once, on first need, so a dataset with stored positions never downloads it. */
async function ensureFcose(cytoscape: (ext: cytoscape.Ext) => void): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then((mod) => cytoscape(mod.default));
  return fcoseRegistered;
}

/** Options for fcose tuned for labelled actor graphs: label boxes count as node size so labels do not collide. */
export const DEFAULT_FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  nodeRepulsion: 6500,
  idealEdgeLength: 75,
  edgeElasticity: 0.3,
  nodeSeparation: 60,
  numIter: 4000,
  padding: 30,
} as const;

/** Runs the layout the graph needs and resolves when nodes are placed; stored positions only get a fit. */
export async function runLayout(cy: Core, use: (ext: cytoscape.Ext) => void, stored: boolean): Promise<void> {
  if (stored || cy.nodes().length === 0) {
    cy.fit(undefined, 30);
    return;
  }
  await ensureFcose(use);
  const layout = cy.layout(DEFAULT_FCOSE_OPTIONS as unknown as LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  cy.fit(undefined, 30);
}
