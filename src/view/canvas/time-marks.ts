// While two dates are compared, the core's relations that appeared are marked and those that ended drawn as ghosts.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { AppState } from '../../state/app-state';
import { memoize } from '../../state/memoize';
import { selectChanges } from '../../state/select-time';
import { edgeElementId } from './build-elements';

/** The relations to mark, by kind of change; null when nothing is compared. */
export interface TimeMarks {
  appeared: readonly string[];
  ended: readonly string[];
}

const marksOf = memoize((found: ReturnType<typeof selectChanges>): TimeMarks | null => {
  if (!found) return null;
  const of = (kind: string) => found.changes.filter((change) => change.kind === kind).map((change) => change.edge);
  return { appeared: of('appeared'), ended: of('ended') };
});

/** The marks a state asks for: its comparison's appeared and ended relations. */
export function timeMarks(state: AppState): TimeMarks | null {
  return marksOf(selectChanges(state));
}

/**
 * Puts the marks on the core's edges (classes only: a ghost is a projection, never written into the graph); the
 * relation layer of large graphs draws no ghosts.
 */
export function applyTimeMarks(cy: Core, graph: ActorGraph | null, marks: TimeMarks | null): void {
  cy.batch(() => {
    cy.edges('.appeared, .ghost').removeClass('appeared ghost');
    if (!marks || !graph) return;
    const mark = (keys: readonly string[], name: string) => {
      for (const key of keys) if (graph.hasEdge(key)) cy.getElementById(edgeElementId(graph, key)).addClass(name);
    };
    mark(marks.appeared, 'appeared');
    mark(marks.ended, 'ghost');
  });
}
