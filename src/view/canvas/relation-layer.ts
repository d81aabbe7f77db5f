// The relations of large graphs on one plain canvas under cytoscape's layers: a path per colour, not a stroke each.

import type { Core } from 'cytoscape';
import './canvas-layers.css';
import { strokeAppeared, strokeGhosts } from './mark-strokes';
import { APPEARED_STYLE, GHOST_STYLE } from './mark-style';
import { nearestRelation, type RelationLines, strokeRelations } from './relation-lines';

/** The lines and where their actors stand, for an export to draw the same relations the screen shows. */
export interface RelationSnapshot {
  lines: RelationLines;
  /** [x0, y0, x1, y1, …] in model coordinates, in `lines.nodes` order. */
  positions: Float64Array;
  /** The opacity the screen draws them with. */
  alpha: number;
  /** While two dates are compared: the ghosts drawn beneath `lines` and the appeared relations drawn over them. */
  ghosts?: RelationLines | null;
  appeared?: RelationLines | null;
}

/** What the layer draws: every relation shown, and on top the ones a selection or a found path singles out. */
export interface RelationPicture {
  base: RelationLines | null;
  /** Whether the base is dimmed (a found path is shown over it). */
  dimmed: boolean;
  /** The selected actor's or relation's relations, drawn wider and opaque. */
  highlighted: RelationLines | null;
  /** The found paths' relations, drawn widest. */
  onPath: RelationLines | null;
  /** Comparing two dates: ended relations drawn faintly beneath the base (not hit-tested: they are not shown). */
  ghosts?: RelationLines | null;
  /** Comparing two dates: relations that appeared, drawn bold over the base. */
  appeared?: RelationLines | null;
}

/** The layer: `show` sets what to draw; the layer redraws itself when the camera or an actor moves. */
export interface RelationLayer {
  /** Draws this picture. */
  show(picture: RelationPicture): void;
  /** Redraws now, from the actors' current positions. */
  redraw(): void;
  /** Redraws on the next frame (an actor moved; many moves in one frame make one redraw). */
  redrawSoon(): void;
  /** What is drawn, with positions read now; null when nothing is. */
  snapshot(): RelationSnapshot | null;
  /** The key of the relation drawn nearest to a point on the canvas (rendered pixels), within `radius` pixels. */
  relationAt(point: { x: number; y: number }, radius: number): string | null;
  destroy(): void;
}

/** Opacity of relations: as the large-graph stylesheet draws them, and nearly gone behind a found path. */
const ALPHA = 0.5;
const DIMMED_ALPHA = 0.06;
/** Widths in model units, as the detailed stylesheet draws highlighted and on-path edges. */
const HIGHLIGHT_WIDTH = 2.6;
const PATH_WIDTH = 4;

/** How long the camera rests before the lines are redrawn. See docs/design-choices.md#relation-layer. */
const SETTLE_MS = 120;

/**
 * Paints the picture at cytoscape's camera from `positions` and notes its counts on the canvas (for tests and
 * debugging: what the picture holds, without reading pixels).
 */
function paintPicture(
  canvas: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
  cy: Core,
  picture: RelationPicture,
  positions: Float64Array | null,
): void {
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  const zoom = cy.zoom();
  const pan = cy.pan();
  const { base, highlighted, onPath } = picture;
  canvas.dataset.relations = String(base?.count ?? 0);
  canvas.dataset.highlighted = String(highlighted?.count ?? 0);
  canvas.dataset.onPath = String(onPath?.count ?? 0);
  const { ghosts, appeared } = picture;
  canvas.dataset.ghosts = String(ghosts?.count ?? 0);
  canvas.dataset.appeared = String(appeared?.count ?? 0);
  // Ghosts alone are a picture too: a date when every relation compared has ended.
  if (!base || (base.count === 0 && !ghosts?.count) || !positions) {
    canvas.dataset.drawn = '0';
    return;
  }
  const view = (modelWidth: number, alpha: number) => ({
    zoom,
    panX: pan.x,
    panY: pan.y,
    width,
    height,
    // As wide as the stylesheet's edges, but never thinner than half a pixel at a far zoom.
    lineWidth: Math.min(Math.max(modelWidth * zoom, 0.5), modelWidth * 3),
    alpha,
  });
  // A ghost keeps its faint look behind a found path, as in the stylesheet (its rule comes after `.off-path`).
  if (ghosts?.count) strokeGhosts(ctx, ghosts, positions, view(GHOST_STYLE.width, GHOST_STYLE.alpha));
  const drawn = strokeRelations(ctx, base, positions, view(1, picture.dimmed ? DIMMED_ALPHA : ALPHA));
  canvas.dataset.drawn = String(drawn);
  if (appeared?.count) strokeAppeared(ctx, appeared, positions, view(APPEARED_STYLE.width, APPEARED_STYLE.alpha));
  if (highlighted) strokeRelations(ctx, highlighted, positions, view(HIGHLIGHT_WIDTH, 1));
  if (onPath) strokeRelations(ctx, onPath, positions, view(PATH_WIDTH, 1));
}

