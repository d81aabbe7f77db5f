// Mirrors filters, focus and found paths onto the canvas as classes, each change in one cy.batch().

import type { Core } from 'cytoscape';
import type { AppState } from '../state/app-state';
import { isNarrowed, selectPaths, selectVisible } from '../state/select-explore';
import { keyOf } from './build-elements';

/** Hides what the filters and the focus leave out; with nothing narrowed, shows everything without lookups. */
export function applyVisibility(cy: Core, state: AppState): void {
  const narrowed = isNarrowed(state);
  const visible = selectVisible(state);
  cy.batch(() => {
    if (!narrowed) {
      cy.elements('.hidden').removeClass('hidden');
      return;
    }
    cy.nodes().forEach((node) => {
      node.toggleClass('hidden', !visible.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('hidden', !visible.edges.has(keyOf(edge)));
    });
  });
}

/** Marks the elements of the found paths and dims the rest; clears both when no path question is asked. */
export function applyPaths(cy: Core, state: AppState): void {
  const result = selectPaths(state);
  cy.batch(() => {
    cy.elements('.on-path, .off-path').removeClass('on-path off-path');
    if (!result || result.paths.length === 0) return;
    const ids = new Set<string>();
    for (const path of result.paths) {
      for (const node of path.nodes) ids.add(node);
      for (const hop of path.hops) ids.add(hop.edge);
    }
    cy.elements().forEach((element) => {
      element.addClass(ids.has(keyOf(element)) ? 'on-path' : 'off-path');
    });
  });
}
