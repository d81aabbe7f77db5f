// Follows one edit on the core: the elements it changed are added, removed or given new data, nothing rebuilt.

import type { Collection, Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { ChangeSet } from '../../model/commands/collect-changes';
import type { NodeLook } from '../appearance/node-appearance';
import type { ActorPositions } from './actor-positions';
import type { LookOf } from './build-elements';
import { type ElementDiff, elementDiff, type Point, placeNear } from './edit-diff';
import type { Looks } from './restyle-actors';

/** What following an edit works on: the core, the positions the canvas owns, and each actor's look last given. */
export interface EditTarget {
  cy: Core;
  positions: ActorPositions | null;
  looks: Looks;
  /** Whether the core holds relations as edges (the detailed profile). */
  withRelations: boolean;
  /** Where removed actors stood, so an undo puts them back where they were. */
  departed: Map<string, Point>;
}

/** The edge of a relation key: found by id (its key, nearly always), else by the key kept in its data. */
function edgeOf(cy: Core, key: string): Collection {
  const byId = cy.getElementById(key);
  if (byId.nonempty() && byId.isEdge() && byId.data('key') === key) return byId;
  return cy.edges().filter((edge) => edge.data('key') === key);
}

/** The middle of what the camera shows, in model coordinates. */
function viewCentre(cy: Core): Point {
  const { x1, y1, x2, y2 } = cy.extent();
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

/**
 * Applies a change set to the core in one batch: removed relations and actors leave (their positions remembered),
 * added actors come in beside their neighbours (or where they stood before an undo), added relations join, and
 * updated ones get new data. Returns the diff applied (for tests and counts).
 */
export function followEdit(target: EditTarget, graph: ActorGraph, changes: ChangeSet, look: LookOf): ElementDiff {
  const { cy, positions, looks, departed } = target;
  const centre = viewCentre(cy);
  const at = (key: string) => positions?.at(key) ?? null;
  const recorded: LookOf = (attrs, key) => {
    const found: NodeLook = look(attrs, key);
    looks.set(key, found);
    return found;
  };
  const place = (key: string) => departed.get(key) ?? placeNear(graph, key, at, centre);
  // Positions of the actors leaving are noted first: an actor removed and added in one step keeps its place.
  for (const key of changes.actors.removed) {
    const point = at(key);
    if (point) departed.set(key, point);
  }
  const diff = elementDiff(graph, changes, { look: recorded, place, withRelations: target.withRelations });
  cy.batch(() => {
    for (const key of diff.removeRelations) edgeOf(cy, key).remove();
    for (const key of diff.removeActors) {
      cy.getElementById(key).remove();
      positions?.remove(key);
      looks.delete(key);
    }
    if (diff.addActors.length > 0) cy.add(diff.addActors);
    for (const element of diff.addActors) {
      const key = String(element.data.id);
      const point = element.position ?? centre;
      positions?.add(key, point.x, point.y);
      departed.delete(key);
    }
    if (diff.addRelations.length > 0) cy.add(diff.addRelations);
    for (const { key, data } of diff.updateActors) cy.getElementById(key).data(data);
    for (const { key, data } of diff.updateRelations) edgeOf(cy, key).data(data);
  });
  return diff;
}
