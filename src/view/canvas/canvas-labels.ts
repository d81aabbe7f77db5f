// The labels and the halo the canvas shows: important actors labelled at any zoom, and no two labels overlapping.

import type { Core, NodeSingular } from 'cytoscape';
import { cullLabels, LABEL_RANK, type ScreenLabel } from './label-culling';
import { LABEL_FONT_SIZE, LABEL_MARGIN_Y, LABEL_MAX_WIDTH } from './stylesheet';

/** The actors whose labels matter most now: the selection, its neighbours and the actors on a found path. */
export interface LabelFocus {
  selected: string | null;
  neighbours: readonly string[];
  path: ReadonlySet<string> | null;
}

/** The canvas's labels: `focus` says what matters; the labels are placed again whenever the camera rests. */
export interface CanvasLabels {
  focus(next: LabelFocus): void;
  /** Places the labels for the camera now. */
  place(): void;
  /**
   * The as-of date stepped and `cameIn` appeared: their labels wait, hidden, for the placement when the slider
   * rests (a placement walks every actor in view: 10 to 25 ms at 20,000 actors, on every step of a held key).
   */
  stepped(cameIn: readonly string[]): void;
  /** The actors whose labels are shown now (placed, and readable at this zoom). */
  shown(): string[];
  destroy(): void;
}

/** The halo's width around the selected actor in screen pixels, whatever the zoom (a far-out actor is ~1 px). */
export const HALO_PX = 8;

/** The classes the placement gives actors: screen state, which an export lifts (export/plain-style.ts). */
export const LABEL_CLASSES = ['label-culled', 'label-forced', 'halo'] as const;

/** The style bypasses the placement sets on important actors, for a zoom. */
const FOCUS_STYLES = ['font-size', 'text-margin-y', 'text-max-width', 'underlay-padding'] as const;

/**
 * Lifts the screen-sized fonts and the halo's padding from the actors that have them (for an export, which draws
 * at its own scale) and returns what puts them back. Call both within one task, inside cy.batch.
 */
export function liftFocusStyles(cy: Core): () => void {
  const nodes = cy.nodes('.label-forced, .halo');
  const saved = nodes.map((node) => [node, Object.fromEntries(FOCUS_STYLES.map((name) => [name, node.style(name)]))]);
  nodes.removeStyle(FOCUS_STYLES.join(' '));
  return () => {
    for (const [node, style] of saved) (node as NodeSingular).style(style as Record<string, string>);
  };
}

/** An important actor's label style at a scale (1 / zoom when zoomed out): LABEL_FONT_SIZE screen pixels. */
function focusStyle(scale: number) {
  return {
    'font-size': LABEL_FONT_SIZE * scale,
    'text-margin-y': LABEL_MARGIN_Y * scale,
    'text-max-width': `${LABEL_MAX_WIDTH * scale}px`,
  };
}

/** How long the camera rests before labels are placed again, as the relation layer waits before redrawing. */
export const LABEL_SETTLE_MS = 120;

/** While the zoom changes, labels are placed again at once, at most this often (an animated fit zooms each frame). */
const ZOOM_PLACE_MS = 50;

/** The label box of a node in screen pixels (cytoscape lays labels out in model units). */
function screenBox(node: NodeSingular, zoom: number, pan: { x: number; y: number }) {
  const { x1, y1, x2, y2 } = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return { x1: x1 * zoom + pan.x, y1: y1 * zoom + pan.y, x2: x2 * zoom + pan.x, y2: y2 * zoom + pan.y };
}

/** The focus as ranks by key; a key keeps its most important rank. */
function ranksOf(focus: LabelFocus): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const key of focus.neighbours) ranks.set(key, LABEL_RANK.neighbour);
  for (const key of focus.path ?? []) ranks.set(key, LABEL_RANK.path);
  if (focus.selected) ranks.set(focus.selected, LABEL_RANK.selected);
  return ranks;
}

/**
 * Mounts the labels on a core whose labels show from `minZoomedFontSize` screen pixels (the profile's stylesheet).
 * Important actors get the `label-forced` class and a font that stays LABEL_FONT_SIZE screen pixels when zoomed out;
 * labels that would overlap one placed before get `label-culled`. Only actors inside the view are looked at.
 * Counts and timing go on the container as data-labels, data-label-zoom and data-label-ms (for tests and the bench).
 */
