// Shortest distinct paths between two actors over the visible graph, hop by hop with evidence, and why there is none.

import type { ActorGraph } from './actor-graph';
import { actorLabel } from './describe-element';
import {
  activeRules,
  applyFilters,
  describeFilterEffect,
  type FilterRule,
  type Filters,
  type VisibleSet,
  withoutRules,
} from './filters';
import { pluralise } from './pluralise';
import { CERTAINTIES, type Evidence, relationLabel } from './schema';

/** How a hop runs along its relation: with it, against it, or along a symmetric one. */
export type HopDirection = 'forward' | 'backward' | 'undirected';

/** One step of a path: the relation used, read from `from`, with its evidence. */
export interface PathHop {
  from: string;
  to: string;
  edge: string;
  relation: string | undefined;
  /** The relation read from `from`'s side: "takes part in", or "led by" for a backward hop. */
  label: string;
  direction: HopDirection;
  evidence: Evidence[];
}

/** A path: its actors in order, and one hop fewer. */
export interface FoundPath {
  nodes: string[];
  hops: PathHop[];
}

/** Options of `findPaths`: whether hops must run with their relations, what is visible, how many paths. */
export interface PathOptions {
  followDirection: boolean;
  visible?: VisibleSet;
  /** At most this many paths; 3 by default. */
  max?: number;
}

/** How many paths the Paths panel lists. */
export const DEFAULT_MAX_PATHS = 3;

/** For each actor, the actors one hop away and the relations that make that hop. */
type Adjacency = Map<string, Map<string, string[]>>;

function buildAdjacency(graph: ActorGraph, followDirection: boolean, visible?: VisibleSet): Adjacency {
  const adjacency: Adjacency = new Map();
  const link = (a: string, b: string, edge: string) => {
    const row = adjacency.get(a) ?? new Map<string, string[]>();
    adjacency.set(a, row.set(b, [...(row.get(b) ?? []), edge]));
  };
  graph.forEachEdge((edge, _attrs, source, target, _s, _t, undirected) => {
    if (source === target) return;
    if (visible && !(visible.edges.has(edge) && visible.nodes.has(source) && visible.nodes.has(target))) return;
    link(source, target, edge);
    if (undirected || !followDirection) link(target, source, edge);
  });
  return adjacency;
}

const linkId = (a: string, b: string) => JSON.stringify([a, b]);

/** Breadth-first shortest node sequence avoiding some actors and some hops, or null. */
function bfs(adjacency: Adjacency, from: string, to: string, bannedNodes: Set<string>, bannedLinks: Set<string>) {
  const parent = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length && !parent.has(to); head++) {
    const node = queue[head] as string;
    for (const other of adjacency.get(node)?.keys() ?? []) {
      if (parent.has(other) || bannedNodes.has(other) || bannedLinks.has(linkId(node, other))) continue;
      parent.set(other, node);
      queue.push(other);
    }
  }
  if (!parent.has(to)) return null;
  const path: string[] = [];
  for (let node: string | null | undefined = to; node != null; node = parent.get(node)) path.unshift(node);
  return path;
}

/** Yen's spur step: the shortest path that shares `previous`'s first i + 1 nodes and then leaves every found path. */
function spurPath(adjacency: Adjacency, found: string[][], previous: string[], i: number, to: string): string[] | null {
  const root = previous.slice(0, i + 1);
  const rootId = JSON.stringify(root);
  const bannedLinks = new Set<string>();
  for (const path of found)
    if (JSON.stringify(path.slice(0, i + 1)) === rootId) bannedLinks.add(linkId(path[i] ?? '', path[i + 1] ?? ''));
  const spur = bfs(adjacency, previous[i] as string, to, new Set(root.slice(0, -1)), bannedLinks);
  return spur && [...root.slice(0, -1), ...spur];
}

/** Yen's k shortest loopless paths by node sequence, with breadth-first search as the inner shortest path. */
function kShortest(adjacency: Adjacency, from: string, to: string, k: number): string[][] {
  const first = bfs(adjacency, from, to, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const seen = new Set([JSON.stringify(first)]);
  const candidates: string[][] = [];
  while (found.length < k) {
    const previous = found[found.length - 1] as string[];
    for (let i = 0; i < previous.length - 1; i++) {
      const path = spurPath(adjacency, found, previous, i, to);
      if (!path || seen.has(JSON.stringify(path))) continue;
      seen.add(JSON.stringify(path));
      candidates.push(path);
    }
    // Stable sort: among equal lengths, the first found (graph order) wins, so results are repeatable.
    candidates.sort((a, b) => a.length - b.length);
    const next = candidates.shift();
    if (!next) break;
    found.push(next);
  }
  return found;
}

/** Orders parallel relations by strength: surer certainty, then more evidence, then key for repeatability. */
function strength(graph: ActorGraph, edge: string): [number, number] {
  const attrs = graph.getEdgeAttributes(edge);
  const certainty = CERTAINTIES.indexOf(attrs.certainty as (typeof CERTAINTIES)[number]);
  return [certainty === -1 ? CERTAINTIES.length : certainty, -evidenceOf(attrs.evidence).length];
}

/** The well-formed quotes of a relation, each with a source id ('' when the data gives none). */
function evidenceOf(value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item) => typeof item?.quote === 'string' && item.quote !== '')
    .map((item) => ({ quote: item.quote, source: typeof item.source === 'string' ? item.source : '' }));
}

