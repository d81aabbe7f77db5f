// What a step of the as-of date changes: the actors and relations shown and hidden, found from the index's events.

import { actorShownAt, relationShownAt, type TimeIndex, touchedBetween } from './time-index';

/** The elements that appear and disappear going from one as-of instant to another. */
export interface TimeDelta {
  shownNodes: string[];
  hiddenNodes: string[];
  shownEdges: string[];
  hiddenEdges: string[];
}

/** The delta from `from` to `to` in O(changes + log n): only the elements with an event between them are looked at. */
export function deltaBetween(index: TimeIndex, from: number, to: number, includeUndated: boolean): TimeDelta {
  const delta: TimeDelta = { shownNodes: [], hiddenNodes: [], shownEdges: [], hiddenEdges: [] };
  if (from === to) return delta;
  const touched = touchedBetween(index, from, to);
  for (const key of touched.nodes) {
    const before = actorShownAt(index, key, from);
    if (before !== actorShownAt(index, key, to)) (before ? delta.hiddenNodes : delta.shownNodes).push(key);
  }
  for (const key of touched.edges) {
    const before = relationShownAt(index, key, from, includeUndated);
    if (before !== relationShownAt(index, key, to, includeUndated))
      (before ? delta.hiddenEdges : delta.shownEdges).push(key);
  }
  return delta;
}
