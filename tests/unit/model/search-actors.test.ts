// Search over labels and aliases: case, accents, ranking.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { foldText, searchActors } from '../../../src/model/search-actors';

function graph() {
  const g = createActorGraph();
  g.addNode('macron', { label: 'Emmanuel Macron', kind: 'person' });
  g.addNode('ukraine', { label: 'Ukraine', kind: 'state', aliases: ['Kyiv'] });
  g.addNode('uk', { label: 'United Kingdom', kind: 'state', aliases: ['UK'] });
  g.addNode('zelensky', { label: 'Volodymyr Zelenskyy', kind: 'person' });
  g.addNode('sao', { label: 'São Paulo', kind: 'place' });
  return g;
}

describe('searchActors', () => {
  it.each([
    ['macron', 'macron'],
    ['EMMANUEL', 'macron'],
    ['kyiv', 'ukraine'],
    ['sao paulo', 'sao'],
    ['SÃO', 'sao'],
    ['zelenskyy', 'zelensky'],
  ])('%s finds %s first', (query, key) => {
    expect(searchActors(graph(), query)[0]?.key).toBe(key);
  });

  it('reports the alias that matched', () => {
    expect(searchActors(graph(), 'kyi')[0]).toEqual({ key: 'ukraine', label: 'Ukraine', kind: 'state', alias: 'Kyiv' });
  });

  it('ranks an exact or prefix match above a substring match', () => {
    expect(searchActors(graph(), 'uk').map((m) => m.key)).toEqual(['uk', 'ukraine']);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchActors(graph(), '  ')).toEqual([]);
    expect(searchActors(graph(), 'a', 2)).toHaveLength(2);
  });

  it('folds typographic quotes and dashes', () => {
    expect(foldText('Ukraine’s U.S.–Russia')).toBe("ukraine's u.s.-russia");
  });
});
