// The bare cytoscape page: stored positions, one plain stylesheet, `cy.add` of the elements, nothing else.

import cytoscape, { type ElementDefinition } from 'cytoscape';
import { fetchDataset, getBench, prepareContainer, reportFailure } from './page-common';

/** The naive use of the library: every label drawn, default edges, no viewport optimisations. */
const PLAIN_STYLE = [
  { selector: 'node', style: { label: 'data(label)', width: 12, height: 12, 'font-size': 10 } },
  { selector: 'edge', style: { width: 1, 'line-color': '#9aa5b1' } },
];

async function main(): Promise<void> {
  const bench = getBench();
  const container = prepareContainer();
  const data = await fetchDataset(bench);
  const elements: ElementDefinition[] = [];
  for (const node of data.nodes) {
    const { label, x, y } = node.attributes ?? { label: node.key };
    elements.push({ group: 'nodes', data: { id: node.key, label }, position: { x: Number(x), y: Number(y) } });
  }
  for (const edge of data.edges) {
    elements.push({ group: 'edges', data: { id: edge.key ?? '', source: edge.source, target: edge.target } });
  }
  const cy = cytoscape({ container, style: PLAIN_STYLE });
  cy.add(elements);
  bench.mark('graph');
  cy.fit();
  window.cy = cy;
  cy.ready(() => bench.ready());
}

main().catch(reportFailure);
