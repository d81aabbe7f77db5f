// draftCommands: an accepted draft as one batch into the seed; "Same as" actors merged by name, one undo, same bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import { writeNative } from '../../../../src/io/write-native';
import type { ActorGraph } from '../../../../src/model/actor-graph';
import type { AcceptedDraft } from '../../../../src/model/commands/accepted-draft';
import { draftCommands } from '../../../../src/model/commands/draft-commands';
import { createDataset } from '../../../../src/model/commands/new-keys';
import { runCommand } from '../../../../src/model/commands/run-command';
import { foldText } from '../../../../src/model/search-index';
import { DRAFT, SENTENCES } from './sample-draft';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const seed = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;

function accept(graph: ActorGraph, draft: AcceptedDraft) {
  const batch = draftCommands(graph, draft);
  return { batch, result: runCommand(graph, batch.command, batch.context) };
}

describe('an accepted draft as one batch', () => {
  it('into the seed: no duplicate actor, names merged into the "Same as" actors, one undo restores the bytes', () => {
    const graph = seed();
    const original = writeNative(graph);
    const { batch, result } = accept(graph, DRAFT);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(batch.command.commands.map((c) => c.type)).toEqual([
      'add-source',
      'update-actor',
      'add-actor',
      'add-actor',
      'add-relation',
      'add-relation',
      'add-relation',
    ]);
    expect(result.name.action).toBe('Add draft from “Rome report”: 2 actors, 3 relations');
    expect(graph.order).toBe(56);
    const labels = graph.mapNodes((_key, attrs) => foldText(attrs.label));
    expect(new Set(labels).size).toBe(labels.length);
    expect(graph.getNodeAttribute('ukraine', 'aliases')).toEqual(['Kyiv', 'Ukrainian government']);
    expect(graph.getNodeAttribute('vladimir-putin', 'aliases')).toEqual(['Russian President Vladimir Putin', 'Putin']);
    expect(batch.actorKeys).toEqual({ a1: 'ukraine', a2: 'vladimir-putin', a3: 'marco-bellini', a4: 'italy' });
    expect(graph.getNodeAttributes('marco-bellini')).toEqual({
      label: 'Marco Bellini',
      kind: 'person',
      aliases: ['Bellini'],
      role: 'Defence Minister',
    });
    const r1 = batch.relationKeys.r1 as string;
    expect([graph.source(r1), graph.target(r1)]).toEqual(['marco-bellini', 'ukraine']);
    expect(graph.getEdgeAttributes(r1)).toEqual({
      relation: 'urges',
      stance: 'neutral',
      certainty: 'confirmed',
      date: '2025-07-01',
      dateText: 'On Tuesday',
      evidence: [{ quote: SENTENCES[0], source: 'rome-report' }],
    });
    expect(graph.source(batch.relationKeys.r2 as string)).toBe('vladimir-putin');
    expect(graph.getAttribute('sources')?.at(-1)).toEqual({
      id: 'rome-report',
      title: 'Rome report',
      outlet: 'The Wire',
      published: '2025-07-02',
      url: 'https://example.org/rome',
    });
    const edited = writeNative(graph);
    const undone = runCommand(graph, result.inverse);
    if (!undone.ok) throw new Error('undo refused');
    expect(writeNative(graph)).toBe(original);
    runCommand(graph, undone.inverse);
    expect(writeNative(graph)).toBe(edited);
  });

  it('cites a source the dataset already lists without adding it again', () => {
    const graph = seed();
    const draft = { ...DRAFT, source: { id: 'article', title: 'Seed article' } };
    const { batch } = accept(graph, draft);
    expect(batch.command.commands.some((c) => c.type === 'add-source')).toBe(false);
    expect(batch.context).toEqual({});
    expect(graph.getAttribute('sources')).toHaveLength(1);
    expect(graph.getEdgeAttribute(batch.relationKeys.r3 as string, 'evidence')).toEqual([
      { quote: SENTENCES[2], source: 'article' },
    ]);
  });

  it('refuses whole a draft whose quote is not in the article, naming the step', () => {
    const graph = seed();
    const original = writeNative(graph);
    const relations = DRAFT.relations.map((r) => (r.key === 'r3' ? { ...r, quote: 'Italy sends tanks.' } : r));
    const { batch, result } = accept(graph, { ...DRAFT, relations });
    expect(result.ok).toBe(false);
    const step = batch.steps.indexOf('r3');
    expect(result.ok ? {} : result.errors).toHaveProperty(`commands[${step}].evidence[0].quote`);
    expect(writeNative(graph)).toBe(original);
  });

  it('gives new actors and relations keys free in the graph and among each other', () => {
    const graph = createDataset('Keys');
    graph.addNode('bo', { label: 'Bo Other', kind: 'person' });
    const actors = [
      { key: 'x', label: 'Bo', kind: 'person', aliases: [] },
      { key: 'y', label: 'Bo!', kind: 'person', aliases: [] },
    ];
    const quote = 'Bo talks with Bo!';
    const relations = ['r1', 'r2'].map((key) => ({
      ...{ key, source: 'x', target: 'y', relation: 'talks-with', stance: 'neutral', certainty: 'confirmed', quote },
    }));
    const { batch, result } = accept(graph, { source: { id: 's', title: 'S', text: quote }, actors, relations });
    expect(result.ok).toBe(true);
    expect(batch.actorKeys).toEqual({ x: 'bo-2', y: 'bo-3' });
    expect(batch.relationKeys).toEqual({ r1: 'e-bo-2-bo-3', r2: 'e-bo-2-bo-3-2' });
  });

  it('a "Same as" naming an actor the graph does not have is refused, not added', () => {
    const graph = seed();
    const actors = [{ key: 'z', label: 'Zed', kind: 'person', aliases: [], sameAs: 'nobody' }];
    const { result } = accept(graph, { source: { id: 'article', title: 'A' }, actors, relations: [] });
    expect(result.ok ? {} : result.errors).toHaveProperty('commands[0].key');
    expect(graph.hasNode('zed')).toBe(false);
  });
});
