// Sources and evidence: adding a source to the dataset, adding a quote to a relation or removing one.

import type { ActorGraph } from '../actor-graph';
import type { Evidence, SourceRef } from '../schema';
import { checkEvidence, checkSource, type ErrorSink } from './check-fields';
import type { CommandContext } from './command';
import type { GraphOp } from './graph-ops';
import { type Plan, patchAttributes, planOf, refuse } from './plan';

/** The change that appends a source to the graph's `sources` (creating the list when the dataset has none). */
export function withSource(graph: ActorGraph, source: SourceRef): GraphOp {
  const sources = graph.getAttribute('sources');
  const list = [...(Array.isArray(sources) ? sources : []), source];
  return { op: 'set-graph', attributes: patchAttributes(graph.getAttributes(), { sources: list }) };
}

/** Plans adding a source (a document evidence can cite). */
export function planAddSource(graph: ActorGraph, source: SourceRef): Plan {
  const errors: ErrorSink = {};
  checkSource(graph, source, errors);
  return planOf(errors, () => [withSource(graph, source)]);
}

/** The evidence list of a relation, or an empty one. */
function evidenceOf(graph: ActorGraph, relation: string): Evidence[] {
  const evidence = graph.getEdgeAttribute(relation, 'evidence');
  return Array.isArray(evidence) ? evidence : [];
}

const UNKNOWN_RELATION = 'The dataset has no such relation (it may have been deleted meanwhile).';

/** What adding evidence needs: the relation, the quote, and the new source it cites when there is one. */
export interface NewEvidence {
  relation: string;
  evidence: Evidence;
  newSource?: SourceRef;
}

/**
 * Plans adding a quote to a relation's evidence, checked against its source's text when that is stored, and the new
 * source it cites in the same step when there is one.
 */
export function planAddEvidence(graph: ActorGraph, added: NewEvidence, context: CommandContext): Plan {
  const { relation, evidence: item, newSource } = added;
  if (!graph.hasEdge(relation)) return refuse('relation', UNKNOWN_RELATION);
  const errors: ErrorSink = {};
  if (newSource) checkSource(graph, newSource, errors, 'newSource.');
  checkEvidence(graph, item, context, errors, '', newSource?.id);
  const evidence = [...evidenceOf(graph, relation), { ...item }];
  return planOf(errors, () => [
    ...(newSource ? [withSource(graph, newSource)] : []),
    { op: 'set-edge', key: relation, attributes: patchAttributes(graph.getEdgeAttributes(relation), { evidence }) },
  ]);
}

/** Plans removing one quote from a relation's evidence; the last one stays (delete the relation instead). */
export function planRemoveEvidence(graph: ActorGraph, relation: string, index: number): Plan {
  if (!graph.hasEdge(relation)) return refuse('relation', UNKNOWN_RELATION);
  const evidence = evidenceOf(graph, relation);
  if (!Number.isInteger(index) || index < 0 || index >= evidence.length)
    return refuse('index', 'The relation has no such quote.');
  if (evidence.length === 1)
    return refuse('index', 'A relation keeps at least one quote: delete the relation instead, or add another first.');
  const rest = evidence.filter((_item, i) => i !== index);
  return {
    ops: [
      {
        op: 'set-edge',
        key: relation,
        attributes: patchAttributes(graph.getEdgeAttributes(relation), { evidence: rest }),
      },
    ],
  };
}
