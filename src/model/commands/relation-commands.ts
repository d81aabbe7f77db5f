// Adding, editing and deleting a relation: checks, then the primitive changes.

import type { ActorGraph } from '../actor-graph';
import { isRelationName, RELATIONS, type RelationAttributes, type SourceRef } from '../schema';
import {
  checkEnds,
  checkEvidenceList,
  checkRelationAttributes,
  checkSource,
  type ErrorSink,
  isNative,
} from './check-fields';
import type { AttributeChanges, CommandContext } from './command';
import { type EdgeEnds, endsOf, type GraphOp } from './graph-ops';
import { changesNothing, type Plan, patchAttributes, planOf, refuse } from './plan';
import { withSource } from './source-commands';

const UNKNOWN_RELATION = 'The dataset has no such relation (it may have been deleted meanwhile).';

/** Whether a relation is stored undirected: native relations say so by name, other datasets keep what they had. */
function undirectedFor(graph: ActorGraph, relation: unknown, otherwise: boolean): boolean {
  return isNative(graph) && isRelationName(relation) ? !RELATIONS[relation].directed : otherwise;
}

/** What adding a relation needs besides its attributes. */
export interface NewRelation {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
  undirected?: boolean;
  newSource?: SourceRef;
}

/** Plans adding a relation with its evidence, and the new source its evidence cites when there is one. */
export function planAddRelation(graph: ActorGraph, relation: NewRelation, context: CommandContext): Plan {
  const { key, source, target, newSource } = relation;
  const errors: ErrorSink = {};
  if (!key.trim()) errors.key = 'Give the relation a key.';
  else if (graph.hasEdge(key)) errors.key = `The dataset already has a relation with the key "${key}".`;
  checkEnds(graph, source, target, errors);
  const attributes = patchAttributes(relation.attributes, {});
  checkRelationAttributes(graph, attributes, errors);
  if (newSource) checkSource(graph, newSource, errors, 'newSource.');
  checkEvidenceList(graph, attributes.evidence, context, errors, newSource?.id);
  const undirected = undirectedFor(graph, attributes.relation, relation.undirected ?? false);
  return planOf(errors, () => [
    ...(newSource ? [withSource(graph, newSource)] : []),
    { op: 'add-edges', edges: [{ key, source, target, undirected, attributes }] },
  ]);
}

/** What editing a relation changes: attributes, and optionally its ends. */
export interface RelationEdit {
  key: string;
  changes: AttributeChanges;
  source?: string;
  target?: string;
}

/** Plans editing a relation: its attributes, its ends, and its direction when a native relation's name changes it. */
export function planUpdateRelation(graph: ActorGraph, edit: RelationEdit, context: CommandContext): Plan {
  const { key, changes } = edit;
  if (!graph.hasEdge(key)) return refuse('key', UNKNOWN_RELATION);
  const old = graph.getEdgeAttributes(key);
  const was = endsOf(graph, key);
  const ends: EdgeEnds = { ...was, source: edit.source ?? was.source, target: edit.target ?? was.target };
  ends.undirected = undirectedFor(graph, changes.relation ?? old.relation, was.undirected);
  const moved = ends.source !== was.source || ends.target !== was.target || ends.undirected !== was.undirected;
  if (!moved && changesNothing(old, changes)) return refuse('form', 'Nothing was changed.');
  const attributes = patchAttributes(old, changes);
  const errors: ErrorSink = {};
  checkEnds(graph, ends.source, ends.target, errors);
  checkRelationAttributes(graph, attributes, errors);
  if (Object.hasOwn(changes, 'evidence')) checkEvidenceList(graph, attributes.evidence, context, errors);
  return planOf(errors, () => {
    const ops: GraphOp[] = [{ op: 'set-edge', key, attributes }];
    if (moved) ops.push({ op: 'reattach-edges', edges: [ends] });
    return ops;
  });
}

/** Plans deleting a relation; the inverse puts it back in its place. */
export function planDeleteRelation(graph: ActorGraph, key: string): Plan {
  if (!graph.hasEdge(key)) return refuse('key', UNKNOWN_RELATION);
  return { ops: [{ op: 'drop-edges', keys: [key] }] };
}
