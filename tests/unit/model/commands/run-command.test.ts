// runCommand: what each command checks (errors by field, nothing changed), what it changes, its names and change set.
import { describe, expect, it } from 'vitest';
import { writeNative } from '../../../../src/io/write-native';
import { createActorGraph } from '../../../../src/model/actor-graph';
import type { Command } from '../../../../src/model/commands/command';
import { mergedAttributes } from '../../../../src/model/commands/merge-actors';
import { createDataset, newActorKey, newRelationKey, newSourceId } from '../../../../src/model/commands/new-keys';
import { checkCommand, runCommand } from '../../../../src/model/commands/run-command';
import type { RelationAttributes } from '../../../../src/model/schema';

const EVIDENCE = [{ quote: 'Ann leads Bland', source: 'paper' }];

/** A native dataset: Ann (person) leads Bland (state), one source. */
function dataset() {
  const graph = createDataset('Test');
  graph.setAttribute('sources', [{ id: 'paper', title: 'The Paper' }]);
  runOk(graph, { type: 'add-actor', key: 'ann', attributes: { label: 'Ann', kind: 'person', aliases: ['A.'] } });
  runOk(graph, { type: 'add-actor', key: 'bland', attributes: { label: 'Bland', kind: 'state' } });
  const attributes = { relation: 'leads', stance: 'neutral', certainty: 'confirmed', evidence: EVIDENCE } as const;
  runOk(graph, { type: 'add-relation', key: 'e-ab', source: 'ann', target: 'bland', attributes: { ...attributes } });
  return graph;
}

