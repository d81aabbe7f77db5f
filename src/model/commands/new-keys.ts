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

/** Keys already promised to steps not applied yet (a batch being built), which a new key must not take either. */
const NONE: ReadonlySet<string> = new Set();

/**
 * A key for a new actor, from its label: "Vladimir Putin" gives "vladimir-putin" (or "vladimir-putin-2"), free in
 * the graph and not among `reserved`.
 */
export function newActorKey(graph: ActorGraph, label: string, reserved = NONE): string {
  return freeKey(kebab(label, 'actor'), (key) => graph.hasNode(key) || reserved.has(key));
}

/** A key for a new relation, as the seed names them: "e-" and its ends ("e-donald-trump-vladimir-putin"). */
export function newRelationKey(graph: ActorGraph, source: string, target: string, reserved = NONE): string {
  return freeKey(`e-${source}-${target}`, (key) => graph.hasEdge(key) || reserved.has(key));
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