/**
 * Mounts the layer in `container` beneath cytoscape's canvases: one path per colour where cytoscape strokes each
 * edge on its own; while the camera moves the last picture moves. See docs/design-choices.md#relation-layer.
 * Actor positions come from `readPositions` (the canvas's array, in the lines' node order), never from the core.
 */
export function mountRelationLayer(
  container: HTMLElement,
  cy: Core,
  readPositions: () => Float64Array | null,
): RelationLayer {
  // The canvas is scaled past its box while the camera moves: the clip keeps it inside the graph's area.
  const clip = document.createElement('div');
  clip.className = 'relation-clip';
  const canvas = document.createElement('canvas');
  canvas.className = 'relation-layer';
  canvas.setAttribute('aria-hidden', 'true');
  clip.append(canvas);
  container.prepend(clip);
  let picture: RelationPicture = { base: null, dimmed: false, highlighted: null, onPath: null };
  let drawnAt: { zoom: number; x: number; y: number } | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const redraw = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(settle);
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
    canvas.style.transform = '';
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    drawnAt = { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y };
    const start = performance.now();
    paintPicture(canvas, ctx, cy, picture, readPositions());
    canvas.dataset.paintMs = (performance.now() - start).toFixed(1);
  };

  const redrawSoon = () => {
    if (!frame) frame = requestAnimationFrame(redraw);
  };

  // Follows the camera in the frame cytoscape draws (its 'render' event), not on its synchronous 'viewport' event:
  // cytoscape skips frames when drawing is slow, and a picture moved ahead of its actors drifts from them.
  const follow = () => {
    if (!drawnAt) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const k = zoom / drawnAt.zoom;
    const moved = zoom !== drawnAt.zoom || pan.x !== drawnAt.x || pan.y !== drawnAt.y;
    const transform = moved ? `translate(${pan.x - drawnAt.x * k}px, ${pan.y - drawnAt.y * k}px) scale(${k})` : '';
    if (canvas.style.transform !== transform) canvas.style.transform = transform;
  };
  const onViewport = () => {
    clearTimeout(settle);
    settle = setTimeout(redrawSoon, SETTLE_MS);
  };

  cy.on('viewport', onViewport);
  cy.on('render', follow);
  cy.on('resize', redrawSoon);

  return {
    show(next) {
      picture = next;
      redraw();
    },
    redraw,
    redrawSoon,
    relationAt(point, radius) {
      const base = picture.base;
      const xy = readPositions();
      if (!base || base.count === 0 || !xy) return null;
      const zoom = cy.zoom();
      const pan = cy.pan();
      return nearestRelation(base, xy, (point.x - pan.x) / zoom, (point.y - pan.y) / zoom, radius / zoom);
    },
    snapshot() {
      const { base, dimmed, ghosts, appeared } = picture;
      const xy = readPositions();
      if (!base || (base.count === 0 && !ghosts?.count) || !xy) return null;
      return { lines: base, positions: xy.slice(), alpha: dimmed ? DIMMED_ALPHA : ALPHA, ghosts, appeared };
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(settle);
      cy.off('viewport', onViewport);
      cy.off('render', follow);
      cy.off('resize', redrawSoon);
      clip.remove();
    },
  };
}
