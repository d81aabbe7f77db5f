// Computing node measures (degree, betweenness, PageRank) and Louvain communities; loaded on demand (heavy).

export { isMeasure, MEASURES, type Measure, type RankedActor, rankActors } from './measure-names';

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ActorGraph } from './actor-graph';
import type { Measure } from './measure-names';
import { seededRandom } from './seeded-random';

/** The seed of the community detection, so that the same graph always gets the same communities. */
export const COMMUNITY_SEED = 0x5eed;

/**
 * The undirected simple graph under the actor graph, parallel relations merged into one link weighted by their
 * number and self-loops dropped: betweenness asks who sits between whom, and Louvain refuses mixed graphs.
 */
function toSimpleUndirected(graph: ActorGraph): Graph {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (attrs) => ({ weight: ((attrs.weight as number | undefined) ?? 0) + 1 }));
  });
  return simple;
}

/** The number of relations of each actor: parallel ones each count (each is a separate claim), a self-loop once. */
function degrees(graph: ActorGraph): Record<string, number> {
  const values: Record<string, number> = {};
  graph.forEachNode((node) => {
    values[node] = 0;
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    values[source] = (values[source] ?? 0) + 1;
    if (target !== source) values[target] = (values[target] ?? 0) + 1;
  });
  return values;
}

/**
 * PageRank along the relations as stored (symmetric ones both ways, parallel ones adding weight); graphology takes
 * mixed multi-graphs as they are, so no simple graph is needed. Uniform if it fails to converge.
 */
function pageRanks(graph: ActorGraph): Record<string, number> {
  try {
    return pagerank(graph, { getEdgeWeight: null, maxIterations: 1000 });
  } catch {
    // graphology throws when the power iteration does not converge; a flat ranking keeps the view usable.
    const values: Record<string, number> = {};
    graph.forEachNode((node) => {
      values[node] = 1 / graph.order;
    });
    return values;
  }
}

/**
 * A measure for every actor: degree as a count of relations; betweenness normalised to 0..1 over the undirected
 * simple graph (paths ignore direction by default, too); PageRank summing to 1. Empty for an empty graph.
 */
export function computeMeasure(graph: ActorGraph, measure: Measure): Record<string, number> {
  if (graph.order === 0) return {};
  if (measure === 'degree') return degrees(graph);
  if (measure === 'betweenness') return betweennessCentrality(toSimpleUndirected(graph), { getEdgeWeight: null });
  if (measure === 'pagerank') return pageRanks(graph);
  return {};
}

/**
 * Louvain communities over the undirected simple graph (parallel relations weigh more), with a fixed seed, numbered
 * 0, 1, ... in the order their first actor appears in the graph so that colours stay put between runs.
 */
export function computeCommunities(graph: ActorGraph): Record<string, number> {
  if (graph.order === 0) return {};
  const raw = louvain(toSimpleUndirected(graph), { getEdgeWeight: 'weight', rng: seededRandom(COMMUNITY_SEED) });
  const renumber = new Map<number, number>();
  const communities: Record<string, number> = {};
  graph.forEachNode((node) => {
    const id = raw[node] ?? -1;
    if (!renumber.has(id)) renumber.set(id, renumber.size);
    communities[node] = renumber.get(id) as number;
  });
  return communities;
}
