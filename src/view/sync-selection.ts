// Mirrors the selected actor or relation into cytoscape's own selection and the highlight/fade classes.

import type { Core, EdgeSingular } from 'cytoscape';
import type { Selection } from '../state/app-state';

/** Applies a selection in one batch: the element is cytoscape-selected, its neighbourhood highlighted, the rest faded. */
export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements().unselect().removeClass('faded highlighted');
    if (!selection) return;
    // Edges are found by key: their cytoscape id differs when it clashes with a node id (see edgeElementId).
    const element =
      selection.type === 'node'
        ? cy.getElementById(selection.key)
        : cy.edges().filter((e) => e.data('key') === selection.key);
    if (element.empty()) return;
    element.select();
    const focus = element.isNode()
      ? element.closedNeighborhood()
      : (element as EdgeSingular).union((element as EdgeSingular).connectedNodes());
    // Ancestors of a highlighted compound child stay visible so the child is not drawn inside a faded box.
    const keep = focus.union(focus.nodes().ancestors());
    keep.addClass('highlighted');
    cy.elements().not(keep).addClass('faded');
  });
}