export function mountCanvasLabels(cy: Core, container: HTMLElement, minZoomedFontSize: number): CanvasLabels {
  let ranks = new Map<string, number>();
  let selected: string | null = null;
  let haloed: string | null = null;
  /** The actors given a focus style: the element styled and the scale it was given at. */
  let styled = new Map<string, { node: NodeSingular; scale: number }>();
  let haloZoom = Number.NaN;
  let shown: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let placedZoom = Number.NaN;
  let placedAt = Number.NEGATIVE_INFINITY;
  /** Whether ordinary labels were readable (drawn at all) at the zoom of the last placement. */
  let placedReadable = false;
  const readableAt = (zoom: number) => LABEL_FONT_SIZE * zoom >= minZoomedFontSize;

  /**
   * Gives the important actors a font of fixed screen size (and the selected one its halo) for this zoom. Only
   * actors whose size changes are touched: setting a style again restyles the element in the next frame, which for
   * a hub's neighbourhood, placed again after each edit, cost hundreds of ms at 20,000 actors.
   */
  const styleFocus = (zoom: number) => {
    const scale = zoom < 1 ? 1 / zoom : 1;
    for (const key of styled.keys())
      if (!ranks.has(key)) cy.getElementById(key).removeStyle(FOCUS_STYLES.join(' ')).removeClass('label-forced halo');
    const next: typeof styled = new Map();
    for (const key of ranks.keys()) {
      const node = cy.getElementById(key);
      next.set(key, { node, scale });
      // The same element at the same scale keeps its style; an actor an undo brought back is a new element.
      const before = styled.get(key);
      if (before?.scale !== scale || before.node !== node) node.style(focusStyle(scale));
    }
    styleHalo(zoom);
    styled = next;
  };

  /** The selected actor's halo, a fixed screen width at this zoom; the previous one's taken off. */
  const styleHalo = (zoom: number) => {
    if (haloed && haloed !== selected) cy.getElementById(haloed).removeClass('halo').removeStyle('underlay-padding');
    if (selected && (selected !== haloed || haloZoom !== zoom || !cy.getElementById(selected).hasClass('halo')))
      cy.getElementById(selected)
        .addClass('halo')
        .style('underlay-padding', HALO_PX / zoom);
    [haloed, haloZoom] = [selected, zoom];
  };

  const candidates = (zoom: number, pan: { x: number; y: number }): ScreenLabel[] => {
    const list: ScreenLabel[] = [];
    const add = (node: NodeSingular, rank: number) => {
      if (node.empty() || node.hasClass('hidden') || !node.data('label')) return;
      list.push({ key: node.id(), box: screenBox(node, zoom, pan), rank, weight: Number(node.data('size')) || 0 });
    };
    for (const [key, rank] of ranks) add(cy.getElementById(key), rank);
    if (!readableAt(zoom)) return list; // other labels are too small to be drawn at all
    // The view, with a margin: a label can reach into it from an actor just outside.
    const margin = 150 / zoom;
    const { x1, y1, x2, y2 } = cy.extent();
    cy.nodes().forEach((node) => {
      if (ranks.has(node.id())) return;
      const { x, y } = node.position();
      if (x >= x1 - margin && x <= x2 + margin && y >= y1 - margin && y <= y2 + margin) add(node, LABEL_RANK.other);
    });
    return list;
  };

  const place = () => {
    clearTimeout(timer);
    if (cy.destroyed()) return;
    const start = performance.now();
    const zoom = cy.zoom();
    const pan = cy.pan();
    cy.batch(() => styleFocus(zoom));
    const list = candidates(zoom, pan);
    const placed = new Set(cullLabels(list));
    cy.batch(() => {
      for (const { key, rank } of list) {
        const node = cy.getElementById(key);
        const cull = !placed.has(key);
        if (node.hasClass('label-culled') !== cull) node.toggleClass('label-culled', cull);
        const forced = rank !== LABEL_RANK.other;
        if (node.hasClass('label-forced') !== forced) node.toggleClass('label-forced', forced);
      }
    });
    shown = list.filter((c) => placed.has(c.key)).map((c) => c.key);
    container.dataset.labels = String(shown.length);
    container.dataset.labelZoom = zoom.toFixed(2);
    placedAt = performance.now();
    placedZoom = zoom;
    placedReadable = readableAt(zoom);
    container.dataset.labelMs = (placedAt - start).toFixed(1);
  };

  const placeSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(place, LABEL_SETTLE_MS);
  };
  // A zoom makes labels readable (or larger) at once: they are placed in the same task, before cytoscape's next
  // frame draws them, so they never pile up, even for a frame. A pan only brings actors in at the edges.
  // The throttle never holds back a zoom that makes ordinary labels readable: none of them was culled yet.
  const onViewport = () => {
    const zoom = cy.zoom();
    const crossed = readableAt(zoom) !== placedReadable;
    if (zoom !== placedZoom && (crossed || performance.now() - placedAt >= ZOOM_PLACE_MS)) place();
    placeSoon();
  };
  cy.on('viewport', onViewport);
  cy.on('resize', placeSoon);

  return {
    focus(next) {
      ranks = ranksOf(next);
      selected = next.selected;
      place();
    },
    place,
    stepped(cameIn) {
      cy.batch(() => {
        for (const key of cameIn) {
          const node = cy.getElementById(key);
          if (!node.empty() && !node.hasClass('label-culled')) node.addClass('label-culled');
        }
      });
      placeSoon();
    },
    // Actors a step hid keep their place in the list until the next placement, but show no label.
    shown: () => shown.filter((key) => !cy.getElementById(key).hasClass('hidden')),
    destroy() {
      clearTimeout(timer);
      cy.off('viewport', onViewport);
      cy.off('resize', placeSoon);
    },
  };
}
