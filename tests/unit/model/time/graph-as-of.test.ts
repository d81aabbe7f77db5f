// Measures as of a date against the same measures on the subgraph built directly from the rule of issue 18, and
// degrees stepped by a delta against degrees counted afresh.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import { rankActors } from '../../../../src/model/measure-names';
import { computeCommunities, computeMeasure, MEASURES } from '../../../../src/model/measures';
import { degreesOf, serialisedSubgraph, stepDegrees, subgraphOf } from '../../../../src/model/time/graph-as-of';
import { deltaBetween } from '../../../../src/model/time/time-delta';
import { buildTimeIndex, shownAt } from '../../../../src/model/time/time-index';
import { parseTime } from '../../../../src/model/time/time-value';
import { fixture } from '../../io/fixture';

const graph = loadDataset([fixture('backchannel__dated-hubs.json')]).graph;
const day = (text: string) => parseTime(text, 'date') as number;

/** Begun (start, or date, ≤ D) and not ended (no end, or D < end); null when undated. */
function holds(attrs: Record<string, unknown>, at: number, useDate: boolean): boolean | null {
  const start = parseTime(attrs.start ?? (useDate ? attrs.date : undefined), 'date');
  const end = parseTime(attrs.end, 'date');
  if (start === undefined && end === undefined) return null;
  return (start === undefined || start <= at) && (end === undefined || at < end);
}

/** The network as of `at` built straight from the rule, relation by relation. */
function directSubgraph(source: ActorGraph, at: number, includeUndated: boolean): ActorGraph {
  const sub = createActorGraph();
  source.forEachNode((key, attrs) => {
    if (holds(attrs, at, false) !== false) sub.addNode(key);
  });
  source.forEachEdge((key, attrs, s, t, _sa, _ta, undirected) => {
    const h = holds(attrs, at, true);
    if (!(h === null ? includeUndated : h) || !sub.hasNode(s) || !sub.hasNode(t)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(key, s, t);
    else sub.addDirectedEdgeWithKey(key, s, t);
  });
  return sub;
}

const DATES = ['2020-06-01', '2021-01-01', '2022-05-05', '2023-01-01', '2023-03-01', '2023-06-01', '2024-02-29'];

describe('measures as of a date', () => {
  const index = buildTimeIndex(graph);
  for (const text of DATES)
    for (const includeUndated of [true, false])
      it(`equal the measures of the network built from the rule, as of ${text}, undated ${includeUndated}`, () => {
        const at = day(text);
        const shown = shownAt(index, at, includeUndated);
        const asOf = subgraphOf(graph, shown);
        const direct = directSubgraph(graph, at, includeUndated);
        expect(asOf.nodes()).toEqual(direct.nodes());
        expect(new Set(asOf.edges())).toEqual(new Set(direct.edges()));
        expect(degreesOf(graph, shown)).toEqual(computeMeasure(direct, 'degree'));
        for (const measure of MEASURES) {
          const expected = computeMeasure(direct, measure);
          const got = computeMeasure(asOf, measure);
          expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
          for (const key of Object.keys(expected)) expect(got[key]).toBeCloseTo(expected[key] as number, 12);
        }
        expect(computeCommunities(asOf)).toEqual(computeCommunities(direct));
        // What the worker is sent reads back as the same graph, directions included.
        const sent = createActorGraph();
        sent.import(serialisedSubgraph(graph, shown) as never);
        expect(sent.export()).toEqual(asOf.export());
      });

  it('ranks differently on two dates, and an actor absent then has no value (not 0)', () => {
    const early = shownAt(index, day('2021-01-01'), true);
    const late = shownAt(index, day('2023-06-01'), true);
    const top = (values: Record<string, number>) => rankActors(graph, values, 1)[0];
    expect(top(degreesOf(graph, early))).toMatchObject({ key: 'corvin', value: 3 });
    expect(top(degreesOf(graph, late))).toMatchObject({ key: 'oduna', value: 5 });
    expect(top(computeMeasure(subgraphOf(graph, early), 'betweenness'))?.key).toBe('corvin');
    expect(top(computeMeasure(subgraphOf(graph, late), 'betweenness'))?.key).toBe('oduna');
    expect(degreesOf(graph, early)).not.toHaveProperty('vane');
    expect(degreesOf(graph, late)).toMatchObject({ vane: 1, corvin: 0 });
    // The whole network ranks neither way: every relation counts, so Oduna has 5 and Corvin 3 but Lysa 3 too.
    expect(computeMeasure(graph, 'degree')).toMatchObject({ oduna: 5, corvin: 3, lysa: 3 });
  });
});

describe('degrees stepped from one date to another', () => {
  for (const name of ['backchannel__dated-hubs.json', 'backchannel__dated-harbour.json']) {
    it(`equal the degrees counted afresh, for every pair of dates of ${name}`, () => {
      const dated = loadDataset([fixture(name)]).graph;
      const index = buildTimeIndex(dated);
      const instants = [...index.dates, (index.dates[0] as number) - 1, (index.dates.at(-1) as number) + 1];
      for (const includeUndated of [true, false])
        for (const from of instants)
          for (const to of instants) {
            const before = degreesOf(dated, shownAt(index, from, includeUndated));
            const stepped = stepDegrees(dated, before, deltaBetween(index, from, to, includeUndated));
            expect(stepped).toEqual(degreesOf(dated, shownAt(index, to, includeUndated)));
          }
    });
  }
});
