// Narrowing a hub's relations: filter words over the other actor and the relation, sorts by name, degree and date.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { narrowRelations } from '../../../src/model/narrow-relations';
import { getRelationGroups } from '../../../src/model/relations-of';

function hub() {
  const g = createActorGraph();
  g.addNode('hub', { label: 'Hub' });
  const others = [
    ['a', 'Zoë Adler', 'Director', '2019'],
    ['b', 'Bank of Ports', 'Loaned money', '2021-04'],
    ['c', 'Carla Brandt', 'Director', undefined],
    ['d', 'Dmitri Zoe', 'Director', '2020-01-02'],
  ] as const;
  for (const [key, label, connection, date] of others) {
    g.addNode(key, { label });
    g.addDirectedEdge('hub', key, { connection, ...(date ? { when: date } : {}) });
  }
  g.addNode('x', { label: 'X' });
  g.addDirectedEdge('x', 'd', {});
  g.addDirectedEdge('x', 'c', {});
  g.addDirectedEdge('a', 'c', {});
  return g;
}

const names = (groups: ReturnType<typeof narrowRelations>) =>
  groups.map((g) => `${g.label}: ${g.items.map((i) => i.otherLabel).join(', ')}`);

describe('narrowRelations', () => {
  const g = hub();
  const groups = getRelationGroups(g, 'hub', 'connection');

  it('keeps relations whose other actor or relation holds every word, accents and case folded', () => {
    expect(names(narrowRelations(g, groups, { filter: 'zoe', sort: 'name', dateAttribute: 'when' }))).toEqual([
      '→ Director: Dmitri Zoe, Zoë Adler',
    ]);
    expect(names(narrowRelations(g, groups, { filter: 'loaned  PORTS', sort: 'name', dateAttribute: null }))).toEqual([
      '→ Loaned money: Bank of Ports',
    ]);
    expect(narrowRelations(g, groups, { filter: 'nobody', sort: 'name', dateAttribute: null })).toEqual([]);
  });

  it("sorts by the other actor's degree, or by date with undated relations last", () => {
    expect(names(narrowRelations(g, groups, { filter: '', sort: 'degree', dateAttribute: null }))[0]).toBe(
      '→ Director: Carla Brandt, Dmitri Zoe, Zoë Adler',
    );
    expect(names(narrowRelations(g, groups, { filter: '', sort: 'date', dateAttribute: 'when' }))[0]).toBe(
      '→ Director: Dmitri Zoe, Zoë Adler, Carla Brandt',
    );
  });
});
