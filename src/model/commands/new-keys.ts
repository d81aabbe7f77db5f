// Keys for new actors, relations and sources, and a new empty dataset: readable, kebab-case, never taken.

import { type ActorGraph, createActorGraph } from '../actor-graph';
import { toWords } from '../search-index';
import { isReservedKey, NATIVE_FORMAT } from '../validate-dataset';
import { sourceIds } from './check-fields';

/** The first of `base`, `base-2`, `base-3`, ... that is free and not a name every object has. */
function freeKey(base: string, taken: (key: string) => boolean): string {
  let key = base;
  for (let n = 2; taken(key) || isReservedKey(key); n += 1) key = `${base}-${n}`;
  return key;
}

/** Kebab-case words of a text, at most six, or `fallback` when it has none. */
function kebab(text: string, fallback: string): string {
  return toWords(text).slice(0, 6).join('-') || fallback;
}

/** A key for a new actor, from its label: "Vladimir Putin" gives "vladimir-putin" (or "vladimir-putin-2"). */
export function newActorKey(graph: ActorGraph, label: string): string {
  return freeKey(kebab(label, 'actor'), (key) => graph.hasNode(key));
}

/** A key for a new relation, as the seed names them: "e-" and its ends ("e-donald-trump-vladimir-putin"). */
export function newRelationKey(graph: ActorGraph, source: string, target: string): string {
  return freeKey(`e-${source}-${target}`, (key) => graph.hasEdge(key));
}

/** An id for a new source, from its title. */
export function newSourceId(graph: ActorGraph, title: string): string {
  const ids = sourceIds(graph);
  return freeKey(kebab(title, 'source'), (id) => ids.has(id));
}

/** A new empty native dataset with a title and no sources yet. */
export function createDataset(title: string): ActorGraph {
  const graph = createActorGraph();
  graph.replaceAttributes({ format: NATIVE_FORMAT, title, sources: [] });
  return graph;
}
