// Editing through the store: history stacks, revision, names, status, selection and measures after each step.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { writeNative } from '../../../src/io/write-native';
import { runCommand } from '../../../src/model/commands/run-command';
import { computeMeasure } from '../../../src/model/measures';
import { type AppState, INITIAL_STATE, setDataset, setMeasure } from '../../../src/state/app-state';
import { acceptDraft, applyEdit, redoEdit, undoEdit } from '../../../src/state/edit-graph';
import { redoLabel, undoLabel } from '../../../src/state/history';
import { selectVisible } from '../../../src/state/select-explore';
import { createStore, type Store } from '../../../src/state/store';
import { commandFor, intent } from '../model/commands/random-commands';
import { DRAFT } from '../model/commands/sample-draft';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');

function opened(revision?: number): Store<AppState> {
  const graph = loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;
  const dataset = { graph, id: 'sixth-call', name: 'sixth-call.json', formatLabel: 'JSON', warnings: [], revision };
  return createStore(setDataset(INITIAL_STATE, dataset));
}

function graphOf(store: Store<AppState>) {
  const graph = store.get().dataset?.graph;
  if (!graph) throw new Error('No dataset is open.');
  return graph;
}

describe('undo and redo through the store', () => {
  it('counts revisions from the one opened, names the steps, and a new command clears redo', () => {
    const store = opened(7);
    const merge = applyEdit(store, { type: 'merge-actors', from: 'russian-officials', into: 'russia' });
    expect(merge).toMatchObject({ ok: true, revision: 8 });
    expect(store.get().status.message).toBe('Merged Russian officials into Russia.');
    expect(undoLabel(store.get().history)).toBe('Undo merge of Russian officials into Russia');
    expect(undoEdit(store)).toMatchObject({ ok: true, revision: 9 });
    expect(store.get().status.message).toBe('Undid merge of Russian officials into Russia.');
    expect(redoLabel(store.get().history)).toBe('Redo merge of Russian officials into Russia');
    expect(undoLabel(store.get().history)).toBeNull();
    applyEdit(store, { type: 'delete-actor', key: 'iran' });
    expect(redoLabel(store.get().history)).toBeNull();
    expect(redoEdit(store)).toBeNull();
  });

  it('a refused command leaves state and graph alone, and no listener runs', () => {
    const store = opened();
    const before = store.get();
    const listener = vi.fn();
    store.subscribe(listener);
    const outcome = applyEdit(store, { type: 'add-actor', key: 'x', attributes: { label: 'Iran', kind: 'state' } });
    expect(outcome).toMatchObject({ ok: false, errors: { label: expect.stringContaining('already') } });
    expect(store.get()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('drops a selection, focus or path whose actor went, and keeps the dataset object (no full rebuild)', () => {
    const store = opened();
    const dataset = store.get().dataset;
    store.update((s) => ({
      ...s,
      selection: { type: 'node', key: 'iran' },
      focus: { centre: 'iran', depth: 1, direction: 'both', expanded: [] },
    }));
    applyEdit(store, { type: 'delete-actor', key: 'iran' });
    expect(store.get()).toMatchObject({ selection: null, focus: null });
    expect(store.get().dataset).toBe(dataset);
    expect(store.get().history.last?.changes.actors.removed).toEqual(new Set(['iran']));
  });

  it('the visible set follows the revision, not the graph object', () => {
    const store = opened();
    expect(selectVisible(store.get()).nodes.has('iran')).toBe(true);
    applyEdit(store, { type: 'delete-actor', key: 'iran' });
    expect(selectVisible(store.get()).nodes.has('iran')).toBe(false);
    undoEdit(store);
    expect(selectVisible(store.get()).nodes.has('iran')).toBe(true);
  });

  it('keeps measures after an attribute edit; after a structural one keeps degree, updated, and drops the rest', () => {
    const store = opened();
    const graph = graphOf(store);
    for (const name of ['degree', 'pagerank'] as const)
      store.update((s) => setMeasure(s, graph, name, computeMeasure(graph, name)));
    const measures = store.get().measures;
    applyEdit(store, { type: 'update-actor', key: 'iran', changes: { role: 'State' } });
    expect(store.get().measures).toBe(measures);
    fc.assert(
      fc.property(fc.array(intent, { minLength: 30, maxLength: 30 }), (intents) => {
        for (const step of intents) {
          const command = commandFor(graph, step);
          if (command) applyEdit(store, command);
        }
        expect(store.get().measures.pagerank).toBeUndefined();
        expect(store.get().measures.degree).toEqual(computeMeasure(graph, 'degree'));
      }),
      { numRuns: 10 },
    );
  });

  it('drops a measure computed before an edit when it arrives after it', () => {
    const store = opened();
    const graph = graphOf(store);
    const asked = store.get().history.revision;
    applyEdit(store, { type: 'delete-actor', key: 'iran' });
    store.update((s) => setMeasure(s, graph, 'pagerank', { iran: 1 }, asked));
    expect(store.get().measures.pagerank).toBeUndefined();
    store.update((s) => setMeasure(s, graph, 'pagerank', computeMeasure(graph, 'pagerank'), s.history.revision));
    expect(store.get().measures.pagerank).toBeDefined();
  });

  it('an undo that no longer fits (the graph changed behind the history) fails whole and clears the history', () => {
    const store = opened();
    applyEdit(store, { type: 'delete-actor', key: 'iran' });
    runCommand(graphOf(store), { type: 'add-actor', key: 'iran', attributes: { label: 'Persia', kind: 'state' } });
    const before = writeNative(graphOf(store));
    expect(undoEdit(store)).toMatchObject({ ok: false });
    expect(writeNative(graphOf(store))).toBe(before);
    expect(store.get().history.undo).toEqual([]);
    expect(store.get().status.kind).toBe('error');
  });
});

describe('accepting a draft through the store', () => {
  it('is one named step: one Undo takes the whole draft back, byte for byte, and Redo brings it again', () => {
    const store = opened();
    const original = writeNative(graphOf(store));
    const outcome = acceptDraft(store, DRAFT);
    expect(outcome).toMatchObject({ ok: true, revision: 1 });
    const graph = graphOf(store);
    expect(graph.hasNode('marco-bellini') && graph.hasNode('italy')).toBe(true);
    expect(store.get().history.undo).toHaveLength(1);
    expect(store.get().status.message).toBe('Added draft from “Rome report”: 2 actors, 3 relations.');
    expect(undoLabel(store.get().history)).toBe('Undo addition of draft from “Rome report”: 2 actors, 3 relations');
    const edited = writeNative(graph);
    undoEdit(store);
    expect(writeNative(graph)).toBe(original);
    expect(store.get().status.message).toBe('Undid addition of draft from “Rome report”: 2 actors, 3 relations.');
    redoEdit(store);
    expect(writeNative(graph)).toBe(edited);
  });

  it('a draft refused at one step leaves graph, history and state alone, with the step in the errors', () => {
    const store = opened();
    const before = store.get();
    const actors = [...DRAFT.actors, { key: 'a5', label: 'Iran', kind: 'state', aliases: [] }];
    const outcome = acceptDraft(store, { ...DRAFT, actors });
    expect(outcome).toMatchObject({ ok: false, errors: { form: expect.stringContaining('(Add actor Iran)') } });
    expect(store.get()).toBe(before);
    expect(graphOf(store).hasNode('italy')).toBe(false);
  });
});
