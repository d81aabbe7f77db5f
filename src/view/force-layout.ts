// Force-directed layout of large graphs in a Web Worker, with progress and cancel; the page answers meanwhile.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../model/actor-graph';
import { fitView } from './fit-view';
import type { ForceReply, ForceRequest } from './force-worker';

/** Above this many actors, or relations, ForceAtlas2 runs in a worker instead of fcose. See docs/design-choices.md#workers. */
export const WORKER_LAYOUT_NODES = 500;
export const WORKER_LAYOUT_EDGES = 1500;

/** Whether a graph is laid out in the worker: fcose would hold the page for seconds to minutes on it. */
export function needsWorkerLayout(graph: ActorGraph): boolean {
  return graph.order > WORKER_LAYOUT_NODES || graph.size > WORKER_LAYOUT_EDGES;
}

/** Progress reports: iterations done of the total. */
export type LayoutProgress = (done: number, total: number) => void;

/** Positions from the worker: node keys and, for node i, x at 2i and y at 2i + 1. */
export interface WorkerPositions {
  nodes: readonly string[];
  /** Edges as index pairs into `nodes`, for a preview drawing. */
  edges: readonly (readonly [number, number])[];
  positions: Float64Array;
}

/** What a worker run reports besides its end: progress, and each batch of positions as they arrive. */
export interface WorkerHooks {
  onProgress: LayoutProgress;
  onPositions?: (latest: WorkerPositions) => void;
}

/** A running worker layout: resolves when finished or cancelled (keeping the positions reached). */
export interface WorkerLayout<T> {
  done: Promise<T>;
  cancel(): void;
}

/** Iterations for a graph: fewer for larger graphs, so the layout finishes in seconds on a laptop. */
function iterationsFor(order: number): number {
  return Math.max(150, Math.min(600, Math.round(2_000_000 / Math.max(order, 1) / 4)));
}

/**
 * Runs ForceAtlas2 in a worker and resolves with the last positions (null if cancelled before the first report).
 * Nothing is drawn here: callers decide, so the page's thread is not spent redrawing thousands of edges per step.
 */
export function layoutInWorker(graph: ActorGraph, hooks: WorkerHooks): WorkerLayout<WorkerPositions | null> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const edges: [number, number][] = [];
  graph.forEachEdge((_e, _a, source, target) => edges.push([index.get(source) ?? 0, index.get(target) ?? 0]));
  const worker = new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' });
  let latest: WorkerPositions | null = null;
  let finish: (result: WorkerPositions | null) => void = () => {};
  const done = new Promise<WorkerPositions | null>((resolve) => {
    finish = resolve;
  });
  const end = () => {
    worker.terminate();
    finish(latest);
  };
  worker.onmessage = (event: MessageEvent<ForceReply>) => {
    const reply = event.data;
    latest = { nodes, edges, positions: reply.positions };
    hooks.onProgress(reply.done, reply.total);
    hooks.onPositions?.(latest);
    if (reply.finished) end();
  };
  const request: ForceRequest = { nodes, edges, iterations: iterationsFor(nodes.length), seed: nodes.length };
  worker.postMessage(request);
  return { done, cancel: end };
}

/** Lays out the nodes already on the canvas in a worker, and moves them once, when it ends or is cancelled. */
export function startWorkerLayout(cy: Core, graph: ActorGraph, onProgress: LayoutProgress): WorkerLayout<void> {
  const run = layoutInWorker(graph, { onProgress });
  const done = run.done.then((result) => {
    if (!result) return;
    const at = positionLookup(result);
    cy.batch(() => {
      for (const key of result.nodes) cy.getElementById(key).position(at(key) ?? { x: 0, y: 0 });
    });
    fitView(cy);
  });
  return { done, cancel: run.cancel };
}

/** The position of each node key in a worker result. */
export function positionLookup(result: WorkerPositions): (key: string) => { x: number; y: number } | undefined {
  const index = new Map(result.nodes.map((key, i) => [key, i]));
  return (key) => {
    const i = index.get(key);
    if (i === undefined) return undefined;
    return { x: result.positions[i * 2] ?? 0, y: result.positions[i * 2 + 1] ?? 0 };
  };
}
