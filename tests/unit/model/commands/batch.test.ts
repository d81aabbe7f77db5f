// Batches: steps checked against the graph as the earlier ones leave it, all or nothing, one step, one inverse batch.
import { describe, expect, it } from 'vitest';
import { writeNative } from '../../../../src/io/write-native';
import type { Command } from '../../../../src/model/commands/command';
import { createDataset } from '../../../../src/model/commands/new-keys';
import { checkCommand, runCommand } from '../../../../src/model/commands/run-command';

const EVIDENCE = [{ quote: 'Ann urges Bo', source: 'paper' }];
const meets = { relation: 'urges', stance: 'cooperative', certainty: 'confirmed', evidence: EVIDENCE } as const;

function dataset() {
  const graph = createDataset('Test');
  graph.setAttribute('sources', [{ id: 'paper', title: 'The Paper' }]);
  graph.addNode('bo', { label: 'Bo', kind: 'person' });
  return graph;
}

const addAnn: Command = { type: 'add-actor', key: 'ann', attributes: { label: 'Ann', kind: 'person' } };
const annMeetsBo: Command = { type: 'add-relation', key: 'e-ann-bo', source: 'ann', target: 'bo', attributes: meets };

describe('a batch', () => {
  it('checks each step against the graph the earlier steps leave: a relation to an actor the batch adds', () => {
    const graph = dataset();
    const before = writeNative(graph);
    const result = runCommand(graph, { type: 'batch', commands: [addAnn, annMeetsBo] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.name.action).toBe('Apply 2 changes');
    expect(graph.hasEdge('e-ann-bo')).toBe(true);
    expect(result.changes.actors.added).toEqual(new Set(['ann']));
    expect(result.changes.relations.added).toEqual(new Set(['e-ann-bo']));
    // One inverse: the steps' inverses in reverse order (the relation goes before its actor can).
    expect(result.inverse.type).toBe('batch');
    const inverse = result.inverse as Extract<Command, { type: 'batch' }>;
    expect(inverse.commands.map((c) => (c.type === 'patch' ? c.ops[0]?.op : c.type))).toEqual([
      'drop-edges',
      'drop-nodes',
    ]);
    const edited = writeNative(graph);
    const undone = runCommand(graph, result.inverse);
    if (!undone.ok) throw new Error('undo refused');
    expect(writeNative(graph)).toBe(before);
    expect(runCommand(graph, undone.inverse).ok).toBe(true);
    expect(writeNative(graph)).toBe(edited);
  });

  it('keeps its name through undo and redo', () => {
    const graph = dataset();
    const name = { action: 'Add draft', past: 'Added draft', noun: 'addition of draft' };
    const result = runCommand(graph, { type: 'batch', name, commands: [addAnn] });
    expect(result.name).toEqual(name);
    if (!result.ok) throw new Error('refused');
    expect(runCommand(graph, result.inverse).name).toEqual(name);
  });

  it('refused half-way changes nothing and says which step and which field', () => {
    const graph = dataset();
    const before = writeNative(graph);
    const duplicate: Command = { type: 'add-actor', key: 'bo-2', attributes: { label: 'BO', kind: 'person' } };
    const batch: Command = { type: 'batch', commands: [addAnn, annMeetsBo, duplicate] };
    const result = runCommand(graph, batch);
    expect(result.ok).toBe(false);
    expect(writeNative(graph)).toBe(before);
    expect(graph.hasNode('ann')).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(errors['commands[2].label']).toContain('"Bo" is already an actor');
    expect(errors.form).toMatch(/^Step 3 of 3 \(Add actor BO\) was refused, so nothing was changed: "Bo"/);
    expect(checkCommand(graph, batch)).toEqual(errors);
    expect(writeNative(graph)).toBe(before);
  });

  it('names the errors of a nested batch by both places, and refuses an empty batch', () => {
    const graph = dataset();
    const inner: Command = { type: 'batch', commands: [{ type: 'delete-actor', key: 'nobody' }] };
    const result = runCommand(graph, { type: 'batch', commands: [addAnn, inner] });
    expect(result.ok ? {} : result.errors).toHaveProperty('commands[1].commands[0].key');
    expect(runCommand(graph, { type: 'batch', commands: [] })).toMatchObject({
      ok: false,
      errors: { form: /Nothing/ },
    });
  });

  it('checkCommand of a batch that would run answers no errors and leaves the graph as it was', () => {
    const graph = dataset();
    const before = writeNative(graph);
    expect(checkCommand(graph, { type: 'batch', commands: [addAnn, annMeetsBo] })).toEqual({});
    expect(writeNative(graph)).toBe(before);
  });

  it('a stale inverse that fails at a later step undoes the earlier ones and throws: all or nothing', () => {
    const graph = dataset();
    const result = runCommand(graph, { type: 'batch', commands: [addAnn, annMeetsBo] });
    if (!result.ok) throw new Error('refused');
    // Changed outside the history: Ann gains a relation, so her removal (the inverse's second step) cannot fit.
    graph.addDirectedEdgeWithKey('outside', 'bo', 'ann', { ...meets });
    const before = writeNative(graph);
    expect(() => runCommand(graph, result.inverse)).toThrow(/does not fit/);
    expect(writeNative(graph)).toBe(before);
  });
});
