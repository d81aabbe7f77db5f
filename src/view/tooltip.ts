// A hover label for nodes and edges: the actor's name, or "A — relation — B" for an edge.

import type { Core, EventObject } from 'cytoscape';
import { keyOf } from './build-elements';

/** Shows a tooltip over the canvas for the element under the pointer; returns an unmount. */
export function mountTooltip(cy: Core, container: HTMLElement, labelOf: (id: string, isNode: boolean) => string) {
  const tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  container.appendChild(tip);
  const show = (event: EventObject) => {
    const target = event.target;
    tip.textContent = labelOf(keyOf(target), target.isNode());
    const pos = event.renderedPosition ?? target.renderedPosition?.() ?? { x: 0, y: 0 };
    tip.style.left = `${Math.round(pos.x + 12)}px`;
    tip.style.top = `${Math.round(pos.y + 12)}px`;
    tip.hidden = false;
    target.addClass('hovered');
  };
  const hide = (event: EventObject) => {
    tip.hidden = true;
    event.target.removeClass('hovered');
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mouseout', 'node, edge', hide);
  return () => {
    cy.off('mouseover', 'node, edge', show);
    cy.off('mouseout', 'node, edge', hide);
    tip.remove();
  };
}
