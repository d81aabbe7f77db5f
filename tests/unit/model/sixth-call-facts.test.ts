// The seed's fact-checked readings of the report (issue 14), so that a later edit cannot silently undo one.
import { describe, expect, it } from 'vitest';
import type { RelationAttributes } from '../../../src/model/schema';
import { seed } from '../seed-graph';

const graph = seed();

/** Every name of an actor: its label and aliases. */
const namesOf = (key: string) => [
  graph.getNodeAttribute(key, 'label'),
  ...(graph.getNodeAttribute(key, 'aliases') ?? []),
];

/** The actors with this exact name, as label or alias. */
const named = (name: string) => graph.filterNodes((key) => namesOf(key).includes(name));

/** The directed relations from source to target, of one relation name when given. */
function relations(source: string, target: string, relation?: string): RelationAttributes[] {
  return graph
    .filterOutEdges(source, (_e, a, _s, t) => t === target && (relation === undefined || a.relation === relation))
    .map((edge) => graph.getEdgeAttributes(edge));
}

/** The relations with a quote containing these words. */
const quoting = (words: string) =>
  graph
    .filterEdges((_e, a) => (a.evidence ?? []).some((item) => item.quote.includes(words)))
    .map((edge) => ({ source: graph.source(edge), target: graph.target(edge), ...graph.getEdgeAttributes(edge) }));

const quotes = (a: RelationAttributes) => (a.evidence ?? []).map((item) => item.quote).join(' | ');

describe('graph-data/sixth-call.json, as fact-checked against the report', () => {
  it('has one United States: no "U.S. government" actor, "Washington" its alias, its bodies part of it', () => {
    expect(graph.hasNode('us-government')).toBe(false);
    expect(graph.filterNodes((_k, a) => /government/i.test(a.label))).toEqual([]);
    expect(named('Washington')).toEqual(['united-states']);
    for (const body of ['white-house', 'trump-administration', 'pentagon', 'us-defense-sources'])
      expect(relations(body, 'united-states', 'part-of'), body).toHaveLength(1);
    expect(quotes(relations('ukrainian-military-leaders', 'united-states', 'urges')[0] ?? {})).toContain('Washington');
  });

  it('places the Pentagon in the United States by a sentence that names it, and shows no supply the report lacks', () => {
    expect(quotes(relations('pentagon', 'united-states', 'part-of')[0] ?? {})).toContain('the Pentagon');
    const supplies = graph.filterOutEdges('pentagon', (_e, a) => a.relation === 'supplies');
    expect(supplies.filter((e) => !/before the pause/.test(graph.getEdgeAttribute(e, 'dateText') ?? ''))).toEqual([]);
  });

  it('puts the pause days before the call, and the call amid the U.S. policy shift', () => {
    const [before] = relations('arms-shipment-pause', 'sixth-call', 'precedes');
    expect(before?.dateText).toBe('just days earlier');
    expect(quotes(before ?? {})).toContain('Just days earlier, the Pentagon confirmed');
    expect(quotes(relations('sixth-call', 'us-policy-shift', 'amid')[0] ?? {})).toContain('Amid U.S. Policy Shift');
  });

  it('lays the tremors already felt on what has happened, with the stance of the shockwaves through Kyiv', () => {
    const [shockwaves] = quoting('shockwaves through Kyiv');
    const tremors = quoting('diplomatic tremors are already being felt');
    expect(tremors.map((t) => t.target).sort()).toEqual(['europe', 'ukraine']);
    for (const t of tremors) {
      expect(t.source, t.target).not.toBe('sixth-call');
      expect(['trump-putin-calls', 'backchannel-diplomacy'], t.target).toContain(t.source);
      expect([t.relation, t.stance, t.certainty], t.target).toEqual(['affects', shockwaves?.stance, 'confirmed']);
    }
  });

  it('makes Russia, not Putin, the power broker, as the report says in its own voice', () => {
    expect(graph.filterOutEdges('vladimir-putin', (_e, a) => a.relation === 'mediates')).toEqual([]);
    for (const issue of ['iran-nuclear-ambitions', 'regional-security-guarantees']) {
      const [broker, ...others] = relations('russia', issue, 'mediates');
      expect(others, issue).toEqual([]);
      expect(broker?.certainty, issue).toBe('confirmed');
      expect(quotes(broker ?? {}), issue).toContain('positioning Russia as a central power broker');
    }
  });

  it('keeps what the wider campaign concerns neutral, as the README has every concerned subject', () => {
    expect(relations('influence-campaign', 'western-divisions', 'concerns').map((a) => a.stance)).toEqual(['neutral']);
  });

  it('has the U.S. pursue its interests in conflict zones, in the report’s own voice', () => {
    const [pursuit] = quoting('how the U.S. pursues its interests in conflict zones').filter(
      (r) => r.source === 'united-states' && r.relation === 'pursues',
    );
    expect(pursuit?.certainty).toBe('confirmed');
  });

  it('uses the names the report uses', () => {
    expect(named('Patriot')).toEqual([]);
    expect(named('Patriot munitions')).toEqual(['patriot']);
    expect(named('Advanced air-defense systems')).toEqual([]);
    expect(namesOf('air-defense-systems')).toEqual(['Advanced interceptor systems', 'advanced air-defense']);
    expect(namesOf('backchannel-diplomacy')[0]).toBe('Personal diplomatic channel');
    expect(namesOf('backchannel-diplomacy')).toEqual(
      expect.arrayContaining(['backchannel diplomacy', 'private diplomacy', 'Trump’s private diplomacy']),
    );
    expect(graph.getNodeAttribute('administration-next-moves', 'kind')).toBe('event');
    expect(graph.getNodeAttribute('russia', 'description')).toMatch(/analysts say, seeks to reestablish/);
  });
});
