// The Filters panel's counts as of the Time panel's date: every value still listed, counted among what is shown then.
// A step of the date moves the last counts by the actors and relations that came or went (O(changes), issue 18).

import type { ActorGraph } from '../../model/actor-graph';
import { countFacets, type FacetCounts, type KeyStep, stepCounts } from '../../model/facet-counts';
import { type FacetValue, type FilterFacets, filterFacets } from '../../model/filter-facets';
import type { VisibleSet } from '../../model/filters';
import type { AppState } from '../../state/app-state';
import { memoize } from '../../state/memoize';
import { selectAsOfSet, stepOf } from '../../state/select-time';

/** How long the counts wait for the As of slider to rest before they are shown again. */
export const COUNTS_DELAY_MS = 120;

// The revision stands for the graph's contents: an edit changes the graph in place, so the facets are counted again.
const wholeFacets = memoize((graph: ActorGraph, _revision: number, attribute: string, relation: string | null) =>
  filterFacets(graph, attribute, relation),
);

/** The last as-of counts and what they were made for: a step from that set moves them instead of recounting. */
interface Counted extends VisibleSet {
  graph: ActorGraph;
  revision: number;
  attribute: string;
  relation: string | null;
  counts: FacetCounts;
}

let counted: Counted | null = null;

/** How `set` moved from `before`: nothing when it is the same set, its as-of step when stepped from it, else none. */
function stepFrom(before: ReadonlySet<string>, set: ReadonlySet<string>): KeyStep | undefined {
  if (set === before) return { from: before, added: [], removed: [] };
  const step = stepOf(set);
  return step?.from === before ? step : undefined;
}

/** The counts of what `only` shows: the last ones stepped when `only` was stepped from theirs, else counted whole. */
function countsOf(
  graph: ActorGraph,
  revision: number,
  attribute: string,
  relation: string | null,
  only: VisibleSet,
): FacetCounts {
  const last = counted;
  const same =
    last?.graph === graph && last.revision === revision && last.attribute === attribute && last.relation === relation;
  const nodes = same ? stepFrom(last.nodes, only.nodes) : undefined;
  const edges = same ? stepFrom(last.edges, only.edges) : undefined;
  let counts: FacetCounts;
  if (last && nodes && edges) {
    counts = last.counts;
    stepCounts(counts, graph, attribute, relation, only, { nodes, edges });
  } else counts = countFacets(graph, attribute, relation, only);
  counted = { graph, revision, attribute, relation, nodes: only.nodes, edges: only.edges, counts };
  return counts;
}

/**
 * The facets of the whole graph (every value stays listed; counted once per graph, revision and fields) with the
 * counts of what the as-of date shows.
 */
export function facetsAsOf(
  graph: ActorGraph,
  revision: number,
  attribute: string,
  relation: string | null,
  only: VisibleSet | null,
): FilterFacets {
  const all = wholeFacets(graph, revision, attribute, relation);
  if (!only) return all;
  const now = countsOf(graph, revision, attribute, relation, only);
  const recount = (values: FacetValue[], counts: Map<string, number>) =>
    values.map((v) => ({ value: v.value, count: counts.get(v.value) ?? 0 }));
  return {
    ...all,
    kinds: recount(all.kinds, now.kinds),
    relations: recount(all.relations, now.relations),
    stances: recount(all.stances, now.stances),
    certainties: recount(all.certainties, now.certainties),
  };
}

/** The Filters panel's facets in a state, as of its date when one is set; null without a dataset. */
export function facetsOfState(state: AppState): FilterFacets | null {
  const graph = state.dataset?.graph;
  if (!graph) return null;
  const { attribute } = state.filters;
  return facetsAsOf(graph, state.history.revision, attribute, state.fields.relation, selectAsOfSet(state));
}
