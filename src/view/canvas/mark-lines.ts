// A comparison's lines on the relation layer: the ghosts and the appeared relations, made once per set of marks.

import type { ActorGraph } from '../../model/actor-graph';
import { type RelationLines, someRelationLines } from './relation-lines';
import type { TimeMarks } from './time-marks';

/** The lines of a comparison's marks, over the same actor slots as the base lines, and what they were made from. */
export interface MarkLines {
  marks: TimeMarks;
  graph: ActorGraph;
  index: RelationLines['index'];
  ghosts: RelationLines;
  appeared: RelationLines;
}

/**
 * The marks' lines: `last` again while the marks object, the graph and the slots are the same, so a show that
 * changes no mark (an as-of step, a selection) makes none.
 */
export function markLinesOf(
  last: MarkLines | null,
  graph: ActorGraph,
  base: RelationLines,
  marks: TimeMarks,
): MarkLines {
  if (last?.marks === marks && last.graph === graph && last.index === base.index) return last;
  const ghosts = someRelationLines(graph, base, marks.ended);
  return { marks, graph, index: base.index, ghosts, appeared: someRelationLines(graph, base, marks.appeared) };
}
