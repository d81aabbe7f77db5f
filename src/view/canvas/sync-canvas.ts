// The sync: one function from the previously drawn state to the next, for classes, selection, filters, focus, paths.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { AppState, Selection } from '../../state/app-state';
import { memoize } from '../../state/memoize';
import { isNarrowed, type PathResult, selectPaths, selectVisible } from '../../state/select-explore';
import { onlyTimeMoved } from '../../state/time-state';
import type { CanvasLabels, LabelFocus } from './canvas-labels';
import type { RelationDrawing, RelationScene } from './relation-drawing';
import { applyActorPaths, applyActorSelection, applyActorVisibility, fadesRest, selectedActors } from './sync-actors';
import { timeMarks } from './time-marks';

/** What a sync draws on: the core's actors, the relation drawing of its profile and (on screen) its labels. */
export interface SyncTarget {
  cy: Core;
  relations: RelationDrawing;
  labels?: CanvasLabels;
}

/** The actors and relations on the found paths; null when no path is shown. */
const pathSets = memoize((result: PathResult | null) => {
  if (!result || result.paths.length === 0) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of result.paths) {
    for (const node of path.nodes) nodes.add(node);
    for (const hop of path.hops) edges.add(hop.edge);
  }
  return { nodes, edges };
});

/** The relations a selection singles out among those shown: an actor's own, or the one selected. */
const highlightedOf = memoize(
  // The revision stands for the graph's contents: an edit can give the selected actor relations, or take them.
  (
    graph: ActorGraph,
    _revision: number,
    selection: Selection,
    shown: ReadonlySet<string> | null,
  ): readonly string[] => {
    if (!selection) return [];
    const keys =
      selection.type === 'edge' ? [selection.key] : graph.hasNode(selection.key) ? graph.edges(selection.key) : [];
    return keys.filter((key) => graph.hasEdge(key) && (!shown || shown.has(key)));
  },
);

/** What is shown after filters and focus; null when nothing is narrowed. */
function shownOf(state: AppState) {
  return isNarrowed(state) ? selectVisible(state) : null;
}

/** The relations' part of a state, for the relation drawing. */
export function relationScene(state: AppState): RelationScene {
  const graph = state.dataset?.graph ?? null;
  const shown = shownOf(state)?.edges ?? null;
  return {
    graph,
    shown,
    highlighted: graph ? highlightedOf(graph, state.history.revision, state.selection, shown) : [],
    selected: state.selection?.type === 'edge' ? state.selection.key : null,
    onPath: pathSets(selectPaths(state))?.edges ?? null,
    fade: !!state.selection && fadesRest(graph),
    marks: timeMarks(state),
  };
}

/** The actors whose labels matter most in a state: the selected one, those around the selection, those on a path. */
export function labelFocus(state: AppState): LabelFocus {
  const graph = state.dataset?.graph;
  const selection = state.selection;
  const around = graph ? selectedActors(graph, selection) : [];
  const selected = selection?.type === 'node' && around.length > 0 ? selection.key : null;
  return {
    selected,
    neighbours: around.filter((key) => key !== selected),
    path: pathSets(selectPaths(state))?.nodes ?? null,
  };
}

/**
 * Whether the last edit may have changed what the selection singles out: the selected actor's relations or the
 * selected relation itself (on small graphs, where the rest is faded, anything). Marking a hub's neighbourhood
 * again costs hundreds of ms at 20,000 actors, so an edit elsewhere leaves it as it is.
 */
export function selectionTouched(state: AppState): boolean {
  const { selection, history } = state;
  const changes = history.last?.changes;
  if (!selection || !changes) return false;
  if (changes.whole || fadesRest(state.dataset?.graph)) return true;
  const { actors, relations, relinked } = changes;
  if (selection.type === 'edge') return relations.added.has(selection.key) || relations.removed.has(selection.key);
  return relinked.has(selection.key) || actors.added.has(selection.key) || actors.updated.has(selection.key);
}

