// The Filters panel's counts as of the Time panel's date: every value still listed, counted among what is shown then.

import type { ActorGraph } from '../../model/actor-graph';
import { type FacetValue, filterFacets } from '../../model/filter-facets';
import type { VisibleSet } from '../../model/filters';

/** How long the counts wait for the As of slider to rest before they are counted again. */
export const COUNTS_DELAY_MS = 120;

/** The facets of the whole graph (every value stays listed) with the counts of what the as-of date shows. */
export function facetsAsOf(graph: ActorGraph, attribute: string, relation: string | null, only: VisibleSet | null) {
  const all = filterFacets(graph, attribute, relation);
  if (!only) return all;
  const now = filterFacets(graph, attribute, relation, only);
  const recount = (values: FacetValue[], current: FacetValue[]) => {
    const counts = new Map(current.map((v) => [v.value, v.count]));
    return values.map((v) => ({ value: v.value, count: counts.get(v.value) ?? 0 }));
  };
  return {
    ...all,
    kinds: recount(all.kinds, now.kinds),
    relations: recount(all.relations, now.relations),
    stances: recount(all.stances, now.stances),
    certainties: recount(all.certainties, now.certainties),
  };
}