function runOk(graph: ReturnType<typeof createDataset>, command: Command) {
  const result = runCommand(graph, command);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

/** Runs a command that must be refused; checks that nothing changed and returns its errors. */
function refused(graph: ReturnType<typeof createDataset>, command: Command, context = {}) {
  const before = writeNative(graph);
  const result = runCommand(graph, command, context);
  expect(result.ok).toBe(false);
  expect(writeNative(graph)).toBe(before);
  expect(checkCommand(graph, command, context)).toEqual(result.ok ? {} : result.errors);
  return result.ok ? {} : result.errors;
}

describe('checks, by field, before anything changes', () => {
  it('an actor needs a name not taken (case and accents aside) and, in a native dataset, a known kind', () => {
    const graph = dataset();
    const errors = refused(graph, { type: 'add-actor', key: 'x', attributes: { label: 'ÁNN', kind: 'wizard' } });
    expect(Object.keys(errors).sort()).toEqual(['kind', 'label']);
    expect(errors.label).toContain('"Ann" is already an actor');
    expect(refused(graph, { type: 'add-actor', key: 'x', attributes: { label: ' ' } }).label).toBe(
      'Give the actor a name.',
    );
    expect(refused(graph, { type: 'update-actor', key: 'gone', changes: { role: 'x' } })).toHaveProperty('key');
    expect(refused(graph, { type: 'update-actor', key: 'ann', changes: { label: 'Ann' } })).toHaveProperty('form');
  });

  it('a dataset without the native format takes any kind', () => {
    const graph = createActorGraph();
    runOk(graph, { type: 'add-actor', key: 'x', attributes: { label: 'X', kind: 'wizard' } });
    expect(graph.getNodeAttribute('x', 'kind')).toBe('wizard');
  });

  it('a relation needs known ends, the vocabulary, and evidence from a listed source', () => {
    const graph = dataset();
    const bare: Command = {
      type: 'add-relation',
      key: 'e2',
      source: 'ann',
      target: 'nobody',
      attributes: { relation: 'rules' },
    };
    const errors = refused(graph, bare);
    expect(Object.keys(errors).sort()).toEqual(['certainty', 'evidence', 'relation', 'stance', 'target']);
    const badSource = {
      relation: 'leads',
      stance: 'neutral',
      certainty: 'confirmed',
      evidence: [{ quote: 'q', source: 'blog' }],
    } satisfies RelationAttributes;
    const command: Command = {
      type: 'add-relation',
      key: 'e2',
      source: 'ann',
      target: 'bland',
      attributes: { ...badSource },
    };
    expect(Object.keys(refused(graph, command))).toEqual(['evidence[0].source']);
  });

  it('a quote must be verbatim in the source’s stored text (typography and spacing aside)', () => {
    const graph = dataset();
    const context = { sourceTexts: { paper: 'Everyone knows that “Ann” — the boss —  leads Bland today.' } };
    const add = (quote: string): Command => ({
      type: 'add-evidence',
      relation: 'e-ab',
      evidence: { quote, source: 'paper' },
    });
    expect(refused(graph, add('Ann runs Bland'), context).quote).toContain('does not contain these words');
    expect(runCommand(graph, add('"Ann" - the boss - leads Bland'), context).ok).toBe(true);
    expect(runCommand(graph, add('Ann runs Bland')).ok).toBe(true); // no stored text: nothing to check against
  });

  it('the last quote of a relation cannot be removed', () => {
    const graph = dataset();
    expect(refused(graph, { type: 'remove-evidence', relation: 'e-ab', index: 0 }).index).toContain('at least one');
  });

  it('merge needs two different actors', () => {
    const graph = dataset();
    expect(refused(graph, { type: 'merge-actors', from: 'ann', into: 'ann' })).toHaveProperty('into');
  });

  it('a source needs a free id and a title; a relation may bring its new source along', () => {
    const graph = dataset();
    const errors = refused(graph, { type: 'add-source', source: { id: 'paper', title: '', url: 'ftp://x' } });
    expect(Object.keys(errors).sort()).toEqual(['id', 'title', 'url']);
    const attributes = {
      relation: 'leads',
      stance: 'neutral',
      certainty: 'reported',
      evidence: [{ quote: 'q', source: 'wire' }],
    } satisfies RelationAttributes;
    const result = runOk(graph, {
      type: 'add-relation',
      key: 'e2',
      source: 'bland',
      target: 'ann',
      attributes: { ...attributes },
      newSource: { id: 'wire', title: 'The Wire' },
    });
    expect(graph.getAttribute('sources')?.map((s) => s.id)).toEqual(['paper', 'wire']);
    expect(result.changes.dataset).toBe(true);
  });

  it('added evidence may bring its new source along, one step that one undo takes back', () => {
    const graph = dataset();
    const before = writeNative(graph);
    const add: Command = {
      type: 'add-evidence',
      relation: 'e-ab',
      evidence: { quote: 'Ann still leads Bland', source: 'wire' },
      newSource: { id: 'wire', title: '' },
    };
    expect(Object.keys(refused(graph, add))).toEqual(['newSource.title']);
    const result = runOk(graph, { ...add, newSource: { id: 'wire', title: 'The Wire' } });
    expect(graph.getAttribute('sources')?.map((s) => s.id)).toEqual(['paper', 'wire']);
    expect(graph.getEdgeAttribute('e-ab', 'evidence')?.at(-1)).toEqual({
      quote: 'Ann still leads Bland',
      source: 'wire',
    });
    runOk(graph, result.inverse);
    expect(writeNative(graph)).toBe(before);
  });
});

describe('what commands change', () => {
  it('a native relation takes its direction from its name, and changing the name can change it in place', () => {
    const graph = dataset();
    const before = graph.edges();
    const result = runOk(graph, { type: 'update-relation', key: 'e-ab', changes: { relation: 'talks-with' } });
    expect(graph.isUndirected('e-ab')).toBe(true);
    expect(graph.edges()).toEqual(before);
    expect(result.changes.relations.removed.has('e-ab') && result.changes.relations.added.has('e-ab')).toBe(true);
  });

  it('an edit keeps the attribute order, appends new attributes and removes undefined ones', () => {
    const graph = dataset();
    runOk(graph, { type: 'update-actor', key: 'ann', changes: { role: 'Boss', aliases: undefined, label: 'Anne' } });
    expect(Object.keys(graph.getNodeAttributes('ann'))).toEqual(['label', 'kind', 'role']);
    expect(graph.getNodeAttribute('ann', 'label')).toBe('Anne');
  });

  it('merge: names become aliases once, the survivor’s values win, what it lacks is kept', () => {
    const merged = mergedAttributes(
      { label: 'Russia', kind: 'state', aliases: ['Moscow'] },
      { label: 'moscow', kind: 'place', aliases: ['the Kremlin', 'Russia'], description: 'Capital', x: 3 },
    );
    expect(merged).toEqual({
      label: 'Russia',
      kind: 'state',
      aliases: ['Moscow', 'the Kremlin'],
      description: 'Capital',
      x: 3,
    });
  });

  it('merge turns a relation between the two into a self-loop and keeps parallel relations apart', () => {
    const graph = dataset();
    runOk(graph, { type: 'add-actor', key: 'cal', attributes: { label: 'Cal', kind: 'person' } });
    const attributes = { relation: 'leads', stance: 'neutral', certainty: 'confirmed', evidence: EVIDENCE } as const;
    runOk(graph, { type: 'add-relation', key: 'e-cb', source: 'cal', target: 'bland', attributes: { ...attributes } });
    runOk(graph, { type: 'add-relation', key: 'e-ca', source: 'cal', target: 'ann', attributes: { ...attributes } });
    const result = runOk(graph, { type: 'merge-actors', from: 'cal', into: 'ann' });
    expect(graph.edges('ann', 'bland').sort()).toEqual(['e-ab', 'e-cb']);
    expect([graph.source('e-ca'), graph.target('e-ca')]).toEqual(['ann', 'ann']);
    expect(result.changes.actors.removed).toEqual(new Set(['cal']));
    expect(result.changes.actors.updated).toEqual(new Set(['ann']));
  });

  it('names each step for the status line and the Undo button', () => {
    const graph = dataset();
    const result = runOk(graph, { type: 'delete-relation', key: 'e-ab' });
    expect(result.name).toEqual({
      action: 'Delete relation Ann leads Bland',
      past: 'Deleted relation Ann leads Bland',
      noun: 'deletion of relation Ann leads Bland',
    });
  });

  it('an inverse that no longer fits the graph is refused whole (an error), leaving the graph as it was', () => {
    const graph = dataset();
    const deletion = runOk(graph, { type: 'delete-actor', key: 'ann' });
    runOk(graph, { type: 'add-actor', key: 'ann', attributes: { label: 'Ann again', kind: 'person' } });
    const before = writeNative(graph);
    expect(() => runCommand(graph, deletion.inverse)).toThrow(/does not fit/);
    expect(writeNative(graph)).toBe(before);
  });
});

describe('new keys', () => {
  it('are kebab-case, free, and never a name every object has', () => {
    const graph = dataset();
    expect(newActorKey(graph, 'Ann')).toBe('ann-2');
    expect(newActorKey(graph, 'Cal')).toBe('cal');
    runOk(graph, { type: 'add-actor', key: 'ann-2', attributes: { label: 'Ann Two', kind: 'person' } });
    expect(newActorKey(graph, 'ann')).toBe('ann-3');
    expect(newActorKey(graph, 'Ça va, Zürich!')).toBe('ca-va-zurich');
    expect(newActorKey(graph, 'constructor')).toBe('constructor-2');
    expect(newActorKey(graph, '!!!')).toBe('actor');
    expect(newRelationKey(graph, 'ann', 'bland')).toBe('e-ann-bland');
    expect(newSourceId(graph, 'The Paper')).toBe('the-paper');
    expect(newSourceId(graph, 'paper')).toBe('paper-2');
  });
});
