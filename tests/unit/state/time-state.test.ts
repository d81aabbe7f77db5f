// Time in the state: the as-of date narrows the visible set (stepped by deltas), a link carries it, paths explain it.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { applyFilters } from '../../../src/model/filters';
import { type AppState, INITIAL_STATE, setDataset } from '../../../src/state/app-state';
import { currentViewQuery } from '../../../src/state/current-view-query';
import { applyViewQuery, resetFilters, setFilters, setPathQuery } from '../../../src/state/explore-state';
import { isNarrowed, selectPaths, selectVisible } from '../../../src/state/select-explore';
import type { AsOfSet } from '../../../src/state/select-time';
import { onlyTimeMoved, setAsOf, setCompare, setIncludeUndated } from '../../../src/state/time-state';
import { decodeViewQuery, encodeViewQuery } from '../../../src/state/view-query';

/** a -member-of-> b from 2024; b -talks-> c on 2025-03-01; c -supplies-> d 2024..2025-02; a -leads-> d undated. */
function opened(): AppState {
  const graph = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd']) graph.addNode(key, { label: key.toUpperCase() });
  graph.mergeNodeAttributes('d', { start: '2024-06' });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'member-of', date: '2024' });
  graph.addDirectedEdgeWithKey('bc', 'b', 'c', { relation: 'talks-with', date: '2025-03-01' });
  graph.addDirectedEdgeWithKey('cd', 'c', 'd', { relation: 'supplies', start: '2024', end: '2025-02' });
  graph.addDirectedEdgeWithKey('ad', 'a', 'd', { relation: 'leads' });
  return setDataset(INITIAL_STATE, { graph, id: 't', name: 't.json', formatLabel: 'JSON', warnings: [] });
}

const edges = (s: AppState) => [...selectVisible(s).edges].sort();

describe('the as-of date in the state', () => {
  it('narrows the visible set by the rule, stepping from the last answer by its delta', () => {
    let s = opened();
    expect(isNarrowed(s)).toBe(false);
    s = setAsOf(s, '2024-03');
    expect(isNarrowed(s)).toBe(true);
    expect(edges(s)).toEqual(['ab']);
    const first = selectVisible(s);
    s = setAsOf(s, '2024-07-01');
    expect(edges(s)).toEqual(['ab', 'ad', 'cd']);
    const stepped = selectVisible(s) as AsOfSet;
    expect(stepped.step?.from).toBe(first);
    expect(stepped.step?.delta.shownEdges.sort()).toEqual(['ad', 'cd']);
    expect(stepped.step?.delta.shownNodes).toEqual(['d']);
    s = setAsOf(s, '2025-03-01');
    expect(edges(s)).toEqual(['ab', 'ad', 'bc']);
    s = setIncludeUndated(s, false);
    expect(edges(s)).toEqual(['ab', 'bc']);
    const graph = s.dataset?.graph;
    if (graph) expect([...applyFilters(graph, s.filters).edges].sort()).toEqual(['ab', 'bc']);
  });

  it('stays at its date, with undated left out and the dates compared, when the Filters panel is reset', () => {
    let s = setIncludeUndated(setAsOf(opened(), '2024-07-01'), false);
    s = setCompare(s, { from: '2024-03', to: '2025-03-01' });
    s = setFilters(s, { relations: ['supplies'], hideIsolated: true, dateFrom: '2024' });
    expect(edges(s)).toEqual(['cd']);
    s = resetFilters(s);
    expect(s.filters.relations).toBeNull();
    expect(s.filters.hideIsolated).toBe(false);
    expect(s.filters.dateFrom).toBeUndefined();
    expect(s.filters.asOf).toBe('2024-07-01');
    expect(s.filters.includeUndated).toBe(false);
    expect(s.compare).toEqual({ from: '2024-03', to: '2025-03-01' });
    expect(edges(s)).toEqual(['ab', 'cd']);
  });

  it('combines with the other filters', () => {
    let s = setAsOf(opened(), '2024-07-01');
    s = setFilters(s, { relations: ['supplies', 'leads'] });
    expect(edges(s)).toEqual(['ad', 'cd']);
  });

  it('says "as of" when the date alone hides every path', () => {
    let s = setIncludeUndated(setAsOf(opened(), '2025-03-01'), false);
    s = setPathQuery(s, { from: 'c', to: 'd', followDirection: false });
    expect(selectPaths(s)?.paths).toEqual([]);
    expect(selectPaths(s)?.explanation).toMatch(/^As of 2025-03-01 there was no path/);
  });

  it('goes into a link and comes back from it, with the dates compared', () => {
    let s = setAsOf(opened(), '2024-07-01');
    s = setIncludeUndated(s, false);
    s = setCompare(s, { from: '2024-03', to: '2025-03-01' });
    const hash = encodeViewQuery(currentViewQuery(s, null, 't'));
    expect(hash).toContain('asOf=2024-07-01');
    expect(hash).toContain('compare=2024-03..2025-03-01');
    const back = applyViewQuery(opened(), decodeViewQuery(hash));
    expect(back.filters.asOf).toBe('2024-07-01');
    expect(back.filters.includeUndated).toBe(false);
    expect(back.compare).toEqual({ from: '2024-03', to: '2025-03-01' });
    expect(edges(back)).toEqual(['ab', 'cd']);
  });

  it('tells a step of the date from a change of the other filters', () => {
    const s = opened();
    const stepped = setIncludeUndated(setAsOf(s, '2024-07-01'), false);
    expect(onlyTimeMoved(stepped.filters, s.filters)).toBe(true);
    expect(onlyTimeMoved(setFilters(stepped, { hideIsolated: true }).filters, s.filters)).toBe(false);
  });
});
