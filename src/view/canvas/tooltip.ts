// A hover label for nodes and edges: the actor's name, or "A — relation — B" for an edge.

import type { Core, EventObject } from 'cytoscape';
import { keyOf } from './build-elements';

/**
 * Shows a tooltip over the canvas for the element under the pointer; returns an unmount. `relationAt` finds a
 * relation drawn outside cytoscape (the relation layer of large graphs) under a point of the background.
 */
export function mountTooltip(
  cy: Core,
  container: HTMLElement,
  labelOf: (id: string, isNode: boolean) => string,
  relationAt?: (point: { x: number; y: number }) => string | null,
) {
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
  // Over the background, the relation layer is asked at most once a frame which line (if any) is under the pointer.
  let overLine = false;
  let pending: { x: number; y: number } | null = null;
  const testLine = () => {
    const point = pending;
    pending = null;
    const key = point && relationAt?.(point);
    if (point && key) {
      tip.textContent = labelOf(key, false);
      tip.style.left = `${Math.round(point.x + 12)}px`;
      tip.style.top = `${Math.round(point.y + 12)}px`;
      tip.hidden = false;
      overLine = true;
    } else if (overLine) {
      tip.hidden = true;
      overLine = false;
    }
  };
  const move = (event: EventObject) => {
    if (event.target !== cy) return;
    if (!pending) requestAnimationFrame(testLine);
    pending = { ...event.renderedPosition };
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mouseout', 'node, edge', hide);
  if (relationAt) cy.on('mousemove', move);
  return () => {
    cy.off('mouseover', 'node, edge', show);
    cy.off('mouseout', 'node, edge', hide);
    cy.off('mousemove', move);
    tip.remove();
  };
}
