// Merge keeps every relation and every quote (counts add up); deleting an actor takes its relations, undo brings
// them back with the same keys, ends and attributes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import { writeNative } from '../../../../src/io/write-native';
import type { ActorGraph } from '../../../../src/model/actor-graph';
import { runCommand } from '../../../../src/model/commands/run-command';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const seed = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;
const SEED = seed();
const ACTORS = SEED.nodes();
const actor = fc.constantFrom(...ACTORS);

const quotes = (graph: ActorGraph) =>
  graph
    .mapEdges((_k, a) => (a.evidence ?? []).map((e) => e.quote))
    .flat()
    .sort();
const relation = (graph: ActorGraph, key: string) => ({
  key,
  source: graph.source(key),
  target: graph.target(key),
  undirected: graph.isUndirected(key),
  attributes: graph.getEdgeAttributes(key),
});

describe('merge actors on the seed', () => {
  it('keeps every relation and every quote; the survivor has both actors’ relations', () => {
    fc.assert(
      fc.property(actor, actor, (from, into) => {
        fc.pre(from !== into);
        const graph = seed();
        const before = { size: graph.size, quotes: quotes(graph), theirs: new Set(graph.edges(from)) };
        const survivorBefore = new Set(graph.edges(into));
        const result = runCommand(graph, { type: 'merge-actors', from, into });
        expect(result.ok).toBe(true);
        expect(graph.hasNode(from)).toBe(false);
        expect(graph.size).toBe(before.size);
        expect(quotes(graph)).toEqual(before.quotes);
        expect(new Set(graph.edges(into))).toEqual(new Set([...survivorBefore, ...before.theirs]));
        const label = SEED.getNodeAttribute(from, 'label');
        expect(graph.getNodeAttribute(into, 'aliases')).toContain(label);
      }),
      { numRuns: 60 },
    );
  });

  it('names the step, and undo restores the bytes', () => {
    const graph = seed();
    const original = writeNative(graph);
    const result = runCommand(graph, { type: 'merge-actors', from: 'russian-officials', into: 'russia' });
    if (!result.ok) throw new Error('refused');
    expect(result.name.action).toBe('Merge Russian officials into Russia');
    expect(result.name.noun).toBe('merge of Russian officials into Russia');
    runCommand(graph, result.inverse);
    expect(writeNative(graph)).toBe(original);
  });
});

describe('delete actor on the seed', () => {
  it('removes its relations; undo brings them back with the same keys, ends and attributes', () => {
    fc.assert(
      fc.property(actor, (key) => {
        const graph = seed();
        const original = writeNative(graph);
        const relations = graph.edges(key).map((edge) => relation(graph, edge));
        const result = runCommand(graph, { type: 'delete-actor', key });
        if (!result.ok) throw new Error('refused');
        expect(graph.hasNode(key)).toBe(false);
        for (const { key: edge } of relations) expect(graph.hasEdge(edge)).toBe(false);
        expect([...result.changes.relations.removed].sort()).toEqual(relations.map((r) => r.key).sort());
        runCommand(graph, result.inverse);
        expect(graph.edges(key).map((edge) => relation(graph, edge))).toEqual(relations);
        expect(writeNative(graph)).toBe(original);
      }),
      { numRuns: 40 },
    );
  });
});
