// Web Worker entry: ForceAtlas2 on a large graph, in steps, posting progress and positions until done or stopped.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { serveCalls } from '../../io/serve-calls';
import { seededRandom } from '../../model/seeded-random';

/** What the canvas sends: node keys, edges as index pairs, and how many iterations to run. */
export interface ForceRequest {
  nodes: string[];
  edges: [number, number][];
  iterations: number;
  seed: number;
}

/** What the worker reports as it goes, and at the end: iterations done of the total, and the positions so far. */
export interface ForceStep {
  done: number;
  total: number;
  positions: Float64Array;
}

const STEP = 10;

serveCalls<ForceRequest, ForceStep, ForceStep>(({ nodes, edges, iterations, seed }, progress) => {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  // A seeded start so the same file lays out the same way each time it is opened.
  const random = seededRandom(seed);
  const spread = Math.sqrt(nodes.length) * 40;
  for (const key of nodes) graph.addNode(key, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  for (const [a, b] of edges) {
    const s = nodes[a];
    const t = nodes[b];
    if (s !== undefined && t !== undefined && s !== t && !graph.hasEdge(s, t)) graph.addEdge(s, t);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 500 };
  const positions = () => {
    const all = new Float64Array(nodes.length * 2);
    nodes.forEach((key, i) => {
      all[i * 2] = graph.getNodeAttribute(key, 'x');
      all[i * 2 + 1] = graph.getNodeAttribute(key, 'y');
    });
    return all;
  };
  let sent = Number.NEGATIVE_INFINITY; // the first step reports at once, so the progress bar shows straight away
  for (let done = 0; done < iterations; done += STEP) {
    forceAtlas2.assign(graph, { iterations: Math.min(STEP, iterations - done), settings });
    // Positions go out about once a second and at the end: a moving preview that leaves the page's thread free.
    if (done + STEP < iterations && performance.now() - sent > 1000) {
      sent = performance.now();
      progress({ done: done + STEP, total: iterations, positions: positions() });
    }
  }
  return { done: iterations, total: iterations, positions: positions() };
});
