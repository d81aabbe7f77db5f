// The keeper on fake-indexeddb: a save after the steps, one save for quick steps, a second tab's conflict, Keep both,
// a full disk that keeps the edit, and a new dataset kept only once edited.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeeper, type Keeper, type LocalModule } from '../../../src/app/keep-locally';
import { loadDataset } from '../../../src/io/load-dataset';
import * as localModule from '../../../src/io/local/local-datasets';
import { createDataset } from '../../../src/model/commands/new-keys';
import { type AppState, type Dataset, INITIAL_STATE, setDataset } from '../../../src/state/app-state';
import { applyEdit } from '../../../src/state/edit-graph';
import { createStore, type Store } from '../../../src/state/store';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const ACTOR = {
  type: 'add-actor',
  key: 'test-ministry',
  attributes: { label: 'Test Ministry', kind: 'group' },
} as const;

let n = 0;
let keepers: Keeper[] = [];
afterEach(() => {
  for (const keeper of keepers) keeper.destroy();
  keepers = [];
});

/** The store module on a database of the test's own, with saves counted and, when asked, a full disk. */
function moduleOn(name: string, counts = { saves: 0 }, full = { disk: false }): () => Promise<LocalModule> {
  return async () => ({
    ...localModule,
    openLocalDatasets: () => {
      const local = localModule.openLocalDatasets({ name });
      return {
        ...local,
        save: (request) => {
          counts.saves += 1;
          if (full.disk) return Promise.resolve({ ok: false, reason: 'quota', message: 'Storage full: not saved.' });
          return local.save(request);
        },
      };
    },
  });
}

function showing(dataset: Partial<Dataset> & { graph: Dataset['graph'] }): Store<AppState> {
  return createStore(
    setDataset(INITIAL_STATE, {
      id: 'sixth-call',
      name: 'The sixth call',
      formatLabel: 'JSON',
      warnings: [],
      ...dataset,
    }),
  );
}

const seedGraph = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;

function keep(store: Store<AppState>, load: () => Promise<LocalModule>): Keeper {
  // Saves run at the next task, standing for "after paint".
  const keeper = createKeeper(store, load, (run) => setTimeout(run, 0));
  keepers.push(keeper);
  return keeper;
}

describe('keeping the dataset shown', () => {
  it('saves the seed once after quick steps, under a new local id, with its title and its undo steps', async () => {
    const name = `keep-${++n}`;
    const counts = { saves: 0 };
    const store = showing({ graph: seedGraph() });
    const keeper = keep(store, moduleOn(name, counts));
    applyEdit(store, ACTOR);
    applyEdit(store, { type: 'update-actor', key: 'test-ministry', changes: { role: 'first' } });
    applyEdit(store, { type: 'update-actor', key: 'test-ministry', changes: { role: 'second' } });
    await keeper.flush();
    expect(counts.saves).toBe(1);
    const { current, savedRevision, kept, problem } = keeper.state.get();
    expect(current?.id).toMatch(/^local-/);
    expect({ title: current?.title, savedRevision, problem }).toEqual({
      title: 'The sixth Trump–Putin call of 2025',
      savedRevision: 3,
      problem: null,
    });
    expect(kept.map((k) => k.id)).toEqual([current?.id]);
    const local = localModule.openLocalDatasets({ name });
    const saved = await local.open(current?.id ?? '');
    local.close();
    expect(saved?.summary).toMatchObject({ revision: 3, origin: 'sixth-call' });
    expect((saved?.history as { undo: unknown[] } | undefined)?.undo).toHaveLength(3);
    expect(
      loadDataset([{ name: 'x.json', text: saved?.json ?? '' }]).graph.getNodeAttribute('test-ministry', 'role'),
    ).toBe('second');
  });

  it('a second tab that saves the same dataset later gets a conflict, saves nothing more, and Keep both makes two', async () => {
    const name = `keep-${++n}`;
    const first = showing({ graph: seedGraph() });
    const firstKeeper = keep(first, moduleOn(name));
    applyEdit(first, ACTOR);
    await firstKeeper.flush();
    const id = firstKeeper.state.get().current?.id ?? '';
    // The second tab opens the kept dataset at revision 1, as the ?local= link does.
    const local = localModule.openLocalDatasets({ name });
    const stored = await local.open(id);
    const graph = loadDataset([{ name: 'x.json', text: stored?.json ?? '' }]).graph;
    const second = showing({ graph, id, name: 'The sixth call', revision: 1 });
    const counts = { saves: 0 };
    const secondKeeper = keep(second, moduleOn(name, counts));
    expect(secondKeeper.state.get().current).toEqual({ id, title: 'The sixth call' });

    applyEdit(first, { type: 'update-actor', key: 'test-ministry', changes: { role: 'first tab' } });
    await firstKeeper.flush();
    applyEdit(second, { type: 'update-actor', key: 'test-ministry', changes: { role: 'second tab' } });
    await secondKeeper.flush();
    expect(secondKeeper.state.get().problem).toMatchObject({ reason: 'conflict' });
    applyEdit(second, { type: 'update-actor', key: 'test-ministry', changes: { role: 'again' } });
    await secondKeeper.flush();
    expect(counts.saves).toBe(1); // paused until the user chooses
    expect((await local.open(id))?.summary.revision).toBe(2);

    await secondKeeper.keepBoth();
    const { current, problem } = secondKeeper.state.get();
    expect(problem).toBeNull();
    expect(current?.title).toBe('The sixth call (copy)');
    expect(current?.id).not.toBe(id);
    expect((await local.list()).map((s) => s.title).sort()).toEqual([
      'The sixth Trump–Putin call of 2025',
      'The sixth call (copy)',
    ]);
    local.close();
  });

  it('a full disk keeps the edit in the graph and says so; the next save that works clears it', async () => {
    const full = { disk: true };
    const store = showing({ graph: seedGraph() });
    const keeper = keep(store, moduleOn(`keep-${++n}`, { saves: 0 }, full));
    applyEdit(store, ACTOR);
    await keeper.flush();
    expect(keeper.state.get()).toMatchObject({ problem: { reason: 'quota' }, current: null, savedRevision: null });
    expect(store.get().dataset?.graph.hasNode('test-ministry')).toBe(true);
    full.disk = false;
    applyEdit(store, { type: 'update-actor', key: 'test-ministry', changes: { role: 'x' } });
    await keeper.flush();
    expect(keeper.state.get()).toMatchObject({ problem: null, savedRevision: 2 });
  });

  it('a new dataset is kept only once edited, under the id it was started with', async () => {
    const counts = { saves: 0 };
    const store = showing({ graph: createDataset('Harbour deals'), id: 'local-new', name: 'Harbour deals' });
    const keeper = keep(store, moduleOn(`keep-${++n}`, counts));
    await keeper.flush();
    expect(counts.saves).toBe(0);
    expect(keeper.state.get().current).toBeNull();
    applyEdit(store, { type: 'add-actor', key: 'port', attributes: { label: 'Port', kind: 'group' } });
    await keeper.flush();
    expect(keeper.state.get().current).toEqual({ id: 'local-new', title: 'Harbour deals' });
  });
});
