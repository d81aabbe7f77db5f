// The load pipeline: add, style, lay out and draw a dataset as one cancellable sequence.

import cytoscape, { type Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { ActorAttributes } from '../../model/schema';
import type { LayoutName } from '../../state/view-settings';
import type { NodeLook } from '../appearance/node-appearance';
import { layoutInWorker, needsWorkerLayout, positionLookup, type WorkerPositions } from '../layout/force-layout';
import { mountLayoutPreview } from '../layout/layout-preview';
import { type LayoutContext, resolveLayout, runLayout } from '../layout/run-layout';
import { buildElements, hasPositions, type Placement } from './build-elements';
import { fitView } from './fit-view';
import type { Looks } from './restyle-actors';

/** How many elements are added to the canvas between two frames; one slice holds every small graph whole. */
const ADD_SLICE = 10000;

/** How many elements are styled between two turns of the event loop (about 150 ms on these 2-core machines). */
const STYLE_SLICE = 2000;

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** What drawing a graph needs: the core and its place, how actors look, and the layout hooks. */
export interface PipelineContext {
  cy: Core;
  container: HTMLElement;
  /** Whether the core holds relations too (the detailed profile), or actors only. */
  withRelations: boolean;
  layout: LayoutName;
  /** How actors look, asked for when the elements are built (after any worker layout), so measures that arrived
   * meanwhile are already in it rather than restyled afterwards. */
  look: () => (attrs: ActorAttributes, key: string) => NodeLook;
  /** Filled with each actor's look as it is added, for later restyles to compare with. */
  looks: Looks;
  hooks: Pick<LayoutContext, 'onProgress' | 'onCancellable' | 'onFailure' | 'sizeBy' | 'measures'>;
}

/**
 * Draws `graph` on the core: a large graph without positions is laid out in a worker first (its progress sketched
 * on a plain canvas), then elements are added and styled in slices while a batch holds drawing back, the camera is
 * set, and any layout still needed runs. Resolves true when done, false as soon as `signal` aborts (a newer
 * dataset arrived), leaving the rest undone.
 */
export async function drawGraph(ctx: PipelineContext, graph: ActorGraph, signal: AbortSignal): Promise<boolean> {
  const { cy } = ctx;
  const placed = await placeActors(ctx, graph, signal);
  if (!placed) return false;
  const lookNow = ctx.look();
  const look = (attrs: ActorAttributes, key: string) => {
    const found = lookNow(attrs, key);
    ctx.looks.set(key, found);
    return found;
  };
  const elements = buildElements(graph, placed.placement, look, ctx.withRelations);
  if (!(await addInSlices(cy, elements, signal))) return false;
  if (!(await styleInSlices(ctx, signal, placed.final))) return false;
  // Let the panels that render from the same update (legend, header) take their room, then fit again only if
  // they changed the canvas size.
  const before = { w: cy.width(), h: cy.height() };
  await nextFrame();
  if (signal.aborted) return false;
  cy.resize();
  const resized = cy.width() !== before.w || cy.height() !== before.h;
  if (placed.inWorker && resized) fitView(cy);
  else if (!placed.inWorker && (!placed.final || resized))
    await runLayout(cy, ctx.layout, { graph, use: cytoscape.use, animate: false, ...ctx.hooks });
  return !signal.aborted;
}

/**
 * Where actors are first placed: their stored positions, or for a large graph without them a ForceAtlas2 run in a
 * worker before anything is drawn. `final` when no layout is left to run; null when aborted meanwhile.
 */
async function placeActors(
  ctx: PipelineContext,
  graph: ActorGraph,
  signal: AbortSignal,
): Promise<{ placement: Placement; inWorker: boolean; final: boolean } | null> {
  const resolved = resolveLayout(ctx.layout, graph);
  if (resolved !== 'force' || !needsWorkerLayout(graph))
    return { placement: hasPositions(graph), inWorker: false, final: resolved === 'stored' };
  ctx.cy.elements().remove();
  const result = await layoutBeforeDrawing(ctx, graph, signal);
  if (signal.aborted) return null;
  return { placement: result ? positionLookup(result) : false, inWorker: true, final: true };
}

/**
 * Adds elements in one batch, so cytoscape styles and draws once; large graphs in slices with a turn of the event
 * loop between them (still inside the batch, so nothing is drawn half-built), and a click made meanwhile is answered.
 */
async function addInSlices(cy: Core, elements: cytoscape.ElementDefinition[], signal: AbortSignal): Promise<boolean> {
  cy.startBatch();
  try {
    cy.elements().remove();
    for (let at = 0; at < elements.length; at += ADD_SLICE) {
      if (at > 0) await nextTurn();
      if (signal.aborted) return false;
      cy.add(elements.slice(at, at + ADD_SLICE));
    }
    return true;
  } finally {
    cy.endBatch();
  }
}

/**
 * Cytoscape styles what changed lazily, inside its next frame: for a large graph that made the first frame one task
 * of many seconds (22 s at 50k/150k). Styling here in slices, while a batch holds drawing back, leaves that frame
 * only the drawing. With positions known the camera is set before the first draw, not after a draw at the default.
 */
async function styleInSlices(ctx: PipelineContext, signal: AbortSignal, fitFirst: boolean): Promise<boolean> {
  const { cy } = ctx;
  cy.startBatch();
  try {
    if (!ctx.withRelations) {
      const all = cy.elements();
      for (let at = 0; at < all.length; at += STYLE_SLICE) {
        await nextTurn();
        if (signal.aborted) return false;
        const end = Math.min(all.length, at + STYLE_SLICE);
        for (let i = at; i < end; i++) all[i]?.style('display'); // reading a style property applies the stylesheet
      }
    }
    if (fitFirst) fitView(cy);
    return true;
  } finally {
    cy.endBatch();
  }
}

/** Runs the worker layout with a sketch of its progress; an abort cancels it. Resolves with the positions reached. */
async function layoutBeforeDrawing(
  ctx: PipelineContext,
  graph: ActorGraph,
  signal: AbortSignal,
): Promise<WorkerPositions | null> {
  const preview = mountLayoutPreview(ctx.container);
  const run = layoutInWorker(graph, {
    onProgress: ctx.hooks.onProgress ?? (() => {}),
    onPositions: preview.draw,
    ...(ctx.hooks.onFailure ? { onFailure: ctx.hooks.onFailure } : {}),
  });
  ctx.hooks.onCancellable?.(run.cancel);
  signal.addEventListener('abort', run.cancel, { once: true });
  try {
    return await run.done;
  } finally {
    signal.removeEventListener('abort', run.cancel);
    preview.remove();
    ctx.hooks.onCancellable?.(null);
  }
}
