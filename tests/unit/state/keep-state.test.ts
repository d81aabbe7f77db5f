// What the keeper knows of kept datasets: titles, ids, and undo steps read back from storage only when they are ours.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { createDataset } from '../../../src/model/commands/new-keys';
import { runCommand } from '../../../src/model/commands/run-command';
import { copyTitle, isLocalId, keptTitle, restoreHistory } from '../../../src/state/keep-state';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const seed = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;

describe('kept datasets', () => {
  it('are titled by the graph’s own title, else by the name they were opened by; a copy says so once', () => {
    expect(keptTitle(seed(), 'sixth-call.json')).toBe('The sixth Trump–Putin call of 2025');
    const untitled = createDataset('   ');
    expect(keptTitle(untitled, 'edges.csv')).toBe('edges.csv');
    expect(copyTitle('Harbour deals')).toBe('Harbour deals (copy)');
    expect(copyTitle('Harbour deals (copy)')).toBe('Harbour deals (copy)');
    expect([isLocalId('local-1'), isLocalId('sixth-call'), isLocalId(undefined)]).toEqual([true, false, false]);
  });

  it('get back the undo steps saved with them, which undo the edit on the reopened graph', () => {
    const graph = seed();
    const done = runCommand(graph, { type: 'delete-actor', key: 'iran' });
    if (!done.ok) throw new Error('the delete was refused');
    // As IndexedDB stores it: a structured clone.
    const stored = structuredClone({ undo: [{ name: done.name, command: done.inverse }], redo: [] });
    const history = restoreHistory(5, stored);
    expect(history).toMatchObject({ revision: 5, redo: [], last: null });
    expect(history.undo).toHaveLength(1);
    const undo = history.undo[0];
    if (!undo) throw new Error('no step');
    expect(runCommand(graph, undo.command).ok).toBe(true);
    expect(graph.hasNode('iran')).toBe(true);
  });

  it('start with an empty history when what is stored is not steps this app wrote', () => {
    for (const junk of [null, 'undo', { undo: 'x', redo: [] }, { undo: [{ name: 'x', command: {} }], redo: [] }]) {
      expect(restoreHistory(3, junk)).toEqual({ undo: [], redo: [], revision: 3, last: null });
    }
  });
});