function toHop(graph: ActorGraph, from: string, to: string, edges: string[]): PathHop {
  const ranked = edges
    .map((edge) => ({ edge, rank: strength(graph, edge) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.edge.localeCompare(b.edge));
  const edge = ranked[0]?.edge ?? '';
  const attrs = graph.getEdgeAttributes(edge);
  const relation = typeof attrs.relation === 'string' && attrs.relation !== '' ? attrs.relation : undefined;
  const direction: HopDirection = graph.isUndirected(edge)
    ? 'undirected'
    : graph.source(edge) === from
      ? 'forward'
      : 'backward';
  const label = relationLabel(relation, direction === 'backward' ? 'in' : 'out');
  return { from, to, edge, relation, label, direction, evidence: evidenceOf(attrs.evidence) };
}

/**
 * Up to `max` shortest paths with distinct actor sequences (parallel relations make one hop, through the strongest
 * relation), shortest first; relations count both ways unless `followDirection`; empty when none or keys are unknown.
 */
export function findPaths(graph: ActorGraph, from: string, to: string, options: PathOptions): FoundPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const { visible } = options;
  if (visible && !(visible.nodes.has(from) && visible.nodes.has(to))) return [];
  const adjacency = buildAdjacency(graph, options.followDirection, visible);
  const max = Math.max(1, Math.min(10, Math.trunc(options.max ?? DEFAULT_MAX_PATHS) || DEFAULT_MAX_PATHS));
  return kShortest(adjacency, from, to, max).map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((to, i) => {
      const from = nodes[i] as string;
      return toHop(graph, from, to, adjacency.get(from)?.get(to) ?? []);
    }),
  }));
}

const DIRECTION_ON = 'No path while ‘follow direction’ is on';

const countText = (n: number) =>
  n >= DEFAULT_MAX_PATHS ? `there are at least ${n} paths` : `there ${n === 1 ? 'is' : 'are'} ${pluralise(n, 'path')}`;

/** Blames the filter rules that hide every path of the unfiltered graph, naming one actor or relation they hide. */
function blameFilters(graph: ActorGraph, from: string, to: string, filters: Filters, follow: boolean): string {
  const rules = activeRules(filters);
  const opens = (relaxed: FilterRule[]) =>
    findPaths(graph, from, to, {
      followDirection: follow,
      visible: applyFilters(graph, withoutRules(filters, relaxed)),
      max: 1,
    })[0];
  const single = rules.filter((rule) => opens([rule]) !== undefined);
  const blamed = single.length > 0 ? single : rules;
  if (blamed.length === 1 && blamed[0] === 'time') return asOfBlame(graph, from, to, filters, follow);
  const which = blamed.length === 1 ? `The filter on ${blamed[0]}` : `The filters on ${blamed.join(' and ')} together`;
  const path = opens(blamed) ?? findPaths(graph, from, to, { followDirection: follow, max: 1 })[0];
  const effect =
    path && describeFilterEffect(graph, filters, { nodes: path.nodes, edges: path.hops.map((h) => h.edge) });
  const verb = blamed.length === 1 ? 'hides' : 'hide';
  if (!effect) return `${which} ${verb} every path`;
  if (effect.isNode && (effect.key === from || effect.key === to))
    return `${which} ${verb} every path: ${effect.subject} itself is hidden by ${effect.by}`;
  return `${which} ${verb} every path: there is a path through ${effect.text}`;
}

/** Why the as-of date alone leaves no path: "As of 2025-03-01 there was no path: …", naming what was not there yet. */
function asOfBlame(graph: ActorGraph, from: string, to: string, filters: Filters, follow: boolean): string {
  const path = findPaths(graph, from, to, {
    followDirection: follow,
    visible: applyFilters(graph, withoutRules(filters, ['time'])),
    max: 1,
  })[0];
  const effect =
    path && describeFilterEffect(graph, filters, { nodes: path.nodes, edges: path.hops.map((h) => h.edge) });
  const head = `As of ${filters.asOf} there was no path`;
  return effect ? `${head}: the way runs through ${effect.subject}, not there as of that date` : head;
}

/**
 * Says why `findPaths` finds nothing: the direction, which filter and what it hides, separate parts, or unknown
 * actors; null when a path exists.
 */
export function explainNoPath(
  graph: ActorGraph,
  from: string,
  to: string,
  filters: Filters,
  followDirection: boolean,
): string | null {
  const missing = [from, to].find((key) => !graph.hasNode(key));
  if (missing !== undefined) return `“${missing}” is not in this graph`;
  if (from === to) return `${actorLabel(graph, from)} is both From and To: choose two different actors`;
  const visible = applyFilters(graph, filters);
  // Existence needs one path only; the count of undirected paths is what the message quotes.
  const count = (follow: boolean, vis?: VisibleSet, max = 1) =>
    findPaths(graph, from, to, { followDirection: follow, visible: vis, max }).length;
  if (count(followDirection, visible) > 0) return null;
  if (followDirection) {
    const undirected = count(false, visible, DEFAULT_MAX_PATHS);
    if (undirected > 0) return `${DIRECTION_ON}; ${countText(undirected)} ignoring direction`;
    if (count(true) > 0) return blameFilters(graph, from, to, filters, true);
  }
  if (count(false) > 0) {
    const blame = blameFilters(graph, from, to, filters, false);
    if (!followDirection) return blame;
    return `${DIRECTION_ON}, and ignoring direction ${blame.charAt(0).toLowerCase()}${blame.slice(1)}`;
  }
  return `${actorLabel(graph, from)} and ${actorLabel(graph, to)} are in separate parts of the graph`;
}
