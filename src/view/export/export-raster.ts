// PNG and JPEG export: cytoscape renders the graph, then we frame it with title, legend and credit on one canvas.

import type { Core } from 'cytoscape';
import { strokeAppeared, strokeGhosts } from '../canvas/mark-strokes';
import { APPEARED_STYLE, GHOST_STYLE } from '../canvas/mark-style';
import type { RelationSnapshot } from '../canvas/relation-layer';
import { strokeRelations } from '../canvas/relation-lines';
import { rasterLabels, withLabelsOf } from './export-labels';
import { type ExportSource, type GraphRegion, graphRegion } from './export-source';
import { BACKGROUND_COLORS, type CanvasLimits, DEFAULT_CANVAS_LIMITS, type ImageOptions } from './export-types';
import { frameContent, frameRequest } from './frame-content';
import { type FrameLayout, layoutFrame } from './frame-layout';
import { inkFor } from './frame-primitives';
import { assertNotBlank, encodeCanvas } from './image-check';
import { paintCanvas } from './paint-canvas';
import type { LabelBox } from './place-labels';
import { withPlainLook } from './plain-style';
import { fitScale } from './raster-limits';
import { canvasMeasure } from './text-measure';

/** A finished raster export; `notice` says when the scale had to come down. */
export interface RasterResult {
  blob: Blob;
  width: number;
  height: number;
  scale: number;
  notice?: string;
  /** The label boxes drawn, in model coordinates, so a check can see that none overlaps another. */
  labels: LabelBox[];
}

/** JPEG quality: high enough that thin edges and small labels keep their edges. */
const JPEG_QUALITY = 0.92;

async function renderGraph(
  cy: Core,
  options: ImageOptions,
  region: GraphRegion,
  scale: number,
  labelled: ReadonlySet<string>,
): Promise<ImageBitmap> {
  // Giving maxWidth/maxHeight with the scale stops cytoscape multiplying by the screen's pixel ratio,
  // so the picture is exactly the size we laid out and checked against the canvas limits.
  const blob = await withPlainLook(cy, () =>
    withLabelsOf(cy, labelled, () =>
      cy.png({
        output: 'blob-promise',
        full: options.scope === 'whole',
        scale,
        maxWidth: region.width * scale,
        maxHeight: region.height * scale,
      }),
    ),
  );
  if (blob.size === 0) throw new Error('The graph picture came out empty: try a smaller scale.');
  const bitmap = await createImageBitmap(blob);
  assertNotBlank(bitmap, bitmap.width, bitmap.height, 'The graph picture');
  return bitmap;
}

/** Strokes the relation layer's lines (large graphs) where the graph picture will go, so they lie beneath it. */
function strokeUnder(
  ctx: CanvasRenderingContext2D,
  relations: RelationSnapshot,
  frame: FrameLayout,
  region: GraphRegion,
  scale: number,
): void {
  const zoom = (scale * region.width) / Math.max(region.w, 1e-9);
  const left = Math.round(frame.graph.x * scale);
  const top = Math.round(frame.graph.y * scale);
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, Math.round(region.width * scale), Math.round(region.height * scale));
  ctx.clip();
  const view = (modelWidth: number, alpha: number) => ({
    zoom,
    panX: left - region.x1 * zoom,
    panY: top - region.y1 * zoom,
    width: ctx.canvas.width,
    height: ctx.canvas.height,
    lineWidth: Math.max(modelWidth * zoom, 0.5),
    alpha,
  });
  // A comparison's marks as the screen draws them: ghosts beneath, appeared relations over the others.
  const { ghosts, appeared, positions } = relations;
  if (ghosts?.count) strokeGhosts(ctx, ghosts, positions, view(GHOST_STYLE.width, GHOST_STYLE.alpha));
  strokeRelations(ctx, relations.lines, positions, view(1, relations.alpha));
  if (appeared?.count) strokeAppeared(ctx, appeared, positions, view(APPEARED_STYLE.width, APPEARED_STYLE.alpha));
  ctx.restore();
}

function compose(
  frame: FrameLayout,
  graph: ImageBitmap,
  scale: number,
  fill: string | null,
  under?: (ctx: CanvasRenderingContext2D) => void,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx)
    throw new Error(`The browser gave no canvas of ${canvas.width} × ${canvas.height} px: try a smaller scale.`);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  under?.(ctx);
  ctx.drawImage(graph, Math.round(frame.graph.x * scale), Math.round(frame.graph.y * scale));
  ctx.scale(scale, scale);
  paintCanvas(ctx, frame.primitives);
  return canvas;
}

/** Renders the graph as PNG or JPEG with its frame, lowering the scale where the canvas limit demands it. */
export async function exportRaster(
  source: ExportSource,
  format: 'png' | 'jpeg',
  options: ImageOptions,
  limits: CanvasLimits = DEFAULT_CANVAS_LIMITS,
): Promise<RasterResult> {
  const { cy } = source;
  if (cy.elements(':visible').empty()) throw new Error('There is nothing to export: the graph shows no actors.');
  const region = graphRegion(cy, options.scope);
  const content = frameContent(source.dataset, source.view, source.measures, frameRequest(source, options));
  const frame = layoutFrame(region.width, region.height, content, inkFor(options.background), canvasMeasure());
  const { scale, notice } = fitScale(frame.width, frame.height, options.scale, limits);
  const labels = rasterLabels(cy, source, options.labels);
  const graph = await renderGraph(cy, options, region, scale, new Set(labels.map((label) => label.key)));
  // JPEG has no alpha: a transparent choice would turn black, so it falls back to white.
  const fill = BACKGROUND_COLORS[options.background] ?? (format === 'jpeg' ? '#ffffff' : null);
  const { relations } = source;
  const under = relations
    ? (ctx: CanvasRenderingContext2D) => strokeUnder(ctx, relations, frame, region, scale)
    : undefined;
  const canvas = compose(frame, graph, scale, fill, under);
  graph.close();
  assertNotBlank(canvas, canvas.width, canvas.height, 'The framed picture');
  const blob = await encodeCanvas(canvas, format === 'png' ? 'image/png' : 'image/jpeg', JPEG_QUALITY);
  const boxes = labels.map((label) => label.box);
  return { blob, width: canvas.width, height: canvas.height, scale, labels: boxes, ...(notice ? { notice } : {}) };
}
