// The sigma.js + graphology page (Gephi Lite's stack): graphology import of the file, one WebGL sigma renderer.

import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import { fetchDataset, getBench, prepareContainer, reportFailure } from './page-common';

declare global {
  interface Window {
    sigma: Sigma;
  }
}

const KIND_COLORS: Record<string, string> = {
  person: '#2563eb',
  state: '#dc2626',
  'government-body': '#7c3aed',
  group: '#059669',
  issue: '#d97706',
  event: '#db2777',
  'weapon-system': '#4b5563',
  place: '#0891b2',
};

async function main(): Promise<void> {
  const bench = getBench();
  const container = prepareContainer();
  const data = await fetchDataset(bench);
  // Plain attributes, as Gephi Lite holds them: the peer page knows nothing of the app's types.
  const graph = Graph.from(data as SerializedGraph);
  bench.mark('graph');
  // sigma reads size and colour from node attributes; set them as any sigma app would.
  graph.updateEachNodeAttributes((_key, attrs) => ({
    ...attrs,
    size: 4,
    color: KIND_COLORS[attrs.kind ?? ''] ?? '#6b7280',
  }));
  window.sigma = new Sigma(graph, container);
  bench.ready();
}

main().catch(reportFailure);
