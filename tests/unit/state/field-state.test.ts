// Applying a field mapping: fields set, a relabelled graph for a new Label field, the loaded graph kept.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import type { FieldMap } from '../../../src/model/fields';
import { INITIAL_STATE, setDataset } from '../../../src/state/app-state';
import { applyFields, loadedGraph } from '../../../src/state/field-state';

const FIELDS: FieldMap = {
  label: 'label',
  kind: null,
  relation: 'interaction',
  evidence: null,
  source: null,
  date: null,
};

function opened() {
  const graph = createActorGraph();
  graph.addNode('1', { label: '101', station_name: '東京' });
  graph.addNode('2', { label: '102', station_name: '新橋' });
  graph.addDirectedEdgeWithKey('e', '1', '2', { interaction: 'rail' });
  const state = setDataset(
    INITIAL_STATE,
    { graph, id: 'f', name: 'f.cyjs', formatLabel: 'Cytoscape', warnings: [], fields: FIELDS },
    { type: 'node', key: '1' },
  );
  return { graph, state };
}

describe('applyFields', () => {
  it('clears a relation filter chosen among the old Relation field values, and keeps it when that field stays', () => {
    const { state } = opened();
    const filtered = { ...state, filters: { ...state.filters, relations: ['rail'] } };
    expect(applyFields(filtered, { ...FIELDS, relation: 'kind' }).filters.relations).toBeNull();
    expect(applyFields(filtered, { ...FIELDS, evidence: 'interaction' }).filters.relations).toEqual(['rail']);
  });

  it('sets fields without touching the graph when the label stays', () => {
    const { graph, state } = opened();
    const next = applyFields(state, { ...FIELDS, relation: null });
    expect(next.fields.relation).toBeNull();
    expect(next.dataset?.graph).toBe(graph);
    expect(applyFields(next, { ...FIELDS, relation: null })).toBe(next);
  });

  it('relabels from the graph as loaded, keeps the selection, and can go back', () => {
    const { graph, state } = opened();
    const relabelled = applyFields(state, { ...FIELDS, label: 'station_name' });
    expect(relabelled.dataset?.graph.getNodeAttribute('1', 'label')).toBe('東京');
    expect(relabelled.dataset && loadedGraph(relabelled.dataset)).toBe(graph);
    expect(relabelled.selection).toEqual({ type: 'node', key: '1' });
    expect(graph.getNodeAttribute('1', 'label')).toBe('101');
    const back = applyFields(relabelled, FIELDS);
    expect(back.dataset?.graph).toBe(graph);
    expect(back.dataset?.original).toBeUndefined();
  });
});
