// What an edit changes on the core, as plain element definitions: the pure half of following an edit.

import type { ElementDefinition } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { ChangeSet } from '../../model/commands/collect-changes';
import { actorData, actorElement, type LookOf, relationData } from './build-elements';

/** A point in model coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** The element changes one edit asks of the core, in the order they apply: removals, additions, then updates. */
export interface ElementDiff {
  /** Keys of relations whose edges leave the core (those of removed actors leave with them). */
  removeRelations: string[];
  removeActors: string[];
  addActors: ElementDefinition[];
  addRelations: ElementDefinition[];
  /** New display data (label, look) of actors that stay. */
  updateActors: { key: string; data: Record<string, unknown> }[];
  /** New display data (label, colour, line, arrow) of relations that stay; their ends never change in place. */
  updateRelations: { key: string; data: Record<string, unknown> }[];
}

/** How a diff is made: how actors look, where a new one goes, and whether the core holds relations. */
export interface DiffContext {
  look: LookOf;
  place: (key: string) => Point;
  withRelations: boolean;
}

/**
 * The element diff of a change set, read from the graph as it is after the edit (never from the core). A key both
 * removed and added (a relation given new ends) is removed, then added afresh.
 */
export function elementDiff(graph: ActorGraph, changes: ChangeSet, context: DiffContext): ElementDiff {
  const { actors, relations } = changes;
  const { look, place, withRelations } = context;
  const diff: ElementDiff = {
    removeRelations: [],
    removeActors: [...actors.removed],
    addActors: [],
    addRelations: [],
    updateActors: [],
    updateRelations: [],
  };
  for (const key of actors.added)
    if (graph.hasNode(key)) diff.addActors.push(actorElement(graph, key, look, place(key)));
  for (const key of actors.updated) {
    if (!graph.hasNode(key)) continue;
    // A compound parent is not data to cytoscape (it moves with `move`): a new parent is left to the next load.
    const { id: _id, parent: _parent, ...data } = actorData(graph, key, look);
    diff.updateActors.push({ key, data });
  }
  if (!withRelations) return diff;
  diff.removeRelations = [...relations.removed];
  for (const key of relations.added)
    if (graph.hasEdge(key)) diff.addRelations.push({ group: 'edges', data: relationData(graph, key) });
  for (const key of relations.updated) {
    if (!graph.hasEdge(key) || relations.added.has(key)) continue;
    const { id: _id, source: _s, target: _t, ...data } = relationData(graph, key);
    diff.updateRelations.push({ key, data });
  }
  return diff;
}

/** How far from its neighbours' centre a new actor is put (model units: about two actors' widths). */
export const PLACE_OFFSET = 60;

/** A direction of its own for each key (a string hash), so actors added together do not land on one point. */
function angleOf(key: string): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 2 ** 32) * 2 * Math.PI;
}

/**
 * Where a new actor goes, with no layout run: beside the centre of its neighbours that have a position, else
 * beside `centre` (the middle of the view). The offset keeps it off the point it is placed by.
 */
export function placeNear(graph: ActorGraph, key: string, at: (key: string) => Point | null, centre: Point): Point {
  let [x, y, n] = [0, 0, 0];
  if (graph.hasNode(key))
    graph.forEachNeighbor(key, (neighbour) => {
      const point = at(neighbour);
      if (!point) return;
      x += point.x;
      y += point.y;
      n++;
    });
  const base = n > 0 ? { x: x / n, y: y / n } : centre;
  const angle = angleOf(key);
  return { x: base.x + Math.cos(angle) * PLACE_OFFSET, y: base.y + Math.sin(angle) * PLACE_OFFSET };
}
