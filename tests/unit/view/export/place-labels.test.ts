// Label placement for whole-graph images: all, none, or those that fit, the largest actors' first.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/model/seeded-random';
import {
  anyOverlap,
  boxesOverlap,
  LABEL_GAP,
  type LabelCandidate,
  placeLabels,
  placementOrder,
} from '../../../../src/view/export/place-labels';

const label = (key: string, x: number, y: number, weight = 1, degree = 0, w = 40, h = 12): LabelCandidate => ({
  key,
  box: { x1: x, y1: y, x2: x + w, y2: y + h },
  weight,
  degree,
});

describe('boxes', () => {
  it('overlap when they share area, not when they only touch', () => {
    const a = label('a', 0, 0).box;
    expect(boxesOverlap(a, label('b', 39, 11).box)).toBe(true);
    expect(boxesOverlap(a, label('b', 40, 0).box)).toBe(false);
    expect(boxesOverlap(a, label('b', 0, 12).box)).toBe(false);
    expect(anyOverlap([a, label('b', 100, 0).box])).toBe(false);
    expect(anyOverlap([a, label('b', 100, 0).box, label('c', 20, 5).box])).toBe(true);
  });
});

describe('placeLabels', () => {
  const crowd = [label('small', 10, 5, 1, 9), label('big', 0, 0, 5), label('far', 200, 0, 1), label('mid', 30, 0, 3)];

  it('keeps the heavier of two overlapping labels, then degree, then key', () => {
    expect(placeLabels(crowd, 'fit').map((l) => l.key)).toEqual(['big', 'far']);
    expect(
      placementOrder([label('b', 0, 0, 1, 2), label('a', 0, 0, 1, 2), label('c', 0, 0, 1, 3)]).map((l) => l.key),
    ).toEqual(['c', 'a', 'b']);
  });

  it('draws every label or none when asked, and never a box cytoscape could not lay out', () => {
    expect(placeLabels(crowd, 'all').map((l) => l.key)).toEqual(['big', 'mid', 'small', 'far']);
    expect(placeLabels(crowd, 'none')).toEqual([]);
    const unlaid = {
      key: 'x',
      box: { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
      weight: 9,
      degree: 0,
    };
    expect(placeLabels([unlaid, label('a', 0, 0)], 'fit').map((l) => l.key)).toEqual(['a']);
  });

  it('keeps a gap between neighbours', () => {
    expect(placeLabels([label('a', 0, 0, 2), label('b', 40 + LABEL_GAP / 2, 0)], 'fit')).toHaveLength(1);
    expect(placeLabels([label('a', 0, 0, 2), label('b', 40 + LABEL_GAP, 0)], 'fit')).toHaveLength(2);
  });

  it('places no two overlapping labels among 2,000 crowded ones, and places some of every region', () => {
    const random = seededRandom(7);
    const many = Array.from({ length: 2000 }, (_, i) =>
      label(`n${i}`, random() * 1500, random() * 1500, random(), i % 5, 30 + random() * 60, 13),
    );
    expect(anyOverlap(many.map((l) => l.box))).toBe(true);
    const placed = placeLabels(many, 'fit');
    expect(anyOverlap(placed.map((l) => l.box))).toBe(false);
    expect(placed.length).toBeGreaterThan(300);
    expect(placed.length).toBeLessThan(2000);
    // Greedy: every label left out overlaps (within the gap) one placed before it and heavier or as heavy.
    const kept = new Set(placed.map((l) => l.key));
    const grown = (l: LabelCandidate) => ({
      x1: l.box.x1 - LABEL_GAP,
      y1: l.box.y1 - LABEL_GAP,
      x2: l.box.x2 + LABEL_GAP,
      y2: l.box.y2 + LABEL_GAP,
    });
    for (const left of many.filter((l) => !kept.has(l.key)).slice(0, 200)) {
      const blocker = placed.find((p) => boxesOverlap(grown(left), p.box));
      expect(blocker, left.key).toBeDefined();
      expect(blocker?.weight ?? 0).toBeGreaterThanOrEqual(left.weight);
    }
  });
});
