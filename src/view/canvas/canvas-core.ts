// The core: a cytoscape core per drawing profile, its relation drawing, and its taps, hovers and moves bound to the app.

import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { ActorPositions } from './actor-positions';
import { keyOf } from './build-elements';
import { type CanvasLabels, mountCanvasLabels } from './canvas-labels';
import { createRelationDrawing } from './create-relation-drawing';
import type { RelationDrawing } from './relation-drawing';
import { type RenderProfile, rendererOptions } from './render-profile';
import { buildStylesheet, minZoomedFontSize } from './stylesheet';
import { mountTooltip } from './tooltip';
import { bindWheelZoom } from './wheel-zoom';

/** How near a line (in screen pixels) a tap or hover must be to reach a relation the core does not hold. */
export const HIT_RADIUS = 4;

/** A cytoscape core for a drawing profile; renderer options are fixed at creation, so a new profile needs a new core. */
export function createCore(container: HTMLElement, profile: RenderProfile): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(profile),
    boxSelectionEnabled: false,
    selectionType: 'single',
    minZoom: 0.02,
    maxZoom: 6,
    ...rendererOptions(profile),
  });
  watchOnlyStyle(cy, container);
  return cy;
}

/**
 * Cytoscape watches every attribute of its container and answers each change, 100 ms later, with `cy.resize()`: a
 * full redraw of the actors and a 'resize' event (the relation layer redraws, the labels are placed again). The
 * labels write their counts as data attributes on the container, so each placement caused another 100 ms later,
 * at rest too. Only `style` and `class` can change the container's size (ResizeObservers, cytoscape's and
 * mount-canvas's, see the rest). See docs/design-choices.md#the-as-of-step-at-20k-issue-18.
 */
function watchOnlyStyle(cy: Core, container: HTMLElement): void {
  const renderer = (cy as unknown as { renderer?: () => { styleObserver?: MutationObserver } }).renderer?.();
  const observer = renderer?.styleObserver;
  if (!observer) return;
  observer.disconnect();
  observer.observe(container, { attributes: true, attributeFilter: ['style', 'class'] });
}

/** What the core's events are turned into. */
export interface CoreBindings {
  relations: RelationDrawing;
  /** An actor (`isNode`) or relation was tapped, by graph key; null for the background. */
  onTap(target: { type: 'node' | 'edge'; key: string } | null): void;
  /** The tooltip's text for an element. */
  describe(key: string, isNode: boolean): string;
  /** The user panned or zoomed. */
  onUserViewport(): void;
  /** An actor moved on the canvas (a drag, a step of an animated layout). */
  onActorMoved(key: string, position: { x: number; y: number }): void;
}

/** Binds the core's events; returns the unbinding. Run again whenever the core is replaced. */
export function bindCore(cy: Core, container: HTMLElement, bind: CoreBindings): () => void {
  const { relations } = bind;
  const onTap = (event: EventObject) => {
    const target = event.target;
    if (target !== cy) {
      // A drafted element is not in the dataset: there is nothing to select (its row is in the Draft panel).
      if (target.hasClass('draft')) return;
      bind.onTap({ type: target.isNode() ? 'node' : 'edge', key: keyOf(target) });
      return;
    }
    // A tap on the background may be on a relation drawn outside the core (the relation layer).
    const relation = relations.relationAt(event.renderedPosition, HIT_RADIUS);
    bind.onTap(relation ? { type: 'edge', key: relation } : null);
  };
  const onUserViewport = () => bind.onUserViewport();
  const onPosition = (event: EventObject) => bind.onActorMoved(event.target.id(), event.target.position());
  cy.on('tap', onTap);
  // Cytoscape tells user gestures apart from programmatic viewport changes only through these events.
  cy.on('dragpan scrollzoom pinchzoom', onUserViewport);
  cy.on('position', 'node', onPosition);
  const unmountTooltip = mountTooltip(cy, container, bind.describe, (point) => relations.relationAt(point, HIT_RADIUS));
  const unbindWheel = bindWheelZoom(cy, container);
  return () => {
    unbindWheel();
    cy.off('tap', onTap);
    cy.off('dragpan scrollzoom pinchzoom', onUserViewport);
    cy.off('position', 'node', onPosition);
    unmountTooltip();
  };
}

/** The core of the current profile with its relation drawing and bindings; replaced whole when the profile changes. */
export interface CoreSlot {
  readonly cy: Core;
  readonly relations: RelationDrawing;
  /** Which actor labels show, and the selected actor's halo. */
  readonly labels: CanvasLabels;
  readonly profile: RenderProfile;
  /** The actor positions of the dataset drawn now (null with none), which the relation drawing strokes from. */
  positions: ActorPositions | null;
  /** Switches to a profile: a new core and drawing when it differs (the old ones destroyed); true if it did. */
  useProfile(profile: RenderProfile): boolean;
  destroy(): void;
}

/** Creates the slot with a detailed core; `bindings` are bound to every core it creates. */
export function createCoreSlot(container: HTMLElement, bindings: Omit<CoreBindings, 'relations'>): CoreSlot {
  let profile: RenderProfile = 'detailed';
  let positions: ActorPositions | null = null;
  const drawingFor = (cy: Core) => createRelationDrawing(profile, { cy, container, positions: () => positions });
  let cy = createCore(container, profile);
  const labelsFor = (core: Core) => mountCanvasLabels(core, container, minZoomedFontSize(profile));
  let relations = drawingFor(cy);
  let labels = labelsFor(cy);
  let unbind = bindCore(cy, container, { ...bindings, relations });
  const destroy = () => {
    unbind();
    labels.destroy();
    relations.destroy();
    cy.destroy();
  };
  // Getters, not copies: the core and its drawing are replaced when the profile changes.
  return {
    get cy() {
      return cy;
    },
    get relations() {
      return relations;
    },
    get labels() {
      return labels;
    },
    get profile() {
      return profile;
    },
    get positions() {
      return positions;
    },
    set positions(next) {
      positions = next;
    },
    useProfile(next) {
      if (next === profile) return false;
      destroy();
      profile = next;
      cy = createCore(container, profile);
      relations = drawingFor(cy);
      labels = labelsFor(cy);
      unbind = bindCore(cy, container, { ...bindings, relations });
      return true;
    },
    destroy,
  };
}
