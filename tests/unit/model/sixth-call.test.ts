// The seed dataset: valid by the JSON Schema and by validateDataset, every relation quoted, the article's names found.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { ActorGraph } from '../../../src/model/actor-graph';
import { buildActorGraph } from '../../../src/model/build-actor-graph';
import { getRelationGroups } from '../../../src/model/relations-of';
import { validateDataset } from '../../../src/model/validate-dataset';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const raw = read('graph-data/sixth-call.json');
const validated = validateDataset(raw);
const graph = buildActorGraph(validated);

/** Folds a name the way a reader would match it: no case, accents, typographic quotes or leading "the". */
const fold = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLowerCase().replace(/^the /, '').trim();

function findByName(g: ActorGraph, name: string): string[] {
  return g.filterNodes((_key, attrs) => [attrs.label, ...(attrs.aliases ?? [])].some((n) => fold(n) === fold(name)));
}

/** The other ends of an actor's relations of one name, each with the quotes of its edge. */
function related(key: string, relation: string): Map<string, string[]> {
  const group = getRelationGroups(graph, key).filter((g) => g.relation === relation);
  return new Map(
    group.flatMap((g) => g.items.map((i) => [i.other, (i.attributes.evidence ?? []).map((e) => e.quote)])),
  );
}

/** The actors who take part in, initiate or plan an event: relations that point at it (or are symmetric). */
function participants(event: string): string[] {
  const roles = ['initiates', 'plans', 'participates-in'];
  const groups = getRelationGroups(graph, event).filter(
    (g) => roles.includes(String(g.relation)) && g.direction !== 'out',
  );
  return [...new Set(groups.flatMap((g) => g.items.map((i) => i.other)))].sort();
}

describe('graph-data/sixth-call.json', () => {
  it('is valid by graph-data/schema.json', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(read('graph-data/schema.json'));
    expect(validate(raw), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is valid by validateDataset, without warnings, at the intended size', () => {
    expect(validated.warnings).toEqual([]);
    expect(graph.getAttribute('format')).toBe('backchannel/1');
    expect(graph.order).toBeGreaterThanOrEqual(40);
    expect(graph.order).toBeLessThanOrEqual(60);
    expect(graph.size).toBeGreaterThanOrEqual(60);
    expect(graph.size).toBeLessThanOrEqual(100);
  });

  it('gives every relation at least one quote from the article, and every node a stored position', () => {
    graph.forEachEdge((edge, attrs) => {
      expect(attrs.evidence?.length, edge).toBeGreaterThan(0);
      for (const item of attrs.evidence ?? [])
        expect([item.source, item.quote.length > 0], edge).toEqual(['article', true]);
    });
    // Positions come from `npm run layout`, so the first screen needs no layout and no two labels overlap.
    graph.forEachNode((node, attrs) =>
      expect([Number.isFinite(attrs.x), Number.isFinite(attrs.y)], node).toEqual([true, true]),
    );
  });

  it.each([
    ['Trump', 'donald-trump'],
    ['President Trump', 'donald-trump'],
    ['Putin', 'vladimir-putin'],
    ['Russian President Vladimir Putin', 'vladimir-putin'],
    ['Pentagon', 'pentagon'],
    ['Kyiv', 'ukraine'],
    ['Moscow', 'russia'],
    ['Washington', 'united-states'],
    ['U.S.', 'united-states'],
    ['the White House', 'white-house'],
    ['the Trump administration', 'trump-administration'],
    ['Brussels', 'brussels'],
    ['Emmanuel Macron', 'emmanuel-macron'],
    ['Olaf Scholz', 'olaf-scholz'],
    ['Iran', 'iran'],
    ['HIMARS', 'himars'],
    ['Patriot munitions', 'patriot'],
    ['GPS-guided shells', 'precision-guided-artillery'],
    ['advanced interceptor systems', 'air-defense-systems'],
    ['Donbas', 'donbas'],
    ['Eastern Europe', 'eastern-europe'],
    ['the Middle East', 'middle-east'],
    ['European officials', 'european-officials'],
    ['Ukraine’s top generals', 'ukrainian-military-leaders'],
    ["Ukraine's top generals", 'ukrainian-military-leaders'],
    ['intelligence and foreign affairs committees', 'intelligence-foreign-affairs-committees'],
    ['Shadow Diplomacy', 'backchannel-diplomacy'],
    ['Iran’s nuclear ambitions', 'iran-nuclear-ambitions'],
    ['weapons freeze', 'arms-shipment-pause'],
  ])('names %j one actor: %s', (name, key) => {
    expect(findByName(graph, name)).toEqual([key]);
  });

  it.each([
    ['talks-with', 'donald-trump'],
    ['talks-with', 'emmanuel-macron'],
    ['talks-with', 'olaf-scholz'],
    ['leads', 'russia'],
    ['participates-in', 'sixth-call'],
    ['initiates', 'european-dialogue'],
  ])('relates Putin by %s to %s, with a quote', (relation, other) => {
    expect(related('vladimir-putin', relation).get(other)?.length).toBeGreaterThan(0);
  });

  it('links Putin’s Russia and his call to Iran, with quotes', () => {
    expect(related('russia', 'mediates').get('iran-nuclear-ambitions')?.[0]).toContain('power broker');
    expect(related('sixth-call', 'concerns').get('iran')?.[0]).toContain('Iran');
    expect(related('russia', 'influences').get('conflict-zones')?.[0]).toContain('Iran');
  });

  it.each([
    ['sixth-call', ['donald-trump', 'vladimir-putin']],
    ['arms-shipment-pause', ['pentagon']],
    ['donbas-offensive', ['russia']],
    ['european-dialogue', ['emmanuel-macron', 'european-leaders', 'olaf-scholz', 'vladimir-putin']],
  ])('has the event %s with its participants', (event, actors) => {
    expect(graph.getNodeAttribute(event, 'kind')).toBe('event');
    expect(participants(event)).toEqual(actors);
  });

  it('records the pause as the Pentagon’s, concerning Ukraine and its weapons, welcomed by Russia', () => {
    expect(related('arms-shipment-pause', 'concerns')).toSatisfy((m: Map<string, string[]>) =>
      ['ukraine', 'himars', 'patriot', 'air-defense-systems', 'precision-guided-artillery'].every((k) => m.has(k)),
    );
    expect(related('arms-shipment-pause', 'welcomes').has('russia')).toBe(true);
  });

  it('stores symmetric relations undirected and dates only as the article gives them', () => {
    graph.forEachEdge((edge, attrs, _s, _t, _sa, _ta, undirected) => {
      expect(undirected, edge).toBe(attrs.relation === 'talks-with' || attrs.relation === 'negotiates-with');
      if (attrs.date !== undefined) expect(attrs.date, edge).toBe('2025');
    });
    expect(graph.getEdgeAttribute('e-trump-putin-call', 'dateText')).toBe('this Thursday at 10 a.m. EDT');
  });
});
