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
  // Beside the pointer, turned to the other side where it would leave the canvas (over the panels beside it).
  const placeTip = (point: { x: number; y: number }) => {
    tip.hidden = false;
    tip.style.left = '0px'; // measured unwrapped: near the right edge it would be narrowed to the room left
    tip.style.top = '0px';
    const left = point.x + 12 + tip.offsetWidth > container.clientWidth ? point.x - 12 - tip.offsetWidth : point.x + 12;
    const top =
      point.y + 12 + tip.offsetHeight > container.clientHeight ? point.y - 12 - tip.offsetHeight : point.y + 12;
    tip.style.left = `${Math.round(Math.max(0, left))}px`;
    tip.style.top = `${Math.round(Math.max(0, top))}px`;
  };
  const show = (event: EventObject) => {
    const target = event.target;
    // A drafted element (draft-preview.ts) is in no graph: it carries its own words.
    const drafted = target.data('draftTip');
    tip.textContent = typeof drafted === 'string' ? drafted : labelOf(keyOf(target), target.isNode());
    placeTip(event.renderedPosition ?? target.renderedPosition?.() ?? { x: 0, y: 0 });
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
      placeTip(point);
      overLine = true;
    } else if (overLine) {
      tip.hidden = true;
      overLine = false;
    }
  };
  const move = (event: EventObject) => {
    // No line is looked for while a button is down: the user is panning, not pointing.
    if (event.target !== cy || (event.originalEvent as MouseEvent | undefined)?.buttons) return;
    if (!pending) requestAnimationFrame(testLine);
    pending = { ...event.renderedPosition };
  };
  // A click answers in the inspector; the tip would only cover what the click brought up.
  const hideOnTap = () => {
    tip.hidden = true;
    overLine = false;
    pending = null;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mouseout', 'node, edge', hide);
  cy.on('tapstart', hideOnTap);
  if (relationAt) cy.on('mousemove', move);
  return () => {
    cy.off('mouseover', 'node, edge', show);
    cy.off('mouseout', 'node, edge', hide);
    cy.off('tapstart', hideOnTap);
    cy.off('mousemove', move);
    tip.remove();
  };
}
