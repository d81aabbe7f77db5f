// syncCanvas on a step of the as-of date: labels are not placed on each step, only when the slider rests.

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { type AppState, INITIAL_STATE, select, setDataset } from '../../../../src/state/app-state';
import { setAsOf } from '../../../../src/state/time-state';
import type { CanvasLabels } from '../../../../src/view/canvas/canvas-labels';
import { mountEdgeRelations } from '../../../../src/view/canvas/edge-relations';
import { syncCanvas } from '../../../../src/view/canvas/sync-canvas';

describe('syncCanvas on a date step', () => {
  it('hands the actors that came in to the labels instead of placing them again; other changes place them', () => {
    const g = createActorGraph();
    for (const key of ['a', 'b']) g.addNode(key, { label: key, kind: 'person' });
    g.addNode('late', { label: 'late', kind: 'person', start: '2022' });
    g.addEdgeWithKey('ab', 'a', 'b', { relation: 'meets', start: '2020' });
    const cy = cytoscape({ headless: true, styleEnabled: true });
    for (const id of ['a', 'b', 'late']) cy.add({ group: 'nodes', data: { id } });
    const calls: string[] = [];
    const labels: CanvasLabels = {
      focus: () => calls.push('focus'),
      place: () => calls.push('place'),
      stepped: (cameIn) => calls.push(`stepped ${cameIn.join(',')}`),
      shown: () => [],
      destroy: () => {},
    };
    const target = { cy, relations: mountEdgeRelations(cy), labels };
    let applied: AppState | null = null;
    let state = setDataset(INITIAL_STATE, { graph: g, id: 't', name: 't', formatLabel: 'test', warnings: [] });
    const step = (change: (s: AppState) => AppState) => {
      state = change(state);
      syncCanvas(target, applied, state);
      applied = state;
    };
    step((s) => setAsOf(s, '2020'));
    expect(cy.getElementById('late').hasClass('hidden')).toBe(true);
    calls.length = 0;
    step((s) => setAsOf(s, '2021'));
    step((s) => setAsOf(s, '2022'));
    expect(calls).toEqual(['stepped ', 'stepped late']);
    expect(cy.getElementById('late').hasClass('hidden')).toBe(false);
    calls.length = 0;
    step((s) => select(s, { type: 'node', key: 'a' }));
    expect(calls).toEqual(['focus']);
  });
});
