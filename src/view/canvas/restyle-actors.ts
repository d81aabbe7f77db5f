// Re-applies colours and sizes after a "Colour by" or "Size by" change or a measure's arrival, touching only what changed.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { ActorAttributes } from '../../model/schema';
import type { NodeLook } from '../appearance/node-appearance';

/** Each actor's look as last given to the core, by key. */
export type Looks = Map<string, NodeLook>;

/** Whether two looks draw the same. */
function sameLook(a: NodeLook | undefined, b: NodeLook): boolean {
  return !!a && a.color === b.color && a.shape === b.shape && a.size === b.size;
}

/**
 * Gives the core new data only for actors whose look differs from the look they were last given (new data makes
 * cytoscape restyle the element, and the measures arriving after every load would otherwise restyle a 50k graph
 * for nothing); returns how many changed. The comparison is with `looks`, never with what the core holds.
 */
export function restyleActors(
  cy: Core,
  graph: ActorGraph,
  looks: Looks,
  look: (attrs: ActorAttributes, key: string) => NodeLook,
): number {
  let changed = 0;
  cy.batch(() => {
    graph.forEachNode((key, attrs) => {
      const next = look(attrs, key);
      if (sameLook(looks.get(key), next)) return;
      looks.set(key, next);
      cy.getElementById(key).data(next);
      changed++;
    });
  });
  return changed;
}
