// The choices the Filters panel offers: the values of kinds (or the Colour-by attribute), of the mapped relation
// field, stance and certainty, with counts, and the extent of the relations' dates.

import type { ActorGraph } from './actor-graph';
import { countActor, countRelation, emptyCounts } from './facet-counts';
import { dateOf, type VisibleSet } from './filters';
import { ACTOR_KINDS, CERTAINTIES, RELATION_NAMES, STANCES } from './schema';

/** One value of a facet and how many actors (kinds) or relations (the rest) carry it. */
export type FacetValue = { value: string; count: number };

/** The choices the Filters panel offers, with counts; `dates` is null when no relation is dated. */
export interface FilterFacets {
  attribute: string;
  kinds: FacetValue[];
  relations: FacetValue[];
  stances: FacetValue[];
  certainties: FacetValue[];
  dates: { min: string; max: string } | null;
}

/** Counts values, vocabulary values first in vocabulary order, then the others by count and name. */
function facet(counts: Map<string, number>, vocabulary: readonly string[]): FacetValue[] {
  const rank = (value: string) => (vocabulary.includes(value) ? vocabulary.indexOf(value) : vocabulary.length);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => rank(a.value) - rank(b.value) || b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Whether a facet is worth offering: not when it is empty or its one entry is "(none)", as for the stance of a file
 * that has no stances (a checkbox that can only hide everything is noise).
 */
export function isInformative(values: readonly FacetValue[]): boolean {
  return values.length > 1 || (values.length === 1 && values[0]?.value !== '');
}

/**
 * The values each filter can take, with counts, and the extent of the relations' dates; relations are counted by
 * `relationAttribute`, the file's mapped relation field (none when null). `only`, when given, counts just those
 * actors and relations (what the as-of date shows).
 */
export function filterFacets(
  graph: ActorGraph,
  attribute = 'kind',
  relationAttribute: string | null = 'relation',
  only?: VisibleSet,
): FilterFacets {
  const counts = emptyCounts();
  graph.forEachNode((node, attrs) => {
    if (!only || only.nodes.has(node)) countActor(counts, attrs, attribute);
  });
  let dates: { min: string; max: string } | null = null;
  graph.forEachEdge((edge, attrs) => {
    if (only && !only.edges.has(edge)) return;
    countRelation(counts, attrs, relationAttribute);
    const date = dateOf(attrs.date);
    if (date === undefined) return;
    dates = dates ?? { min: date, max: date };
    if (date < dates.min) dates.min = date;
    if (date > dates.max) dates.max = date;
  });
  return {
    attribute,
    kinds: facet(counts.kinds, attribute === 'kind' ? ACTOR_KINDS : []),
    relations: facet(counts.relations, relationAttribute === 'relation' ? RELATION_NAMES : []),
    stances: facet(counts.stances, STANCES),
    certainties: facet(counts.certainties, CERTAINTIES),
    dates,
  };
}

/** Above this many values a facet group starts collapsed, so the Tab path through the Filters panel stays short. */
export const FACET_COLLAPSE_ABOVE = 8;
/** How many of its most frequent values a collapsed facet group shows. */
export const FACET_COLLAPSED_SHOWN = 6;

/**
 * The values that make a filter list what it is, which a collapsed group must never hide: none while the list is
 * null (all ticked); the ticked values when they are the fewer ("only these"), else the unticked ones ("all but
 * these").
 */
export function setApartValues(values: readonly FacetValue[], current: readonly string[] | null): Set<string> {
  if (current === null) return new Set();
  const list = new Set(current);
  const ticked = values.filter((v) => list.has(v.value)).map((v) => v.value);
  const unticked = values.filter((v) => !list.has(v.value)).map((v) => v.value);
  return new Set(ticked.length <= unticked.length ? ticked : unticked);
}

/**
 * The values a collapsed group shows, in the group's own order: its `shown` most frequent (ties in group order)
 * and every value of `keep`.
 */
export function collapseFacet(
  values: readonly FacetValue[],
  keep: ReadonlySet<string>,
  shown = FACET_COLLAPSED_SHOWN,
): FacetValue[] {
  const top = new Set(
    [...values]
      .sort((a, b) => b.count - a.count)
      .slice(0, shown)
      .map((v) => v.value),
  );
  return values.filter((v) => top.has(v.value) || keep.has(v.value));
}
