// cullLabels: labels placed by importance, none overlapping another; cheap enough for every actor in view.

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/model/seeded-random';
import { cullLabels, LABEL_RANK, type ScreenLabel } from '../../../../src/view/canvas/label-culling';
import { anyOverlap, boxesOverlap } from '../../../../src/view/export/place-labels';

const label = (key: string, x: number, y: number, rank: number = LABEL_RANK.other, weight = 1): ScreenLabel => ({
  key,
  box: { x1: x, y1: y, x2: x + 60, y2: y + 12 },
  rank,
  weight,
});

describe('cullLabels', () => {
  it('keeps labels that do not overlap and drops the later of two that do', () => {
    const placed = cullLabels([label('a', 0, 0), label('b', 100, 0), label('c', 30, 5, LABEL_RANK.other, 0.5)]);
    expect(placed).toEqual(['a', 'b']);
  });

  it('places by importance: selected over path over neighbour over the largest actor', () => {
    const stacked = [
      label('big', 0, 0, LABEL_RANK.other, 99),
      label('neighbour', 5, 0, LABEL_RANK.neighbour),
      label('path', 10, 0, LABEL_RANK.path),
      label('selected', 15, 0, LABEL_RANK.selected),
    ];
    expect(cullLabels(stacked)).toEqual(['selected']);
    expect(cullLabels(stacked.filter((l) => l.key !== 'selected'))).toEqual(['path']);
    expect(cullLabels(stacked.filter((l) => l.rank === LABEL_RANK.other || l.key === 'neighbour'))).toEqual([
      'neighbour',
    ]);
    expect(cullLabels([label('small', 0, 0, LABEL_RANK.other, 1), label('big', 5, 0, LABEL_RANK.other, 9)])).toEqual([
      'big',
    ]);
  });

  it('keeps a gap: boxes that only touch are apart by less than the gap and the second is dropped', () => {
    expect(cullLabels([label('a', 0, 0), label('b', 60, 0)])).toEqual(['a']);
    expect(cullLabels([label('a', 0, 0), label('b', 63, 0)])).toEqual(['a', 'b']);
  });

  it('skips boxes that are not finite or empty, and works at negative coordinates', () => {
    const broken = { key: 'nan', box: { x1: Number.NaN, y1: 0, x2: 10, y2: 10 }, rank: 0, weight: 1 };
    expect(cullLabels([broken, label('neg', -500, -300)])).toEqual(['neg']);
  });

  it('never leaves two placed labels overlapping among thousands of random ones', () => {
    const random = seededRandom(3);
    const all = Array.from({ length: 3000 }, (_, i) =>
      label(`n${i}`, random() * 1200, random() * 800, Math.floor(random() * 4), random()),
    );
    const placed = new Set(cullLabels(all));
    const boxes = all.filter((l) => placed.has(l.key)).map((l) => l.box);
    expect(boxes.length).toBeGreaterThan(100);
    expect(anyOverlap(boxes)).toBe(false);
    // Greedy: every label left out overlaps one that was placed.
    for (const l of all.filter((c) => !placed.has(c.key)).slice(0, 300)) {
      const grown = { x1: l.box.x1 - 2, y1: l.box.y1 - 2, x2: l.box.x2 + 2, y2: l.box.y2 + 2 };
      expect(boxes.some((b) => boxesOverlap(grown, b))).toBe(true);
    }
  });
});
