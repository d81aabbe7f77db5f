// A small actor graph for the filter tests: a few kinds, relations, stances, certainties and dates, one loner.
import { createActorGraph } from '../../../src/model/actor-graph';

/** a(person) -talks- b(state) -leads-> c(group); b -concerns-> d(no kind); e(person) alone; a self-loop on c. */
export function small() {
  const g = createActorGraph();
  g.addNode('a', { label: 'Ann', kind: 'person', team: 'red' });
  g.addNode('b', { label: 'Bland', kind: 'state', team: 'blue' });
  g.addNode('c', { label: 'Crew', kind: 'group', team: 'red' });
  g.addNode('d', { label: 'Dee' });
  g.addNode('e', { label: 'Eve', kind: 'person', team: { nested: true } });
  g.addUndirectedEdgeWithKey('ab', 'a', 'b', {
    relation: 'talks-with',
    stance: 'cooperative',
    certainty: 'confirmed',
    date: '2025',
  });
  g.addDirectedEdgeWithKey('bc', 'b', 'c', { relation: 'leads', stance: 'neutral', certainty: 'reported' });
  g.addDirectedEdgeWithKey('bd', 'b', 'd', { relation: 'concerns', certainty: 'speculated', date: '2024-12-31' });
  g.addDirectedEdgeWithKey('cc', 'c', 'c', { relation: 'odd-one', date: '2025-10-02' });
  return g;
}
