// The time index against the rule of issue 18 computed directly: fixture graphs and random ones (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import { changesBetween } from '../../../../src/model/time/changes-between';
import { deltaBetween } from '../../../../src/model/time/time-delta';
import { timeHistogram } from '../../../../src/model/time/time-histogram';
import { buildTimeIndex, shownAt } from '../../../../src/model/time/time-index';
import { formatTime, parseTime, type TimeAxis, timeAxisOf } from '../../../../src/model/time/time-value';
import { fixture as fixtureFile } from '../../io/fixture';

type Attrs = Record<string, unknown>;

/** One interval read straight off the attributes: begun (start ≤ D) and not ended (no end, or D < end). */
function spellHolds(start: unknown, end: unknown, at: number, axis: TimeAxis): boolean | null {
  const s = parseTime(start, axis);
  const e = parseTime(end, axis);
  if (s === undefined && e === undefined) return null;
  return (s === undefined || s <= at) && (e === undefined || at < e);
}

/** The rule of issue 18: any spell holds; else start (or date) and end; null when undated. */
function holdsDirect(attrs: Attrs, at: number, axis: TimeAxis, useDate: boolean): boolean | null {
  if (Array.isArray(attrs.spells) && attrs.spells.length > 0)
    return (attrs.spells as Attrs[]).some((sp) => spellHolds(sp.start, sp.end, at, axis) !== false);
  return spellHolds(attrs.start ?? (useDate ? attrs.date : undefined), attrs.end, at, axis);
}

function direct(graph: ActorGraph, at: number, includeUndated: boolean) {
  const axis = timeAxisOf(graph.getAttributes());
  const nodes = new Set(graph.filterNodes((_k, a) => holdsDirect(a, at, axis, false) !== false));
  const edges = new Set<string>();
  graph.forEachEdge((key, attrs, s, t) => {
    const h = holdsDirect(attrs, at, axis, true);
    if ((h === null ? includeUndated : h) && nodes.has(s) && nodes.has(t)) edges.add(key);
  });
  return { nodes, edges };
}

/** Every distinct date, the instants just before and after, and midpoints between them (the days between). */
function probes(dates: readonly number[]): number[] {
  const out = new Set<number>();
  dates.forEach((d, i) => {
    out
      .add(d)
      .add(d - 1)
      .add(d + 1);
    const next = dates[i + 1];
    if (next !== undefined) out.add((d + next) / 2);
  });
  return [...out].sort((a, b) => a - b);
}

const sorted = (set: Iterable<string>) => [...set].sort();

function checkGraph(graph: ActorGraph) {
  const index = buildTimeIndex(graph);
  const at = probes(index.dates);
  for (const includeUndated of [true, false]) {
    for (const d of at) {
      const got = shownAt(index, d, includeUndated);
      const want = direct(graph, d, includeUndated);
      expect(sorted(got.edges)).toEqual(sorted(want.edges));
      expect(sorted(got.nodes)).toEqual(sorted(want.nodes));
    }
    for (let i = 0; i + 1 < at.length; i += Math.max(1, Math.floor(at.length / 12))) {
      for (const j of [i + 1, at.length - 1]) {
        const [a, b] = [at[i] as number, at[j] as number];
        const A = direct(graph, a, includeUndated).edges;
        const B = direct(graph, b, includeUndated).edges;
        const delta = deltaBetween(index, a, b, includeUndated);
        expect(sorted(delta.shownEdges)).toEqual(sorted([...B].filter((k) => !A.has(k))));
        expect(sorted(delta.hiddenEdges)).toEqual(sorted([...A].filter((k) => !B.has(k))));
        if (includeUndated) {
          const changes = changesBetween(index, a, b);
          const of = (kind: string) => sorted(changes.filter((c) => c.kind === kind).map((c) => c.edge));
          expect(of('appeared')).toEqual(sorted([...B].filter((k) => !A.has(k))));
          expect(of('ended')).toEqual(sorted([...A].filter((k) => !B.has(k))));
        }
      }
    }
  }
}

function fixture(): ActorGraph {
  const g = createActorGraph();
  g.addNode('a', { label: 'A' });
  g.addNode('b', { label: 'B', start: '2025-02', end: '2025-06' });
  g.addNode('c', { label: 'C' });
  g.addNode('d', { label: 'D', spells: [{ start: '2024', end: '2024-06' }, { start: '2025-05' }] });
  g.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'member-of', date: '2025-01' });
  g.addDirectedEdgeWithKey('ac', 'a', 'c', { relation: 'talks-with', date: '2025-03-14' });
  g.addDirectedEdgeWithKey('ca', 'c', 'a', { relation: 'supplies', start: '2024-11', end: '2025-04-01' });
  g.addDirectedEdgeWithKey('cd', 'c', 'd', { relation: 'leads' });
  g.addDirectedEdgeWithKey('ad', 'a', 'd', { spells: [{ start: '2024-02', end: '2024-03' }, { end: '2023' }] });
  g.addDirectedEdgeWithKey('ac2', 'a', 'c', {
    relation: 'influences',
    start: '2024',
    stance: 'conflictual',
    slices: {
      stance: [
        { value: 'cooperative', end: '2025-02' },
        { value: 'conflictual', start: '2025-02' },
      ],
    },
    evidence: [{ quote: 'it turned', source: 's' }],
  });
  g.addDirectedEdgeWithKey('odd', 'b', 'c', { date: 'soon', end: '2025-13' });
  return g;
}

