// The one function that paints the relation layer's picture: the main thread's painter and the worker both call it.

import { strokeAppeared, strokeGhosts } from './mark-strokes';
import { APPEARED_STYLE, GHOST_STYLE, RELATION_ALPHA } from './mark-style';
import { type StrokeLines, strokeRelations } from './relation-lines';

/** Widths in model units, as the detailed stylesheet draws highlighted and on-path edges. */
const HIGHLIGHT_WIDTH = 2.6;
const PATH_WIDTH = 4;

/** The lines of a picture, by the part they play (the same slots as RelationPicture's). */
export interface PaintLines {
  base: StrokeLines | null;
  highlighted: StrokeLines | null;
  onPath: StrokeLines | null;
  ghosts: StrokeLines | null;
  appeared: StrokeLines | null;
}

/** The slots of a picture, in the order they are sent. */
export const PAINT_SLOTS = ['base', 'highlighted', 'onPath', 'ghosts', 'appeared'] as const;
export type PaintSlot = (typeof PAINT_SLOTS)[number];

/** Cytoscape's camera when the paint was asked for, and the canvas size in pixels. */
export interface PaintCamera {
  zoom: number;
  panX: number;
  panY: number;
  width: number;
  height: number;
}

/** Everything a paint needs: plain data, so it crosses to a worker as it is. */
export interface PaintScene {
  lines: PaintLines;
  dimmed: boolean;
  /** [x0, y0, x1, y1, …] in model coordinates, in the lines' node order; null before the actors stand anywhere. */
  positions: Float64Array | null;
  camera: PaintCamera;
}

/** The 2D context either thread has: the element's or an OffscreenCanvas's. */
export type PaintContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Whether a scene has anything to stroke: ghosts alone are a picture too (every relation compared has ended). */
function hasLines(lines: PaintLines): boolean {
  const count = (l: StrokeLines | null) => l?.groups.reduce((sum, g) => sum + g.pairs.length, 0) ?? 0;
  return lines.base !== null && (count(lines.base) > 0 || count(lines.ghosts) > 0);
}

/** Clears the canvas and strokes the scene at its camera; returns how many base relations were drawn. */
export function paintRelations(ctx: PaintContext, scene: PaintScene): number {
  const { zoom, panX, panY, width, height } = scene.camera;
  ctx.clearRect(0, 0, width, height);
  const { lines, positions } = scene;
  if (!positions || !hasLines(lines)) return 0;
  const view = (modelWidth: number, alpha: number) => ({
    zoom,
    panX,
    panY,
    width,
    height,
    // As wide as the stylesheet's edges, but never thinner than half a pixel at a far zoom.
    lineWidth: Math.min(Math.max(modelWidth * zoom, 0.5), modelWidth * 3),
    alpha,
  });
  const { base, highlighted, onPath, ghosts, appeared } = lines;
  // A ghost keeps its faint look behind a found path, as in the stylesheet (its rule comes after `.off-path`).
  if (ghosts) strokeGhosts(ctx, ghosts, positions, view(GHOST_STYLE.width, GHOST_STYLE.alpha));
  const drawn = base
    ? strokeRelations(ctx, base, positions, view(1, scene.dimmed ? RELATION_ALPHA.dimmed : RELATION_ALPHA.shown))
    : 0;
  if (appeared) strokeAppeared(ctx, appeared, positions, view(APPEARED_STYLE.width, APPEARED_STYLE.alpha));
  if (highlighted) strokeRelations(ctx, highlighted, positions, view(HIGHLIGHT_WIDTH, 1));
  if (onPath) strokeRelations(ctx, onPath, positions, view(PATH_WIDTH, 1));
  return drawn;
}
