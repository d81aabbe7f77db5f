// Which computed measures survive an edit: all of them after an attribute edit, degree (updated) after a structural one.

import { actorDegree } from '../model/actor-degree';
import type { ActorGraph } from '../model/actor-graph';
import { type ChangeSet, isStructural } from '../model/commands/collect-changes';
import type { MeasureTable } from './app-state';

/**
 * The measure table after an edit. Attribute edits change no measure, so the table stays. An edit that adds or
 * removes actors or relations keeps degree, updated for the actors it touched only, and drops the global measures
 * (betweenness, PageRank, communities), whose every value may move: the measure loader computes them again.
 */
export function measuresAfterEdit(measures: MeasureTable, graph: ActorGraph, changes: ChangeSet): MeasureTable {
  if (!isStructural(changes)) return measures;
  const degree = measures.degree;
  if (!degree || changes.whole) return {};
  const values: Record<string, number> = { ...degree };
  for (const key of changes.actors.removed) delete values[key];
  for (const key of [...changes.actors.added, ...changes.relinked]) {
    if (graph.hasNode(key)) values[key] = actorDegree(graph, key);
  }
  return { degree: values };
}