describe('time values', () => {
  it('reads every ISO precision at its first instant and numbers on a numeric axis', () => {
    expect(parseTime('2025', 'date')).toBe(Date.UTC(2025, 0, 1));
    expect(parseTime('2025-03', 'date')).toBe(Date.UTC(2025, 2, 1));
    expect(parseTime('2025-03-14', 'date')).toBe(Date.UTC(2025, 2, 14));
    expect(parseTime('2025-03-14T10:30', 'date')).toBe(Date.UTC(2025, 2, 14, 10, 30));
    expect(parseTime('2025-03-14T10:30+01:00', 'date')).toBe(Date.UTC(2025, 2, 14, 9, 30));
    expect(parseTime('2025-02-30', 'date')).toBeUndefined();
    expect(parseTime('March', 'date')).toBeUndefined();
    expect(parseTime(7, 'number')).toBe(7);
    expect(parseTime('2.5', 'number')).toBe(2.5);
    expect(timeAxisOf({ timeFormat: 'integer' })).toBe('number');
    expect(formatTime(Date.UTC(2025, 2, 14), 'date')).toBe('2025-03-14');
    expect(formatTime(12, 'number')).toBe('12');
  });
});

describe('the time index', () => {
  it('shows as of every date what the rule says, on a fixture with spells, intervals and bad dates', () => {
    const g = fixture();
    const index = buildTimeIndex(g);
    expect(index.dates.map((d) => formatTime(d, 'date'))).toContain('2025-03-14');
    const march = shownAt(index, Date.UTC(2025, 2, 20), true);
    expect(sorted(march.edges)).toEqual(['ab', 'ac', 'ac2', 'ca', 'odd']);
    expect(march.nodes.has('d')).toBe(false);
    checkGraph(g);
  });

  it('lists appeared, ended and changed relations with both actors and the quote', () => {
    const index = buildTimeIndex(fixture());
    const changes = changesBetween(index, Date.UTC(2025, 0, 15), Date.UTC(2025, 3, 15));
    const by = (kind: string) => changes.filter((c) => c.kind === kind);
    // b begins in February, so its relations appear with it; the undated 'odd' follows its actor.
    expect(
      by('appeared')
        .map((c) => c.edge)
        .sort(),
    ).toEqual(['ab', 'ac', 'odd']);
    expect(by('appeared').find((c) => c.edge === 'ac')?.lasting).toBe(false);
    expect(by('appeared').find((c) => c.edge === 'ab')?.lasting).toBe(true);
    expect(by('ended').map((c) => c.edge)).toEqual(['ca']);
    expect(by('changed')).toEqual([
      expect.objectContaining({
        edge: 'ac2',
        source: 'a',
        target: 'c',
        quote: 'it turned',
        before: 'cooperative',
        after: 'conflictual',
      }),
    ]);
  });

  it('counts relations beginning per period', () => {
    const bins = timeHistogram(buildTimeIndex(fixture()), 4);
    expect(bins).toHaveLength(4);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(4); // ad's spells begin with an open side, so it has no first date
  });

  it('agrees with the rule on random graphs, calendar and numeric', () => {
    const when = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });
    const span = fc.record({ start: when, end: when }, { requiredKeys: [] });
    const element = fc.record(
      { start: when, end: when, date: when, spells: fc.option(fc.array(span, { maxLength: 3 }), { nil: undefined }) },
      { requiredKeys: [] },
    );
    const graphArb = fc.record({
      numeric: fc.boolean(),
      nodes: fc.array(element, { minLength: 1, maxLength: 6 }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), element), { maxLength: 14 }),
    });
    fc.assert(
      fc.property(graphArb, ({ numeric, nodes, edges }) => {
        const g = createActorGraph();
        if (numeric) g.setAttribute('timeFormat', 'integer');
        const value = (n: number | undefined) => (n === undefined ? undefined : numeric ? n : `${2020 + n}`);
        const conv = (e: Attrs) => {
          const out: Attrs = {};
          for (const k of ['start', 'end', 'date'] as const) if (e[k] !== undefined) out[k] = value(e[k] as number);
          if (e.spells)
            out.spells = (e.spells as Attrs[]).map((s) => ({
              start: value(s.start as number),
              end: value(s.end as number),
            }));
          return out;
        };
        nodes.forEach((n, i) => {
          const { date: _date, ...rest } = conv(n);
          g.addNode(`n${i}`, { label: `N${i}`, ...rest });
        });
        edges.forEach(([s, t, e], i) => {
          g.addDirectedEdgeWithKey(`e${i}`, `n${s % nodes.length}`, `n${t % nodes.length}`, conv(e));
        });
        checkGraph(g);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the rule on the dated fixture, loaded as the app loads it', () => {
    const { graph, warnings } = loadDataset([fixtureFile('backchannel__dated-harbour.json')]);
    expect(warnings).toEqual([]);
    checkGraph(graph);
    const index = buildTimeIndex(graph);
    const changes = changesBetween(index, Date.UTC(2025, 2, 1), Date.UTC(2025, 5, 30));
    const of = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.edge);
    expect(of('appeared')).toContain('brek-leads');
    expect(of('ended')).toEqual(expect.arrayContaining(['varga-leads', 'valdia-alliance']));
    expect(of('changed')).toEqual(['valdia-norland']);
    expect(changes.every((c) => c.quote.length > 0)).toBe(true);
  });
});
