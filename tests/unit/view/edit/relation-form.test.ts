// The relation form as values: the add and edit commands it makes, a new source in the same step, errors by field.
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../../src/model/commands/new-keys';
import { runCommand } from '../../../../src/model/commands/run-command';
import {
  addRelationCommand,
  editRelationCommand,
  errorsByFormField,
  NEW_SOURCE,
  type RelationFormValues,
} from '../../../../src/view/edit/relation-form';

function dataset() {
  const graph = createDataset('Test');
  graph.setAttribute('sources', [{ id: 'paper', title: 'The Paper' }]);
  graph.addNode('ann', { label: 'Ann', kind: 'person' });
  graph.addNode('bland', { label: 'Bland', kind: 'state' });
  return graph;
}

const FORM: RelationFormValues = {
  from: 'ann',
  to: 'bland',
  relation: 'leads',
  stance: 'neutral',
  certainty: 'confirmed',
  date: '',
  quote: ' Ann leads Bland ',
  source: 'paper',
  sourceTitle: '',
  sourceUrl: '',
  published: '',
};

describe('relation form', () => {
  it('makes an add-relation command with its quote, leaving out empty fields', () => {
    const graph = dataset();
    const command = addRelationCommand(graph, FORM, 'relation');
    expect(command).toEqual({
      type: 'add-relation',
      key: 'e-ann-bland',
      source: 'ann',
      target: 'bland',
      attributes: {
        relation: 'leads',
        stance: 'neutral',
        certainty: 'confirmed',
        evidence: [{ quote: 'Ann leads Bland', source: 'paper' }],
      },
    });
    expect(runCommand(graph, command).ok).toBe(true);
  });

  it('a new source is part of the same command, under an id made from its title', () => {
    const graph = dataset();
    const values = { ...FORM, source: NEW_SOURCE, sourceTitle: 'The Wire', sourceUrl: 'https://wire.example/' };
    const command = addRelationCommand(graph, values, 'relation');
    expect(command).toMatchObject({
      newSource: { id: 'the-wire', title: 'The Wire', url: 'https://wire.example/' },
      attributes: { evidence: [{ quote: 'Ann leads Bland', source: 'the-wire' }] },
    });
    expect(runCommand(graph, command).ok).toBe(true);
    expect(graph.getAttribute('sources')?.map((s) => s.id)).toEqual(['paper', 'the-wire']);
  });

  it('an edit changes only what differs (ends included), and nothing when nothing differs', () => {
    const graph = dataset();
    runCommand(graph, addRelationCommand(graph, FORM, 'relation'));
    expect(editRelationCommand(graph, 'e-ann-bland', FORM, 'relation')).toBeNull();
    expect(
      editRelationCommand(graph, 'e-ann-bland', { ...FORM, from: 'bland', to: 'ann', date: '2025' }, 'relation'),
    ).toEqual({
      type: 'update-relation',
      key: 'e-ann-bland',
      changes: { date: '2025' },
      source: 'bland',
      target: 'ann',
    });
  });

  it('puts each error of the checks beside its field', () => {
    const graph = dataset();
    const result = runCommand(
      graph,
      addRelationCommand(graph, { ...FORM, from: '', quote: '', stance: '' }, 'relation'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(errorsByFormField(result.errors)).sort()).toEqual(['from', 'quote', 'stance']);
    expect(errorsByFormField({ evidence: 'x', 'newSource.id': 'y', 'newSource.url': 'z' })).toEqual({
      quote: 'x',
      sourceTitle: 'y',
      sourceUrl: 'z',
    });
    // Added evidence names its own source `source`, which there is the quote's source, not the From actor.
    expect(errorsByFormField({ source: 'w' }, true)).toEqual({ source: 'w' });
  });
});
