// Force-directed layout of large graphs in a Web Worker, with progress and cancel; the page answers meanwhile.

import type { Core } from 'cytoscape';
import { CallCancelled, createWorkerClient, WorkerFailed } from '../../io/call-worker';
import type { ActorGraph } from '../../model/actor-graph';
import { fitView } from '../canvas/fit-view';
import type { ForceRequest, ForceStep } from './force-worker';

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

/** What a worker run reports besides its end: progress, each batch of positions as they arrive, and a failure. */
export interface WorkerHooks {
  onProgress: LayoutProgress;
  onPositions?: (latest: WorkerPositions) => void;
  /** The worker stopped unexpectedly: what to tell the user. The run still resolves, with the positions reached. */
  onFailure?: (message: string) => void;
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
 * A worker that fails resolves the run too, with what it reached, after `onFailure` has heard what to say.
 */
export function layoutInWorker(graph: ActorGraph, hooks: WorkerHooks): WorkerLayout<WorkerPositions | null> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const edges: [number, number][] = [];
  graph.forEachEdge((_e, _a, source, target) => edges.push([index.get(source) ?? 0, index.get(target) ?? 0]));
  // A worker per run: cancelling stops it, and the next run starts from a clean one.
  const client = createWorkerClient<ForceRequest, ForceStep, ForceStep>({
    name: 'The force layout',
    create: () => new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' }),
  });
  const controller = new AbortController();
  let latest: WorkerPositions | null = null;
  const report = (step: ForceStep) => {
    latest = { nodes, edges, positions: step.positions };
    hooks.onProgress(step.done, step.total);
    hooks.onPositions?.(latest);
  };
  const request: ForceRequest = { nodes, edges, iterations: iterationsFor(nodes.length), seed: nodes.length };
  const done = client
    .call(request, { onProgress: report, signal: controller.signal })
    .then(report, (error: unknown) => {
      if (error instanceof CallCancelled) return;
      const reason = error instanceof WorkerFailed ? error.reason : String(error);
      hooks.onFailure?.(
        `The force layout stopped unexpectedly while laying out ${nodes.length} actors (${reason}). The graph is shown where the layout left it; reload the page and try again, or choose another layout.`,
      );
    })
    .then(() => {
      client.terminate();
      return latest;
    });
  return { done, cancel: () => controller.abort() };
}

/** Lays out the nodes already on the canvas in a worker, and moves them once, when it ends or is cancelled. */
export function startWorkerLayout(cy: Core, graph: ActorGraph, hooks: WorkerHooks): WorkerLayout<void> {
  const run = layoutInWorker(graph, { onProgress: hooks.onProgress, onFailure: hooks.onFailure });
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
