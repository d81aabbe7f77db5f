// The messages between the relation layer and its paint worker, and both ends' bookkeeping (pure, unit-tested).

import type { StrokeLines } from './relation-lines';
import { PAINT_SLOTS, type PaintCamera, type PaintLines, type PaintScene, type PaintSlot } from './relation-paint';

/** Page → worker: the canvas once, lines and positions when they change, a paint for each redraw. */
export type PaintMessage =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'lines'; slot: PaintSlot; lines: StrokeLines | null }
  | { type: 'positions'; positions: Float64Array | null }
  | { type: 'paint'; seq: number; dimmed: boolean; camera: PaintCamera };

/** Worker → page: the paint `seq` is on the canvas, with how many base relations it drew and how long it took. */
export interface PaintedMessage {
  type: 'painted';
  seq: number;
  drawn: number;
  ms: number;
}

/** Only the colours and pairs of lines: what the worker strokes (the keys stay on the page, for hit testing). */
function strokeOnly(lines: StrokeLines | null): StrokeLines | null {
  return lines && { groups: lines.groups.map(({ color, pairs }) => ({ color, pairs })) };
}

/** Whether two position arrays hold the same numbers (NaN equal to NaN: an actor without a place). */
function samePositions(a: Float64Array | null, b: Float64Array | null): boolean {
  if (a === null || b === null || a.length !== b.length) return a === b;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * The page's side: what to send for a scene, given what was sent before. Lines go when their object is new (a new
 * picture), positions when a number in them changed (the array is moved in place, so a copy is kept to compare).
 */
export function createPaintSender(): (scene: PaintScene, seq: number) => PaintMessage[] {
  const sent = new Map<PaintSlot, StrokeLines | null>();
  let positions: Float64Array | null = null;
  let first = true;
  return (scene, seq) => {
    const out: PaintMessage[] = [];
    for (const slot of PAINT_SLOTS) {
      const lines = scene.lines[slot];
      if (sent.has(slot) && sent.get(slot) === lines) continue;
      sent.set(slot, lines);
      out.push({ type: 'lines', slot, lines: strokeOnly(lines) });
    }
    if (first || !samePositions(positions, scene.positions)) {
      positions = scene.positions?.slice() ?? null;
      out.push({ type: 'positions', positions: positions?.slice() ?? null });
      first = false;
    }
    out.push({ type: 'paint', seq, dimmed: scene.dimmed, camera: scene.camera });
    return out;
  };
}

/** The worker's side: the lines and positions received so far; a paint message gives the scene to paint. */
export function createPaintInbox(): (message: PaintMessage) => { seq: number; scene: PaintScene } | null {
  const lines: PaintLines = { base: null, highlighted: null, onPath: null, ghosts: null, appeared: null };
  let positions: Float64Array | null = null;
  return (message) => {
    if (message.type === 'lines') lines[message.slot] = message.lines;
    else if (message.type === 'positions') positions = message.positions;
    else if (message.type === 'paint') {
      const { seq, dimmed, camera } = message;
      return { seq, scene: { lines: { ...lines }, dimmed, positions, camera } };
    }
    return null;
  };
}
