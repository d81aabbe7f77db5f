// Who paints the relation layer: a worker on an OffscreenCanvas where the browser has them, else the main thread.

import { type PaintScene, paintRelations } from './relation-paint';
import { createPaintSender, type PaintedMessage, type PaintMessage } from './relation-paint-protocol';

/** A paint done: its number, how many base relations it drew, and how long the drawing calls took (ms). */
export type PaintReport = Omit<PaintedMessage, 'type'>;

/** Paints scenes on the layer's canvas and reports each when it is on the canvas. */
export interface RelationPainter {
  /** Where the painting happens; the canvas says it too (`data-painter`), for tests. */
  readonly kind: 'worker' | 'main';
  /** Asks for paint number `seq` (rising); reports may skip numbers, as paints asked for meanwhile collapse. */
  paint(scene: PaintScene, seq: number): void;
  destroy(): void;
}

/** Paints on the main thread, right away; the fallback where a worker cannot take the canvas. */
export function mainThreadPainter(
  canvas: HTMLCanvasElement,
  onPainted: (report: PaintReport) => void,
): RelationPainter {
  return {
    kind: 'main',
    paint(scene, seq) {
      const { width, height } = scene.camera;
      if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const start = performance.now();
      const drawn = paintRelations(ctx, scene);
      onPainted({ seq, drawn, ms: performance.now() - start });
    },
    destroy() {},
  };
}

/**
 * Hands the canvas to `worker` and paints there: the page sends lines and positions when they change and the camera
 * with each paint; the raster, which Chromium without a GPU does on the thread that paints, is the worker's.
 */
export function workerPainter(
  canvas: HTMLCanvasElement,
  worker: Worker,
  onPainted: (report: PaintReport) => void,
): RelationPainter {
  const offscreen = canvas.transferControlToOffscreen();
  const post = (message: PaintMessage, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  post({ type: 'canvas', canvas: offscreen }, [offscreen]);
  worker.onmessage = (event: MessageEvent<PaintedMessage>) => {
    const { seq, drawn, ms } = event.data;
    onPainted({ seq, drawn, ms });
  };
  const send = createPaintSender();
  return {
    kind: 'worker',
    paint(scene, seq) {
      // Positions are the sender's own copy: moved, not copied again.
      for (const m of send(scene, seq)) post(m, m.type === 'positions' && m.positions ? [m.positions.buffer] : []);
    },
    destroy() {
      worker.terminate();
    },
  };
}

/** The paint worker, as a module chunk of its own. */
function spawnPaintWorker(): Worker {
  return new Worker(new URL('./relation-paint-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker painter where the browser can move a canvas to a worker, else the main thread's. */
export function createRelationPainter(
  canvas: HTMLCanvasElement,
  onPainted: (report: PaintReport) => void,
  spawn: () => Worker = spawnPaintWorker,
): RelationPainter {
  const can =
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    typeof canvas.transferControlToOffscreen === 'function';
  if (!can) return mainThreadPainter(canvas, onPainted);
  let worker: Worker;
  try {
    worker = spawn();
  } catch {
    return mainThreadPainter(canvas, onPainted);
  }
  return workerPainter(canvas, worker, onPainted);
}