/** Whether the labels' focus may differ between two states: another dataset, selection, path, filter, or an edit
 * that touched the selection or may have changed a path. */
function labelsMove(previous: AppState | null, next: AppState): boolean {
  if (!previous || previous.dataset !== next.dataset) return true;
  if (previous.history.revision !== next.history.revision && (selectionTouched(next) || next.path)) return true;
  const { selection, path, filters, focus } = next;
  return (
    previous.selection !== selection ||
    previous.path !== path ||
    previous.filters !== filters ||
    previous.focus !== focus
  );
}

/**
 * Brings the canvas from `previous` (what it shows; null for a fresh core or dataset) to `next`: only the parts
 * that changed are touched, and the relation drawing redraws only what differs in its scene. After an edit (the
 * core's elements already follow it) the classes are applied again where an edit can move them: visibility when
 * something is narrowed, paths when one is shown, and the selection's neighbourhood.
 */
export function syncCanvas(target: SyncTarget, previous: AppState | null, next: AppState): void {
  const graph = next.dataset?.graph;
  const cameIn = graph ? syncActors(target.cy, graph, previous, next) : null;
  target.relations.show(relationScene(next));
  // A step of the date leaves the labels' focus as it was: they are placed when the slider rests, not on each step.
  if (cameIn && previous && onlyDateStepped(previous, next)) target.labels?.stepped(cameIn);
  else if (labelsMove(previous, next)) target.labels?.focus(labelFocus(next));
  else if (previous && previous.history.revision !== next.history.revision) target.labels?.place(); // added actors
}

/** Whether only the as-of date moved between two states of one dataset, with no path shown (a path follows it). */
function onlyDateStepped(previous: AppState, next: AppState): boolean {
  return (
    previous.dataset === next.dataset &&
    previous.history.revision === next.history.revision &&
    previous.selection === next.selection &&
    previous.focus === next.focus &&
    !previous.path &&
    !next.path &&
    onlyTimeMoved(previous.filters, next.filters)
  );
}

/** Whether the path classes may differ: another path, or one shown before or after what is shown moved. */
function pathsMove(previous: AppState, next: AppState, shownMoved: boolean): boolean {
  // Without a path before or after, a change of filters leaves the path classes (none).
  return previous.path !== next.path || (shownMoved && (!!next.path || !!previous.path));
}

/**
 * The actors' classes: visibility, paths and selection, each only when its inputs moved. Returns the actors that
 * came into view when the visibility was stepped (none when it stood); null when it was applied whole or not at all.
 */
function syncActors(cy: Core, graph: ActorGraph, previous: AppState | null, next: AppState): readonly string[] | null {
  const fresh = !previous || previous.dataset !== next.dataset;
  const edited = !fresh && previous.history.revision !== next.history.revision;
  const narrowed = fresh || visibilityMoved(previous, next, edited);
  const cameIn = narrowed ? applyActorVisibility(cy, shownOf(next)?.nodes ?? null, !fresh && !edited) : null;
  if (fresh || pathsMove(previous, next, narrowed || edited))
    applyActorPaths(cy, pathSets(selectPaths(next))?.nodes ?? null);
  if (fresh || (edited && selectionTouched(next)) || previous.selection !== next.selection)
    applyActorSelection(cy, graph, next.selection, !!next.selection && fadesRest(graph));
  return cameIn;
}

/** Whether what is shown may differ between two states of one dataset: other filters or focus, or an edit. */
function visibilityMoved(previous: AppState, next: AppState, edited: boolean): boolean {
  return previous.filters !== next.filters || previous.focus !== next.focus || (edited && isNarrowed(next));
}

/** The actors a focus or a found path should bring into view: the path's, else those shown. */
export function actorsToFit(state: AppState): Iterable<string> {
  const onPath = pathSets(selectPaths(state));
  if (onPath) return onPath.nodes;
  return shownOf(state)?.nodes ?? state.dataset?.graph.nodes() ?? [];
}
