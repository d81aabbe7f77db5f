// Adding, editing and deleting an actor: checks, then the primitive changes (a deletion takes its relations along).

import type { ActorGraph } from '../actor-graph';
import type { ActorAttributes } from '../schema';
import { checkActorAttributes, type ErrorSink } from './check-fields';
import type { AttributeChanges } from './command';
import type { GraphOp } from './graph-ops';
import { changesNothing, type Plan, patchAttributes, planOf, refuse } from './plan';

const UNKNOWN_ACTOR = 'The dataset has no such actor (it may have been deleted meanwhile).';

/** Plans adding an actor under a key the graph does not use yet. */
export function planAddActor(graph: ActorGraph, key: string, attributes: ActorAttributes): Plan {
  const errors: ErrorSink = {};
  if (!key.trim()) errors.key = 'Give the actor a key.';
  else if (graph.hasNode(key)) errors.key = `The dataset already has an actor with the key "${key}".`;
  checkActorAttributes(graph, attributes, errors);
  return planOf(errors, () => [{ op: 'add-nodes', nodes: [{ key, attributes: patchAttributes(attributes, {}) }] }]);
}

/** Plans changing an actor's attributes; refused when it changes nothing, so that no empty step is recorded. */
export function planUpdateActor(graph: ActorGraph, key: string, changes: AttributeChanges): Plan {
  if (!graph.hasNode(key)) return refuse('key', UNKNOWN_ACTOR);
  const old = graph.getNodeAttributes(key);
  if (changesNothing(old, changes)) return refuse('form', 'Nothing was changed.');
  const attributes = patchAttributes(old, changes);
  const errors: ErrorSink = {};
  checkActorAttributes(graph, attributes, errors, key);
  return planOf(errors, () => [{ op: 'set-node', key, attributes }]);
}

/** Every relation of an actor, once each (a self-loop is listed on both its ends). */
export function relationsOf(graph: ActorGraph, key: string): string[] {
  return [...new Set(graph.edges(key))];
}

/** Plans deleting an actor and its relations; the inverse brings both back with their keys, attributes and places. */
export function planDeleteActor(graph: ActorGraph, key: string): Plan {
  if (!graph.hasNode(key)) return refuse('key', UNKNOWN_ACTOR);
  const relations = relationsOf(graph, key);
  const ops: GraphOp[] = relations.length > 0 ? [{ op: 'drop-edges', keys: relations }] : [];
  ops.push({ op: 'drop-nodes', keys: [key] });
  return { ops };
}
