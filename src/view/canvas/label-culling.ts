// Which actor labels the screen shows: placed greedily by importance, each only where it overlaps none placed before.

import { boxesOverlap, type LabelBox } from '../export/place-labels';

/** How much a label matters, lowest first: the selected actor, actors on a found path, its neighbours, the rest. */
export const LABEL_RANK = { selected: 0, path: 1, neighbour: 2, other: 3 } as const;

/** A label that could be shown: its actor, its box in screen pixels, its rank and its weight (the actor's size). */
export interface ScreenLabel {
  key: string;
  box: LabelBox;
  rank: number;
  weight: number;
}

/** Screen pixels kept clear between two shown labels, so neighbours do not read as one. */
export const SCREEN_LABEL_GAP = 2;

/** The grid's cell in screen pixels: about two label heights, so a box is tested against few others. */
const CELL = 48;

/** Placement order: rank first, then the larger actor, then the key (the same picture for the same input). */
export function labelOrder(a: ScreenLabel, b: ScreenLabel): number {
  return a.rank - b.rank || b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

const usable = (box: LabelBox) =>
  [box.x1, box.y1, box.x2, box.y2].every(Number.isFinite) && box.x2 > box.x1 && box.y2 > box.y1;

/**
 * The keys of the labels to show, in placement order: each candidate, most important first, is kept when its box
 * (grown by half the gap on every side) overlaps no box kept before it. A uniform grid keeps it near linear.
 */
export function cullLabels(candidates: readonly ScreenLabel[], gap = SCREEN_LABEL_GAP): string[] {
  const cells = new Map<number, LabelBox[]>();
  const cellsOf = (box: LabelBox, visit: (key: number) => boolean | undefined) => {
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++)
        if (visit(x * 65_536 + y)) return true;
    return false;
  };
  const placed: string[] = [];
  for (const candidate of [...candidates].sort(labelOrder)) {
    const { x1, y1, x2, y2 } = candidate.box;
    if (!usable(candidate.box)) continue;
    const box = { x1: x1 - gap / 2, y1: y1 - gap / 2, x2: x2 + gap / 2, y2: y2 + gap / 2 };
    if (cellsOf(box, (key) => cells.get(key)?.some((other) => boxesOverlap(box, other)))) continue;
    cellsOf(box, (key) => {
      const list = cells.get(key);
      if (list) list.push(box);
      else cells.set(key, [box]);
      return false;
    });
    placed.push(candidate.key);
  }
  return placed;
}
