// The counts behind the Filters panel's facets: per value, how many actors or relations carry it, counted whole or
// stepped by the actors and relations that came or went.

import type { ActorGraph } from './actor-graph';
import { relationValue, scalarText, type VisibleSet } from './filters';
import { ownAttribute } from './node-attributes';

/** How many actors carry each value of the attribute, and relations each value of relation, stance and certainty. */
export interface FacetCounts {
  kinds: Map<string, number>;
  relations: Map<string, number>;
  stances: Map<string, number>;
  certainties: Map<string, number>;
}

/** The facets' empty counts. */
export function emptyCounts(): FacetCounts {
  return { kinds: new Map(), relations: new Map(), stances: new Map(), certainties: new Map() };
}

// A value counted down to 0 is dropped, so stepped counts hold exactly the values a fresh count would.
function bump(counts: Map<string, number>, value: string, by: number): void {
  const count = (counts.get(value) ?? 0) + by;
  if (count === 0) counts.delete(value);
  else counts.set(value, count);
}

/** Counts an actor's value of `attribute` in (`by` 1) or out (`by` -1). */
export function countActor(counts: FacetCounts, attrs: Record<string, unknown>, attribute: string, by = 1): void {
  bump(counts.kinds, scalarText(ownAttribute(attrs, attribute)), by);
}

/** Counts a relation's value of the mapped relation field, its stance and its certainty in or out. */
export function countRelation(
  counts: FacetCounts,
  attrs: Record<string, unknown>,
  relationAttribute: string | null,
  by = 1,
): void {
  bump(counts.relations, relationValue(attrs, relationAttribute), by);
  bump(counts.stances, scalarText(attrs.stance), by);
  bump(counts.certainties, scalarText(attrs.certainty), by);
}

/** Counts the actors and relations of the graph, or just those of `only` when given (what the as-of date shows). */
export function countFacets(
  graph: ActorGraph,
  attribute: string,
  relationAttribute: string | null,
  only?: VisibleSet,
): FacetCounts {
  const counts = emptyCounts();
  graph.forEachNode((node, attrs) => {
    if (!only || only.nodes.has(node)) countActor(counts, attrs, attribute);
  });
  graph.forEachEdge((edge, attrs) => {
    if (!only || only.edges.has(edge)) countRelation(counts, attrs, relationAttribute);
  });
  return counts;
}

/** How a set of keys moved from one the counts were made for: what joined and what left. */
export interface KeyStep {
  from: ReadonlySet<string>;
  added: readonly string[];
  removed: readonly string[];
}

// The keys of a step that really joined (by 1) or left (by -1) `to`: a loose step cannot count a key twice.
function* moved(step: KeyStep, to: ReadonlySet<string>): Generator<[string, number]> {
  for (const key of step.added) if (to.has(key) && !step.from.has(key)) yield [key, 1];
  for (const key of step.removed) if (!to.has(key) && step.from.has(key)) yield [key, -1];
}

/** Moves counts made for the steps' `from` sets to `to`, in place, in O(added + removed). */
export function stepCounts(
  counts: FacetCounts,
  graph: ActorGraph,
  attribute: string,
  relationAttribute: string | null,
  to: VisibleSet,
  steps: { nodes: KeyStep; edges: KeyStep },
): void {
  for (const [key, by] of moved(steps.nodes, to.nodes)) countActor(counts, graph.getNodeAttributes(key), attribute, by);
  for (const [key, by] of moved(steps.edges, to.edges))
    countRelation(counts, graph.getEdgeAttributes(key), relationAttribute, by);
}
