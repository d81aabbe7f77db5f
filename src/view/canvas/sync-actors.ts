// Mirrors filters, focus, found paths and the selection onto the core's actors as classes.

import type { Collection, Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { Selection } from '../../state/app-state';
import { type SetStep, stepOf } from '../../state/select-time';

/** Above this many elements the rest is not faded: restyling every element would hold the page for seconds. */
export const FADE_LIMIT = 5000;

/** Whether a selection fades the rest: only on graphs small enough to restyle whole (relations included). */
export function fadesRest(graph: ActorGraph | null | undefined): boolean {
  return !!graph && graph.order + graph.size <= FADE_LIMIT;
}

/**
 * Hides the actors outside `shown`; with nothing narrowed (`null`), shows every actor without lookups. When
 * `canStep` and `shown` is a step of the as-of date from the set applied now (or that same set), only the actors
 * that came or went are touched, and the ones that came are returned; null when the set was applied whole.
 */
export function applyActorVisibility(
  cy: Core,
  shown: ReadonlySet<string> | null,
  canStep = false,
): readonly string[] | null {
  const step = stepOf(shown);
  const before = applied.get(cy);
  applied.set(cy, shown);
  if (canStep && shown && before === shown) return [];
  if (canStep && step && before === step.from) {
    applyStep(cy, step);
    return step.added;
  }
  cy.batch(() => {
    if (!shown) cy.nodes('.hidden').removeClass('hidden');
    else
      cy.nodes().forEach((node) => {
        node.toggleClass('hidden', !shown.has(node.id()));
      });
  });
  return null;
}

// The actor set each core shows now, so that a step of the as-of date from it can be applied as a delta.
const applied = new WeakMap<Core, ReadonlySet<string> | null>();

function applyStep(cy: Core, step: SetStep): void {
  cy.batch(() => {
    for (const key of step.added) cy.getElementById(key).removeClass('hidden');
    for (const key of step.removed) cy.getElementById(key).addClass('hidden');
  });
}

/** Marks the actors on the found paths and dims the rest; clears both when no path is shown (`null`). */
export function applyActorPaths(cy: Core, onPath: ReadonlySet<string> | null): void {
  cy.batch(() => {
    cy.nodes('.on-path, .off-path').removeClass('on-path off-path');
    if (!onPath) return;
    cy.nodes().forEach((node) => {
      node.addClass(onPath.has(node.id()) ? 'on-path' : 'off-path');
    });
  });
}

/** The actors a selection singles out, read from the graph (the core may hold no relations): it and its neighbours. */
export function selectedActors(graph: ActorGraph, selection: Selection): string[] {
  if (!selection) return [];
  if (selection.type === 'node')
    return graph.hasNode(selection.key) ? [selection.key, ...graph.neighbors(selection.key)] : [];
  return graph.hasEdge(selection.key) ? graph.extremities(selection.key) : [];
}

/** Where a core keeps what it marked for the current selection (its own scratchpad), so the next one clears that. */
const MARKED = 'backchannel.marked';

/**
 * Applies a selection to the actors in one batch: the selected actor is cytoscape-selected, the actors around the
 * selection highlighted, the rest faded when `fade`. Only what was marked before is looked at, not found by a
 * selector query (which walks every element), and only what changes is touched: a class taken off and put back in
 * one batch still restyles the element, which for a hub's neighbourhood, re-marked after each edit, took 500 ms of
 * the next frame at 20,000 actors.
 */
export function applyActorSelection(cy: Core, graph: ActorGraph, selection: Selection, fade: boolean): void {
  cy.batch(() => {
    const previous = (cy.scratch(MARKED) as Collection | undefined)?.filter((e) => !e.removed()) ?? cy.collection();
    const keys = selectedActors(graph, selection);
    const selected = selection?.type === 'node' && keys.length > 0 ? selection.key : null;
    const focus = cy.collection();
    for (const key of keys) focus.merge(cy.getElementById(key)); // merge adds in place: union would copy each time
    // Ancestors of a highlighted compound child stay visible so the child is not drawn inside a faded box.
    const keep = focus.union(focus.ancestors());
    previous.not(keep).removeClass('faded highlighted');
    // Cytoscape's own tap selection is cleared here as well.
    previous.filter((e) => e.selected() && e.id() !== selected).unselect();
    if (keys.length === 0) return void cy.removeScratch(MARKED);
    if (selected) cy.getElementById(selected).select();
    keep.filter('.faded').removeClass('faded');
    keep.filter((e) => !e.hasClass('highlighted')).addClass('highlighted');
    let touched: Collection = keep;
    if (fade) {
      cy.nodes().not(keep).addClass('faded');
      touched = cy.$('node');
    }
    cy.scratch(MARKED, touched);
  });
}
