// While two dates are compared, which relations are marked as appeared and which drawn as ghosts, for every drawing.

import type { ActorGraph } from '../../model/actor-graph';
import type { TimeChange } from '../../model/time/changes-between';
import type { AppState } from '../../state/app-state';
import { isNarrowed, selectVisible } from '../../state/select-explore';
import { selectChanges } from '../../state/select-time';

/** The relations to mark, by kind of change; null when nothing is compared. */
export interface TimeMarks {
  /** Relations that appeared between the two dates and are shown: drawn bold. */
  appeared: readonly string[];
  /** Relations that ended between the two dates, hidden now, with both actors shown: drawn as ghosts. */
  ended: readonly string[];
}

/** What the view shows, as `relationScene` reads it: null when nothing is narrowed (everything is shown). */
interface Shown {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The marks drawn for a comparison as the view stands. A ghost needs both its actors shown, as cytoscape draws no
 * edge whose end is `display: none`, and is drawn only in place of a hidden relation (a shown one is drawn as
 * usual); an appeared relation is marked only when shown. See docs/design-choices.md#ghosts-on-the-relation-layer-issue-18.
 */
export function marksOf(graph: ActorGraph, changes: readonly TimeChange[], shown: Shown | null): TimeMarks {
  const appeared: string[] = [];
  const ended: string[] = [];
  for (const change of changes) {
    const key = change.edge;
    if (!graph.hasEdge(key)) continue;
    if (change.kind === 'appeared' && (!shown || shown.edges.has(key))) appeared.push(key);
    else if (change.kind === 'ended' && shown && !shown.edges.has(key)) {
      if (shown.nodes.has(graph.source(key)) && shown.nodes.has(graph.target(key))) ended.push(key);
    }
  }
  return { appeared, ended };
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

// The last answer, kept while the same changes give the same keys: an as-of step during a comparison that moves no
// mark hands the drawings the same object, so they redraw no mark.
let last: { changes: readonly TimeChange[]; shown: Shown | null; marks: TimeMarks } | null = null;

/** The marks a state asks for (its comparison's, as the view stands); the same object while they stay the same. */
export function timeMarks(state: AppState): TimeMarks | null {
  const graph = state.dataset?.graph;
  const found = selectChanges(state);
  if (!graph || !found) return null;
  const shown = isNarrowed(state) ? selectVisible(state) : null;
  if (last && last.changes === found.changes && last.shown === shown) return last.marks;
  const marks = marksOf(graph, found.changes, shown);
  const same = last?.changes === found.changes && sameKeys(last.marks.appeared, marks.appeared);
  last = {
    changes: found.changes,
    shown,
    marks: same && last && sameKeys(last.marks.ended, marks.ended) ? last.marks : marks,
  };
  return last.marks;
}
