// The plain look of each element: its style without selection, highlight, fade or hover, for vector export.

import cytoscape, { type Core, type SingularElementReturnValue } from 'cytoscape';
import { LABEL_CLASSES, liftFocusStyles } from '../canvas/canvas-labels';

/**
 * Classes that only mark interaction state; an export shows the graph as it looks with nothing highlighted. The
 * screen's label placement (canvas-labels.ts) is one of them: an export places its own labels (place-labels.ts).
 */
const STATE_CLASSES = ['faded', 'highlighted', 'hovered', ...LABEL_CLASSES] as const;

/** Reads an element's plain style by id; call `destroy` when done. */
export interface PlainStyles {
  of(id: string): SingularElementReturnValue;
  destroy(): void;
}

/**
 * Mirrors the elements into a headless core with the same stylesheet but no state classes or selection.
 * Reading styles there, rather than toggling classes on screen, leaves the user's view untouched.
 */
export function plainStyles(cy: Core): PlainStyles {
  const clone = cytoscape({
    headless: true,
    styleEnabled: true,
    style: (cy.style() as unknown as { json(): cytoscape.StylesheetJson }).json(),
    elements: cy.elements().map((ele) => ({
      group: ele.group(),
      data: { ...ele.data() },
      classes: ele.classes().filter((c) => !(STATE_CLASSES as readonly string[]).includes(c)),
    })),
  });
  return {
    of: (id) => clone.getElementById(id),
    destroy: () => clone.destroy(),
  };
}

/**
 * Runs a synchronous draw (cy.png draws before it returns; only encoding is async) with the state classes lifted,
 * so a picture taken while an actor is selected is not mostly faded. The classes are back before the screen
 * repaints, since both changes happen within one task. The selection itself stays (unselecting would fire events).
 */
export function withPlainLook<T>(cy: Core, draw: () => T): T {
  const marked = STATE_CLASSES.map((name) => [name, cy.elements(`.${name}`)] as const);
  let restoreFocus = () => {};
  cy.batch(() => {
    restoreFocus = liftFocusStyles(cy); // before the classes go: it finds the actors by them
    for (const [name, elements] of marked) elements.removeClass(name);
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      for (const [name, elements] of marked) elements.addClass(name);
      restoreFocus();
    });
  }
}
