// What measures are computed on: the as-of network, the same whether computed here or sent to the worker.
import { describe, expect, it } from 'vitest';
import { compute, type MeasureClient, networkFor, WORKER_MEASURE_EDGES } from '../../../src/app/measure-network';
import { loadDataset } from '../../../src/io/load-dataset';
import { createActorGraph } from '../../../src/model/actor-graph';
import { computeMeasure } from '../../../src/model/measures';
import { INITIAL_STATE, setDataset } from '../../../src/state/app-state';
import { measureKey } from '../../../src/state/measure-key';
import { setAsOf } from '../../../src/state/time-state';
import { fixture } from '../io/fixture';

const graph = loadDataset([fixture('backchannel__dated-hubs.json')]).graph;
const opened = setDataset(INITIAL_STATE, { graph, id: 'hubs', name: 'hubs.json', formatLabel: 'JSON', warnings: [] });

/** A worker stand-in that runs what measure-worker.ts runs, on what it would be sent, and notes the calls. */
function fakeWorker() {
  const calls: { name: string; signal?: AbortSignal }[] = [];
  const client: MeasureClient = {
    call: async ({ name, graph: sent }, options) => {
      calls.push({ name, signal: options?.signal });
      const received = createActorGraph();
      received.import(JSON.parse(JSON.stringify(sent)));
      return computeMeasure(received, name as 'betweenness');
    },
    terminate: () => {},
  };
  return { client, calls };
}

describe('the network measures are computed on', () => {
  it('is the as-of network, here or in the worker, with the same answer and a signal to stop it', async () => {
    const state = setAsOf(opened, '2021-01-01');
    const network = networkFor()(state, graph, measureKey(state));
    expect(network.graph().order).toBe(6); // the committee does not exist yet
    expect(network.size).toBe(5); // three board ties, the council's licence, the undated advice
    const here = await compute(network, 'betweenness', null, new AbortController().signal);
    const { client, calls } = fakeWorker();
    const stop = new AbortController();
    const large = { ...network, size: WORKER_MEASURE_EDGES + 1 }; // as if over the worker's threshold
    const there = await compute(large, 'betweenness', client, stop.signal);
    expect(there).toEqual(here);
    expect(calls).toEqual([{ name: 'betweenness', signal: stop.signal }]);
    expect(here.corvin).toBeGreaterThan(here.oduna as number);
  });

  it('is the whole graph without a date, and is made once per date', () => {
    const make = networkFor();
    expect(make(opened, graph, measureKey(opened)).graph()).toBe(graph);
    const state = setAsOf(opened, '2023-06-01');
    const first = make(state, graph, measureKey(state));
    expect(make(state, graph, measureKey(state))).toBe(first);
    expect(first.graph().hasNode('vane')).toBe(true);
  });
});
