// Mirrors the selected actor or relation into cytoscape's own selection and the highlight/fade classes.

import type { Collection, CollectionReturnValue, Core, EdgeSingular } from 'cytoscape';
import type { ActorGraph } from '../model/actor-graph';
import type { Selection } from '../state/app-state';

/** Above this many elements the rest is not faded. See docs/design-choices.md#relation-layer. */
export const FADE_LIMIT = 5000;

/** The cytoscape element of a selection; edges by key, since their id differs when it clashes with a node id. */
function elementOf(cy: Core, selection: NonNullable<Selection>): CollectionReturnValue {
  const byId = cy.getElementById(selection.key);
  if (selection.type === 'node') return byId;
  if (byId.nonempty() && byId.isEdge() && byId.data('key') === selection.key) return byId;
  return cy.edges().filter((e) => e.data('key') === selection.key);
}

/** What each core has marked for the current selection, so the next one clears exactly that. */
const marked = new WeakMap<Core, Collection>();

/** The actors around a selection, from the graph: for a core that holds actors only (large graphs). */
function neighbourhoodInGraph(cy: Core, graph: ActorGraph, selection: NonNullable<Selection>): Collection {
  const keys =
    selection.type === 'node'
      ? graph.hasNode(selection.key)
        ? [selection.key, ...graph.neighbors(selection.key)]
        : []
      : graph.hasEdge(selection.key)
        ? graph.extremities(selection.key)
        : [];
  const found = cy.collection();
  for (const key of keys) found.merge(cy.getElementById(key)); // merge adds in place: union would copy each time
  return found;
}

/**
 * Applies a selection in one batch: the element is cytoscape-selected, its neighbourhood highlighted, the rest
 * faded. With `graph` given the core holds no relations, so the neighbourhood is read from the graph instead.
 */
export function applySelection(cy: Core, selection: Selection, graph?: ActorGraph): void {
  cy.batch(() => {
    // Only the elements marked before are touched (not found by a selector query, which walks every element), so a
    // selection costs its neighbourhood, not the whole graph. Cytoscape's own tap selection is cleared here as well.
    const previous = marked.get(cy)?.filter((e) => !e.removed());
    previous?.unselect().removeClass('faded highlighted');
    marked.delete(cy);
    if (!selection) return;
    const element = elementOf(cy, selection);
    if (element.empty() && !graph) return;
    element.select();
    const focus = graph ? neighbourhoodInGraph(cy, graph, selection) : neighbourhoodInCore(element);
    if (focus.empty()) return;
    marked.set(cy, highlight(cy, focus, graph));
  });
}

/** An element and its neighbours in the core: a node's closed neighbourhood, an edge and its two ends. */
function neighbourhoodInCore(element: CollectionReturnValue): Collection {
  if (element.isNode()) return element.closedNeighborhood();
  return (element as EdgeSingular).union((element as EdgeSingular).connectedNodes());
}

/** Highlights the focus and fades the rest (on graphs small enough); returns every element it marked. */
function highlight(cy: Core, focus: Collection, graph: ActorGraph | undefined): Collection {
  // Ancestors of a highlighted compound child stay visible so the child is not drawn inside a faded box.
  const keep = focus.union(focus.nodes().ancestors());
  keep.addClass('highlighted');
  // The graph's own count where the core holds actors only: the relation layer is not faded either.
  if ((graph ? graph.order + graph.size : cy.elements().length) > FADE_LIMIT) return keep;
  cy.elements().not(keep).addClass('faded');
  return cy.elements();
}
