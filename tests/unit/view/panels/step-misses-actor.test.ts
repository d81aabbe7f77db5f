// stepMissesActor: a step of the as-of date that brings or takes none of an actor's relations leaves its inspector.

import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { asOfSetOf } from '../../../../src/state/select-time';
import { stepMissesActor } from '../../../../src/view/panels/step-misses-actor';

/** a–b from 2020, c–d from 2021, a–c from 2022: each year one more relation. */
function dated() {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd']) g.addNode(key, { label: key, kind: 'person' });
  g.addEdgeWithKey('ab', 'a', 'b', { relation: 'meets', start: '2020' });
  g.addEdgeWithKey('cd', 'c', 'd', { relation: 'meets', start: '2021' });
  g.addEdgeWithKey('ac', 'a', 'c', { relation: 'meets', start: '2022' });
  return g;
}

describe('stepMissesActor', () => {
  it('lets a step pass when none of the actor’s relations came or went, not when one did', () => {
    const g = dated();
    const y2020 = asOfSetOf(g, 0, '2020', true)?.edges ?? null;
    const y2021 = asOfSetOf(g, 0, '2021', true)?.edges ?? null; // cd came: a and b untouched
    expect(y2021?.has('cd')).toBe(true);
    expect(stepMissesActor(g, 'a', y2021, y2020)).toBe(true);
    expect(stepMissesActor(g, 'b', y2021, y2020)).toBe(true);
    expect(stepMissesActor(g, 'c', y2021, y2020)).toBe(false);
    const y2022 = asOfSetOf(g, 0, '2022', true)?.edges ?? null; // ac came
    expect(stepMissesActor(g, 'a', y2022, y2021)).toBe(false);
    expect(stepMissesActor(g, 'b', y2022, y2021)).toBe(true);
  });

  it('renders again when the sets are not one step apart, or nothing is narrowed', () => {
    const g = dated();
    const y2020 = asOfSetOf(g, 0, '2020', true)?.edges ?? null;
    asOfSetOf(g, 0, '2021', true);
    const y2022 = asOfSetOf(g, 0, '2022', true)?.edges ?? null;
    expect(stepMissesActor(g, 'b', y2022, y2020)).toBe(false); // two steps: the first one's delta is gone
    expect(stepMissesActor(g, 'b', null, y2020)).toBe(false);
    expect(stepMissesActor(g, 'b', y2022, y2022)).toBe(true);
  });
});
