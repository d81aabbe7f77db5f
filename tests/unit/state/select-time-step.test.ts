// asOfSetOf stepping: a step that moves no actor keeps the same actor set; one that does gives a new set and its step.

import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { asOfSetOf, stepOf } from '../../../src/state/select-time';

describe('asOfSetOf steps', () => {
  it('keeps the actor set when only relations came or went, and steps it when an actor did', () => {
    const g = createActorGraph();
    for (const key of ['a', 'b', 'c']) g.addNode(key, { label: key, kind: 'person' });
    g.addNode('late', { label: 'late', kind: 'person', start: '2022' });
    g.addEdgeWithKey('ab', 'a', 'b', { relation: 'meets', start: '2020' });
    g.addEdgeWithKey('bc', 'b', 'c', { relation: 'meets', start: '2021' });
    const y2020 = asOfSetOf(g, 0, '2020', true);
    const y2021 = asOfSetOf(g, 0, '2021', true);
    expect(y2021?.nodes).toBe(y2020?.nodes);
    expect(y2021?.edges).not.toBe(y2020?.edges);
    expect(stepOf(y2021?.edges)?.added).toEqual(['bc']);
    expect(stepOf(y2021?.nodes)).toEqual({ from: y2020?.nodes, added: [], removed: [] });
    const y2022 = asOfSetOf(g, 0, '2022', true);
    expect(y2022?.nodes).not.toBe(y2021?.nodes);
    expect([...(y2022?.nodes ?? [])].sort()).toEqual(['a', 'b', 'c', 'late']);
    expect(stepOf(y2022?.nodes)?.added).toEqual(['late']);
    expect(y2021?.nodes.has('late')).toBe(false); // the earlier answer is left as it was
  });
});
