// The Filters panel's as-of counts stepped by the actors and relations that came or went, against a fresh count, on
// random dated graphs and random walks of the date, the fields and edits (fast-check).

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import { type FacetValue, type FilterFacets, filterFacets } from '../../../../src/model/filter-facets';
import type { VisibleSet } from '../../../../src/model/filters';
import { asOfSetOf } from '../../../../src/state/select-time';
import { facetsAsOf } from '../../../../src/view/panels/facets-as-of';

/** The counts as they were made before stepping: the whole graph's values, counted among `only` from scratch. */
function fresh(graph: ActorGraph, attribute: string, relation: string | null, only: VisibleSet | null): FilterFacets {
  const all = filterFacets(graph, attribute, relation);
  if (!only) return all;
  const now = filterFacets(graph, attribute, relation, only);
  const recount = (values: FacetValue[], current: FacetValue[]) => {
    const counts = new Map(current.map((v) => [v.value, v.count]));
    return values.map((v) => ({ value: v.value, count: counts.get(v.value) ?? 0 }));
  };
  const { kinds, relations, stances, certainties } = now;
  return {
    ...all,
    kinds: recount(all.kinds, kinds),
    relations: recount(all.relations, relations),
    stances: recount(all.stances, stances),
    certainties: recount(all.certainties, certainties),
  };
}

/** Counts the graph walks (every node or every relation) `run` makes. */
function walksOf(graph: ActorGraph, run: () => void): number {
  const nodes = vi.spyOn(graph, 'forEachNode');
  const edges = vi.spyOn(graph, 'forEachEdge');
  run();
  const walks = nodes.mock.calls.length + edges.mock.calls.length;
  nodes.mockRestore();
  edges.mockRestore();
  return walks;
}

const year = fc.option(fc.integer({ min: 2018, max: 2026 }), { nil: undefined });
const pick = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
const actorArb = fc.record({
  start: year,
  end: year,
  kind: pick(['person', 'group', 'event']),
  sector: pick(['x', 'y']),
});
const relationArb = fc.record({
  s: fc.nat(),
  t: fc.nat(),
  start: year,
  end: year,
  date: year,
  relation: pick(['supplies', 'talks-with', 'odd']),
  type: pick(['p', 'q']),
  stance: pick(['cooperative', 'conflictual', 'neutral']),
  certainty: pick(['reported', 'alleged']),
});
const opArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('date' as const), year: fc.integer({ min: 2017, max: 2027 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('attribute' as const), to: fc.constantFrom('kind', 'sector') }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('relation' as const), to: fc.constantFrom('relation', 'type', null) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undated' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      at: fc.nat(),
      stance: fc.constantFrom('novel', 'neutral'),
    }),
  },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

type Actor = typeof actorArb extends fc.Arbitrary<infer T> ? T : never;

function build(actors: Actor[], relations: Record<string, unknown>[]): ActorGraph {
  const g = createActorGraph();
  const text = (v: unknown) => (v === undefined ? undefined : String(v));
  for (const [i, { start, end, kind, sector }] of actors.entries())
    g.addNode(`n${i}`, { label: `N${i}`, start: text(start), end: text(end), kind, sector });
  for (const [i, { s, t, start, end, date, ...rest }] of relations.entries()) {
    const [source, target] = [`n${(s as number) % actors.length}`, `n${(t as number) % actors.length}`];
    g.addDirectedEdgeWithKey(`e${i}`, source, target, {
      ...rest,
      start: text(start),
      end: text(end),
      date: text(date),
    });
  }
  return g;
}

/** What the panel is asked for: the graph's revision, the fields, and the as-of date with or without undated. */
interface View {
  revision: number;
  attribute: string;
  relation: string | null;
  undated: boolean;
  asOf: string;
}

/** Applies one random change to the view (or the graph, for an edit). */
function apply(g: ActorGraph, view: View, op: Op): void {
  if (op.op === 'date') view.asOf = String(op.year);
  else if (op.op === 'attribute') view.attribute = op.to;
  else if (op.op === 'relation') view.relation = op.to;
  else if (op.op === 'undated') view.undated = !view.undated;
  else if (g.size > 0) {
    // 'novel' is outside the vocabulary, as a file's stance can be: the whole graph's list gains it.
    g.mergeEdgeAttributes(`e${op.at % g.size}`, { stance: op.stance } as Record<string, unknown>);
    view.revision += 1;
  }
}

describe('facetsAsOf', () => {
  it('steps to what a fresh count gives at every step, walking the graph only when an edit or field changed', () => {
    const arb = fc.record({
      actors: fc.array(actorArb, { minLength: 1, maxLength: 12 }),
      relations: fc.array(relationArb, { maxLength: 30 }),
      ops: fc.array(opArb, { maxLength: 25 }),
    });
    fc.assert(
      fc.property(arb, ({ actors, relations, ops }) => {
        const g = build(actors, relations);
        const view = {
          revision: 0,
          attribute: 'kind',
          relation: 'relation' as string | null,
          undated: true,
          asOf: '2020',
        };
        const check = () => {
          const only = asOfSetOf(g, view.revision, view.asOf, view.undated);
          const got = facetsAsOf(g, view.revision, view.attribute, view.relation, only);
          expect(got).toEqual(fresh(g, view.attribute, view.relation, only));
        };
        check();
        for (const op of ops) {
          apply(g, view, op);
          const walks = walksOf(g, check);
          // A date step moves the last counts; the fresh count the test compares with walks twice on its own.
          if (op.op === 'date') expect(walks).toBe(4);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts again when the graph was edited (a new revision), not from the counts made before', () => {
    const g = createActorGraph();
    for (const key of ['a', 'b', 'c']) g.addNode(key, { label: key, kind: 'person' });
    g.addEdgeWithKey('ab', 'a', 'b', { relation: 'supplies', stance: 'cooperative', start: '2020' });
    g.addEdgeWithKey('bc', 'b', 'c', { relation: 'supplies', stance: 'cooperative', start: '2022' });
    const stances = (revision: number, asOf: string) =>
      facetsAsOf(g, revision, 'kind', 'relation', asOfSetOf(g, revision, asOf, true)).stances;
    expect(stances(0, '2021')).toEqual([{ value: 'cooperative', count: 1 }]);
    g.setEdgeAttribute('ab', 'stance', 'conflictual');
    expect(walksOf(g, () => stances(1, '2021'))).toBeGreaterThan(0);
    expect(stances(1, '2021')).toEqual([
      { value: 'cooperative', count: 0 },
      { value: 'conflictual', count: 1 },
    ]);
    // The next date steps from the counts of the new revision: no walk, and the edited stance stays counted.
    expect(walksOf(g, () => stances(1, '2023'))).toBe(0);
    expect(stances(1, '2023')).toEqual([
      { value: 'cooperative', count: 1 },
      { value: 'conflictual', count: 1 },
    ]);
    // Even asked about the very same shown set, a new revision counts again.
    const only = asOfSetOf(g, 1, '2023', true);
    facetsAsOf(g, 1, 'kind', 'relation', only);
    g.setEdgeAttribute('bc', 'stance', 'conflictual');
    expect(facetsAsOf(g, 2, 'kind', 'relation', only).stances).toEqual([{ value: 'conflictual', count: 2 }]);
    // Another field counts again: the kinds by another attribute.
    expect(walksOf(g, () => facetsAsOf(g, 1, 'sector', 'relation', asOfSetOf(g, 2, '2023', true)))).toBeGreaterThan(0);
  });
});
