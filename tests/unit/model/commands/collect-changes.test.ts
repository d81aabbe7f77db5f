// Change sets from graphology's events, netted per key; and putting re-added elements back in the graph's order.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { collectChanges, isStructural, recordChanges } from '../../../../src/model/commands/collect-changes';
import { positionsOf, restorePositions } from '../../../../src/model/commands/graph-order';

function abc() {
  const graph = createActorGraph();
  for (const key of ['a', 'b', 'c']) graph.addNode(key, { label: key.toUpperCase() });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', {});
  return graph;
}

describe('change sets', () => {
  it('nets each key: added, removed, updated; dropped and re-added is both removed and added; added then dropped is nothing', () => {
    const graph = abc();
    const { changes } = collectChanges(graph, () => {
      graph.addNode('d', { label: 'D' });
      graph.setNodeAttribute('d', 'role', 'x');
      graph.addNode('tmp', { label: 'T' });
      graph.dropNode('tmp');
      graph.mergeNodeAttributes('a', { role: 'y' });
      graph.dropEdge('ab');
      graph.addUndirectedEdgeWithKey('ab', 'c', 'b', {});
      graph.dropNode('a');
    });
    expect(changes.actors).toEqual({ added: new Set(['d']), removed: new Set(['a']), updated: new Set() });
    expect(changes.relations).toEqual({ added: new Set(['ab']), removed: new Set(['ab']), updated: new Set() });
    expect(changes.relinked).toEqual(new Set(['a', 'b', 'c']));
    expect(isStructural(changes)).toBe(true);
  });

  it('attribute edits are not structural; graph attributes and wholesale changes are flagged', () => {
    const graph = abc();
    const recorder = recordChanges(graph);
    graph.setEdgeAttribute('ab', 'stance', 'neutral');
    graph.setAttribute('title', 'T');
    const first = recorder.take();
    expect(first.relations.updated).toEqual(new Set(['ab']));
    expect([first.dataset, isStructural(first)]).toEqual([true, false]);
    graph.updateEachNodeAttributes((_key, attributes) => attributes);
    expect(recorder.take().whole).toBe(true);
    recorder.stop();
    graph.addNode('z', { label: 'Z' });
    expect(recorder.take().actors.added.size).toBe(0);
  });
});

describe('graph order', () => {
  it('puts keys added last back at their positions, several at once, ascending', () => {
    const graph = createActorGraph();
    for (const key of ['a', 'b', 'c', 'd', 'e']) graph.addNode(key, { label: key });
    const placed = positionsOf(graph, 'nodes', ['d', 'a']);
    expect(placed).toEqual([
      { key: 'a', index: 0 },
      { key: 'd', index: 3 },
    ]);
    graph.dropNode('a');
    graph.dropNode('d');
    graph.addNode('d', { label: 'd' });
    graph.addNode('a', { label: 'a' });
    expect(restorePositions(graph, 'nodes', placed)).toBe(true);
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('says so when graphology’s register cannot be reached, and leaves the order as it is', () => {
    const graph = createActorGraph();
    graph.addNode('a', { label: 'a' });
    const hidden = Object.create(graph, { _nodes: { value: undefined } });
    expect(restorePositions(hidden, 'nodes', [{ key: 'a', index: 0 }])).toBe(false);
  });
});
