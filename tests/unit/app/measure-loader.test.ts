// The measure loader as of a date: degree at once, the others once the date rests, keyed by the date, cached.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountMeasureLoader, REST_MS } from '../../../src/app/measure-loader';
import { loadDataset } from '../../../src/io/load-dataset';
import { computeMeasure } from '../../../src/model/measures';
import { subgraphOf } from '../../../src/model/time/graph-as-of';
import { buildTimeIndex, shownAt } from '../../../src/model/time/time-index';
import { parseTime } from '../../../src/model/time/time-value';
import { type AppState, INITIAL_STATE, setDataset, setMeasure, setViewSettings } from '../../../src/state/app-state';
import { measureKey } from '../../../src/state/measure-key';
import { selectMeasure } from '../../../src/state/select-explore';
import { createStore, type Store } from '../../../src/state/store';
import { setAsOf, setIncludeUndated } from '../../../src/state/time-state';
import { fixture } from '../io/fixture';

const graph = loadDataset([fixture('backchannel__dated-hubs.json')]).graph;
const index = buildTimeIndex(graph);
/** A measure of the network the rule shows as of a day. */
const asOf = (day: string, measure: 'degree' | 'betweenness', includeUndated = true) =>
  computeMeasure(subgraphOf(graph, shownAt(index, parseTime(day, 'date') as number, includeUndated)), measure);

let store: Store<AppState>;
let unmount: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  const dataset = { graph, id: 'hubs', name: 'hubs.json', formatLabel: 'JSON', warnings: [] };
  store = createStore(setDataset(INITIAL_STATE, dataset));
  unmount = mountMeasureLoader(store);
});
afterEach(() => {
  unmount();
  vi.useRealTimers();
});

const move = (day: string | null) => store.update((s) => setAsOf(s, day));
const measure = (name: string) => selectMeasure(store.get(), name);

describe('the measure loader as of a date', () => {
  it('gives degree of the network shown as of the date at once, and the whole one again without a date', async () => {
    await vi.waitFor(() => expect(measure('degree')).toEqual(computeMeasure(graph, 'degree')));
    move('2021-01-01');
    expect(measure('degree')).toEqual(asOf('2021-01-01', 'degree'));
    expect(measure('degree')).not.toHaveProperty('vane'); // absent then: no value, not 0
    move('2023-06-01'); // a step: degrees stepped from the last answer
    expect(measure('degree')).toEqual(asOf('2023-06-01', 'degree'));
    move('2021-01-01');
    store.update((s) => setIncludeUndated(s, false));
    expect(measure('degree')).toEqual(asOf('2021-01-01', 'degree', false));
    move(null);
    expect(measure('degree')).toEqual(computeMeasure(graph, 'degree')); // back from the cache
  });

  it('computes betweenness once the date rests, drops the answer for a date left behind, and caches dates', async () => {
    store.update((s) => setViewSettings(s, { rankBy: 'betweenness' }));
    await vi.waitFor(() => expect(measure('betweenness')).not.toBeNull());
    move('2021-01-01');
    // Not current while the date has not rested: the whole network's values are not passed off as of the date.
    expect(measure('betweenness')).toBeNull();
    await vi.advanceTimersByTimeAsync(REST_MS);
    await vi.waitFor(() => expect(measure('betweenness')).toEqual(asOf('2021-01-01', 'betweenness')));
    // The date rests on March 2023 (its computation starts) and moves on before the answer: that answer is dropped.
    move('2023-03-01');
    vi.advanceTimersByTime(REST_MS);
    move('2023-06-01');
    expect(measure('betweenness')).toBeNull();
    await vi.advanceTimersByTimeAsync(REST_MS - 1); // the March answer arrives meanwhile
    expect(measure('betweenness')).toBeNull();
    expect(asOf('2023-03-01', 'betweenness')).not.toEqual(asOf('2021-01-01', 'betweenness'));
    expect(store.get().measures.betweenness).toEqual(asOf('2021-01-01', 'betweenness')); // kept, not current
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(measure('betweenness')).toEqual(asOf('2023-06-01', 'betweenness')));
    expect(store.get().measuresOf?.betweenness).toBe(measureKey(store.get()));
    // Back to a date already computed: there at once, no rest needed.
    move('2021-01-01');
    expect(measure('betweenness')).toEqual(asOf('2021-01-01', 'betweenness'));
  });

  it('drops a stale answer: one computed for another date is not stored', () => {
    move('2023-06-01');
    const now = store.get();
    const early = { ...now, filters: { ...now.filters, asOf: '2021-01-01' } };
    const stale = setMeasure(now, graph, 'pagerank', { corvin: 1 }, now.history.revision, measureKey(early));
    expect(stale).toBe(now);
    const fresh = setMeasure(now, graph, 'pagerank', { oduna: 1 }, now.history.revision, measureKey(now));
    expect(selectMeasure(fresh, 'pagerank')).toEqual({ oduna: 1 });
    // The same values read as of another date are not current there.
    expect(selectMeasure({ ...fresh, filters: early.filters }, 'pagerank')).toBeNull();
  });
});
