// Web Worker entry: paints the relation layer on its OffscreenCanvas, so the raster leaves the page's main thread.

import { paintRelations } from './relation-paint';
import { createPaintInbox, type PaintedMessage, type PaintMessage } from './relation-paint-protocol';

/** The worker's global scope, as far as painting needs it. */
interface Scope {
  onmessage: ((event: MessageEvent<PaintMessage>) => void) | null;
  postMessage(message: PaintedMessage): void;
}

const scope = self as unknown as Scope;
const receive = createPaintInbox();
let canvas: OffscreenCanvas | null = null;
let pending: ReturnType<typeof receive> = null;
let scheduled = false;

/** Paints the latest scene asked for: paints asked for while one is under way collapse into one. */
function paintLatest(): void {
  scheduled = false;
  const next = pending;
  pending = null;
  const ctx = canvas?.getContext('2d');
  if (!next || !canvas || !ctx) return;
  const start = performance.now();
  const { width, height } = next.scene.camera;
  // The page cannot size a canvas it has handed over: the worker does, from the size it sends.
  if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
  const drawn = paintRelations(ctx, next.scene);
  scope.postMessage({ type: 'painted', seq: next.seq, drawn, ms: performance.now() - start });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'canvas') canvas = message.canvas;
  const asked = receive(message);
  if (!asked) return;
  pending = asked;
  if (scheduled) return;
  scheduled = true;
  // A task of its own: the paints already queued behind this one are read first, and only the latest is painted.
  // The OffscreenCanvas commits its frame when the task ends.
  setTimeout(paintLatest, 0);
};
