// The inspector's queries: relations grouped by name and direction, neighbours, event participants.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { getRelationGroups } from '../../../src/model/relations-of';

function graph() {
  const g = createActorGraph();
  for (const [key, label] of [
    ['putin', 'Vladimir Putin'],
    ['trump', 'Donald Trump'],
    ['macron', 'Emmanuel Macron'],
    ['russia', 'Russia'],
    ['officials', 'Russian officials'],
    ['call', 'Sixth call'],
  ]) {
    g.addNode(key as string, { label: label as string });
  }
  g.addUndirectedEdgeWithKey('e-call', 'trump', 'putin', { relation: 'talks-with' });
  g.addUndirectedEdgeWithKey('e-macron', 'putin', 'macron', { relation: 'talks-with' });
  g.addDirectedEdgeWithKey('e-leads', 'putin', 'russia', { relation: 'leads' });
  g.addDirectedEdgeWithKey('e-part', 'officials', 'russia', { relation: 'part-of' });
  g.addDirectedEdgeWithKey('e-trump-in', 'trump', 'call', { relation: 'participates-in' });
  g.addDirectedEdgeWithKey('e-putin-in', 'putin', 'call', { relation: 'participates-in' });
  g.addDirectedEdgeWithKey('e-welcome', 'officials', 'call', { relation: 'welcomes' });
  return g;
}

const summary = (groups: ReturnType<typeof getRelationGroups>) =>
  groups.map((g) => `${g.label} (${g.direction}): ${g.items.map((i) => i.otherLabel).join(', ')}`);

describe('getRelationGroups', () => {
  it('groups by relation and direction, sorted by label, items by the other actor', () => {
    expect(summary(getRelationGroups(graph(), 'putin'))).toEqual([
      'leads (out): Russia',
      'takes part in (out): Sixth call',
      'talks with (both): Donald Trump, Emmanuel Macron',
    ]);
  });

  it('reads incoming relations by their inverse', () => {
    expect(summary(getRelationGroups(graph(), 'russia'))).toEqual([
      'includes (in): Russian officials',
      'led by (in): Vladimir Putin',
    ]);
    const call = getRelationGroups(graph(), 'call');
    expect(call.map((g) => [g.relation, g.direction, g.label])).toEqual([
      ['participates-in', 'in', 'has participant'],
      ['welcomes', 'in', 'welcomed by'],
    ]);
    expect(call[0]?.items.map((i) => [i.edge, i.other])).toEqual([
      ['e-trump-in', 'trump'],
      ['e-putin-in', 'putin'],
    ]);
  });

  it('copes with foreign data: no relation, unknown relation, no label, self-loops', () => {
    const g = createActorGraph();
    g.addNode('a', { label: 'A' });
    g.addNode('b', {} as { label: string });
    g.addEdgeWithKey('x1', 'a', 'b', {});
    g.addEdgeWithKey('x2', 'b', 'a', { relation: 'owes money to' });
    g.addEdgeWithKey('x3', 'a', 'a', { relation: 'leads' });
    expect(summary(getRelationGroups(g, 'a'))).toEqual([
      'links to (out): b',
      'leads (out): A',
      '← owes money to (in): b',
    ]);
    expect(getRelationGroups(g, 'a')[0]?.relation).toBeUndefined();
  });

  it("groups by the file's own relation attribute, with arrows for its words", () => {
    const g = createActorGraph();
    for (const key of ['alex', 'bea', 'holding', 'bank']) g.addNode(key, { label: key.toUpperCase() });
    g.addDirectedEdgeWithKey('m', 'alex', 'bea', { connection: 'Married', relation: 'ignored' });
    g.addDirectedEdgeWithKey('o', 'alex', 'holding', { connection: 'Ownership' });
    g.addDirectedEdgeWithKey('l', 'bank', 'alex', { connection: 'Loaned money' });
    g.addUndirectedEdgeWithKey('k', 'alex', 'bank', { connection: 'Knows' });
    g.addDirectedEdgeWithKey('n', 'bea', 'alex', {});
    expect(summary(getRelationGroups(g, 'alex', 'connection'))).toEqual([
      'linked from (in): BEA',
      'Knows (both): BANK',
      '← Loaned money (in): BANK',
      '→ Married (out): BEA',
      '→ Ownership (out): HOLDING',
    ]);
    // No relation field at all: a directed file reads as links.
    expect(summary(getRelationGroups(g, 'alex', null)).map((line) => line.split(':')[0])).toEqual([
      'links to (out)',
      'related to (both)',
      'linked from (in)',
    ]);
  });

  it('returns nothing for an unknown actor or an isolated one', () => {
    const g = graph();
    g.addNode('alone', { label: 'Alone' });
    expect(getRelationGroups(g, 'nobody')).toEqual([]);
    expect(getRelationGroups(g, 'alone')).toEqual([]);
  });
});
