// The Label field: a relabelled copy, the original untouched.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { withLabelsFrom } from '../../../src/model/with-labels-from';

describe('withLabelsFrom', () => {
  it('labels actors from another attribute in a new graph, keeping every attribute of the old one', () => {
    const graph = createActorGraph();
    graph.addNode('1', { label: '1130101', name: '1130101', station_name: '東京' });
    graph.addNode('2', { label: '1130102', name: '1130102' });
    graph.addDirectedEdgeWithKey('e', '1', '2', { interaction: 'rail' });
    const relabelled = withLabelsFrom(graph, 'station_name');
    expect(relabelled).not.toBe(graph);
    expect(relabelled.getNodeAttributes('1')).toEqual({ label: '東京', name: '1130101', station_name: '東京' });
    expect(relabelled.getNodeAttribute('2', 'label')).toBe('1130102');
    expect(relabelled.getEdgeAttributes('e')).toEqual({ interaction: 'rail' });
    expect(relabelled.isDirected('e')).toBe(true);
    expect(graph.getNodeAttribute('1', 'label')).toBe('1130101');
    expect(withLabelsFrom(graph, 'label')).toBe(graph);
  });
});
