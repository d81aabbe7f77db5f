// Search over labels and aliases: words in any order, case and accents folded, ranking by match then degree, CJK substrings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';
import { findActor, foldText, searchActors } from '../../../src/model/search-actors';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A native fixture file as an actor graph. */
function fixtureGraph(name: string): ActorGraph {
  const graph = createActorGraph();
  graph.import(JSON.parse(readFileSync(FIXTURES + name, 'utf8')));
  return graph;
}

function seedLike() {
  const g = createActorGraph();
  g.addNode('macron', { label: 'Emmanuel Macron', kind: 'person' });
  g.addNode('ukraine', { label: 'Ukraine', kind: 'state', aliases: ['Kyiv'] });
  g.addNode('uk', { label: 'United Kingdom', kind: 'state', aliases: ['UK'] });
  g.addNode('zelensky', { label: 'Volodymyr Zelenskyy', kind: 'person' });
  g.addNode('sao', { label: 'São Paulo', kind: 'place' });
  return g;
}

const people = fixtureGraph('backchannel__search-people.json');
const stations = fixtureGraph('backchannel__search-stations.json');
const first = (graph: ActorGraph, query: string) => searchActors(graph, query).matches[0]?.key;

describe('searchActors ranks by how well the words match, then by degree', () => {
  it.each([
    // Three Donalds have both words: the hub (20 relations) before the son and DONALD A. (1 each, and A sorts first).
    ['donald trump', 'djt'],
    ['trump donald', 'djt'],
    ['DONALD J', 'djt'],
    ['donald j.', 'djt'],
    ['trump', 'djt'],
    ['don', 'djt'],
    ['donald tr', 'djt'],
    // The whole name typed beats the hub.
    ['donald trump jr', 'djtjr'],
    ['jr', 'djtjr'],
    ['ivanka', 'ivanka'],
    ['trump ivanka', 'ivanka'],
    ['kushner', 'jared'],
    ['kushner comp', 'kushner-cos'],
    ['knauss', 'melania'],
    ['jose nunez', 'nunez'],
    ['NÚÑEZ JOSÉ', 'nunez'],
    ['tower trump', 'llc-trump-tower-commercial'],
    ['endeavor 12', 'llc-trump-endeavor-12'],
  ])('people: %s finds %s first', (query, key) => {
    expect(first(people, query)).toBe(key);
  });

  it.each([
    ['新宿', 'shinjuku'],
    ['新宿三', 'shinjuku-sanchome'],
    ['三丁目', 'shinjuku-sanchome'],
    ['南站', 'beijing-south'],
    ['北京 西', 'beijing-west'],
    ['shinjuku sanchome', 'shinjuku-sanchome'],
    ['tokyo', 'tokyo'],
  ])('stations: %s finds %s first', (query, key) => {
    expect(first(stations, query)).toBe(key);
  });

  it.each([
    ['macron', 'macron'],
    ['EMMANUEL', 'macron'],
    ['kyiv', 'ukraine'],
    ['sao paulo', 'sao'],
    ['SÃO', 'sao'],
    ['zelenskyy', 'zelensky'],
  ])('seed-like: %s finds %s first', (query, key) => {
    expect(first(seedLike(), query)).toBe(key);
  });

  it('offers the hub first for "donald trump", then the namesakes A to Z', () => {
    const keys = searchActors(people, 'donald trump').matches.map((m) => m.key);
    expect(keys).toEqual(['djt', 'donald-a', 'djtjr']);
  });

  it('finds a Japanese name inside a longer one, the exact name and prefixes first', () => {
    expect(searchActors(stations, '新宿').matches.map((m) => m.label)).toEqual(['新宿', '新宿三丁目', '西新宿']);
  });

  it('needs every typed word: a word that matches nothing leaves nothing', () => {
    expect(searchActors(people, 'donald obama')).toEqual({ matches: [], total: 0 });
    expect(searchActors(people, 'zzz').total).toBe(0);
  });

  it('matches words by their beginning, not their middle, in spaced scripts', () => {
    expect(searchActors(people, 'rump').total).toBe(0);
    expect(searchActors(seedLike(), 'raine').total).toBe(0);
  });
});

describe('searchActors counts and limits', () => {
  it('lists ten and counts every match, so the list can say how many more', () => {
    const result = searchActors(people, 'trump');
    expect(result.matches).toHaveLength(10);
    // Five of the family, DONALD A. TRUMP and sixteen LLCs carry the word "trump".
    expect(result.total).toBe(22);
  });

  it('offers only the actors it is allowed to (the filters), and counts only those', () => {
    const people_ = (key: string) => people.getNodeAttribute(key, 'kind') === 'person';
    const result = searchActors(people, 'trump', { include: people_ });
    expect(result.total).toBe(6);
    expect(result.matches.map((m) => m.key)).toContain('djt');
    expect(findActor(people, 'trump tower', people_)).toBeUndefined();
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchActors(seedLike(), '  ')).toEqual({ matches: [], total: 0 });
    expect(searchActors(seedLike(), 'u', { limit: 1 }).matches).toHaveLength(1);
    expect(searchActors(seedLike(), 'u', { limit: 1 }).total).toBe(2);
  });

  it('reports the alias that matched', () => {
    expect(searchActors(seedLike(), 'kyi').matches[0]).toEqual({
      key: 'ukraine',
      label: 'Ukraine',
      kind: 'state',
      alias: 'Kyiv',
    });
  });

  it('ranks a whole name above a word prefix', () => {
    expect(searchActors(seedLike(), 'uk').matches.map((m) => m.key)).toEqual(['uk', 'ukraine']);
  });

  it('sees a change to the graph (a relabelled actor, a new relation)', () => {
    const g = seedLike();
    expect(first(g, 'paris')).toBeUndefined();
    g.setNodeAttribute('sao', 'label', 'Paris');
    expect(first(g, 'par')).toBe('sao');
    // Two prefix matches without relations: A to Z; once the newcomer has a relation, it leads.
    g.addNode('paris-tx', { label: 'Paris, Texas' });
    expect(first(g, 'par')).toBe('sao');
    g.addEdge('paris-tx', 'macron');
    expect(first(g, 'par')).toBe('paris-tx');
  });
});

describe('foldText', () => {
  it('folds typographic quotes and dashes', () => {
    expect(foldText('Ukraine’s U.S.–Russia')).toBe("ukraine's u.s.-russia");
  });

  it('folds accents, letters without marks and full-width Latin, but keeps Japanese voicing marks', () => {
    expect(foldText('Łódź Straße Ｔｏｋｙｏ')).toBe('lodz strasse tokyo');
    expect(foldText('がっこう')).toBe('がっこう');
    expect(foldText('ｶﾞｯｺｳ')).toBe('ガッコウ');
  });
});
