// Which labels an image draws: all, none, or those that fit, placed greedily from the largest actor down so a label
// is drawn only where it overlaps none already drawn (big graphs then export legibly rather than as a dark mass).

import type { LabelMode } from './export-types';

/** A label's box in model coordinates. */
export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label that could be drawn: its actor, its box, and its weight (the size measure; larger is placed first). */
export interface LabelCandidate {
  key: string;
  box: LabelBox;
  weight: number;
  /** Breaks ties of weight: the actor's degree. */
  degree: number;
}

/** The space kept between two labels that fit, in model pixels, so neighbours do not read as one. */
export const LABEL_GAP = 2;

/** Whether two boxes share any area; boxes that only touch do not overlap. */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Whether any two boxes of a list overlap (for tests and checks: quadratic, so for hundreds, not millions). */
export function anyOverlap(boxes: readonly LabelBox[]): boolean {
  return boxes.some((a, i) => boxes.slice(i + 1).some((b) => boxesOverlap(a, b)));
}

const finite = (box: LabelBox) => [box.x1, box.y1, box.x2, box.y2].every(Number.isFinite) && box.x2 > box.x1;

/** A uniform grid of the boxes placed so far, so each new label is tested against its neighbours only. */
function createGrid(cell: number) {
  const cells = new Map<string, LabelBox[]>();
  const keys = (box: LabelBox) => {
    const out: string[] = [];
    for (let x = Math.floor(box.x1 / cell); x <= Math.floor(box.x2 / cell); x++)
      for (let y = Math.floor(box.y1 / cell); y <= Math.floor(box.y2 / cell); y++) out.push(`${x},${y}`);
    return out;
  };
  return {
    hits: (box: LabelBox) => keys(box).some((k) => cells.get(k)?.some((other) => boxesOverlap(box, other))),
    add: (box: LabelBox) => {
      for (const k of keys(box)) {
        const list = cells.get(k);
        if (list) list.push(box);
        else cells.set(k, [box]);
      }
    },
  };
}

/** Orders candidates as they are placed: heaviest first, then the higher degree, then by key for a stable picture. */
export function placementOrder(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  return [...candidates].sort(
    (a, b) => b.weight - a.weight || b.degree - a.degree || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * The labels to draw under a mode: every one, none, or (`fit`) each in placement order that keeps LABEL_GAP clear of
 * every label already placed. Boxes that are not finite (a label cytoscape did not lay out) are never placed.
 */
export function placeLabels(candidates: readonly LabelCandidate[], mode: LabelMode): LabelCandidate[] {
  if (mode === 'none') return [];
  const usable = candidates.filter((c) => finite(c.box));
  if (mode === 'all') return placementOrder(usable);
  const heights = usable.map((c) => c.box.y2 - c.box.y1);
  const grid = createGrid(Math.max(8, 4 * (heights.reduce((a, b) => a + b, 0) / Math.max(heights.length, 1))));
  const placed: LabelCandidate[] = [];
  for (const candidate of placementOrder(usable)) {
    const { x1, y1, x2, y2 } = candidate.box;
    const padded = { x1: x1 - LABEL_GAP / 2, y1: y1 - LABEL_GAP / 2, x2: x2 + LABEL_GAP / 2, y2: y2 + LABEL_GAP / 2 };
    if (grid.hits(padded)) continue;
    grid.add(padded);
    placed.push(candidate);
  }
  return placed;
}
