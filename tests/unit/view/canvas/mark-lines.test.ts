// markLinesOf / strokeGhosts / strokeAppeared: a comparison's lines on the relation layer share the base's actor
// slots, are made again only when the marks change, and are stroked as the small-graph stylesheet draws them.

import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { STANCE_COLORS } from '../../../../src/view/appearance/kind-style';
import { markLinesOf } from '../../../../src/view/canvas/mark-lines';
import { strokeAppeared, strokeGhosts } from '../../../../src/view/canvas/mark-strokes';
import { APPEARED_STYLE, GHOST_STYLE } from '../../../../src/view/canvas/mark-style';
import { relationLines } from '../../../../src/view/canvas/relation-lines';

function graph() {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd']) g.addNode(key, { label: key });
  g.addEdgeWithKey('ab', 'a', 'b', { stance: 'cooperative' });
  g.addEdgeWithKey('bc', 'b', 'c', { stance: 'conflictual' });
  g.addEdgeWithKey('cd', 'c', 'd', {});
  g.addEdgeWithKey('ad', 'a', 'd', { stance: 'cooperative' });
  return g;
}

/** A context that records each stroke's colour, width, alpha and dash. */
function recorder() {
  const strokes: { color: string; width: number; alpha: number; dash: number[] }[] = [];
  let dash: number[] = [];
  const saved: number[][] = [];
  const ctx = {
    strokeStyle: '' as string,
    lineWidth: 1,
    globalAlpha: 1,
    save: () => void saved.push(dash),
    restore: () => {
      dash = saved.pop() ?? [];
    },
    setLineDash: (next: number[]) => {
      dash = next;
    },
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke: () =>
      void strokes.push({ color: ctx.strokeStyle, width: ctx.lineWidth, alpha: ctx.globalAlpha, dash: [...dash] }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
}

const VIEW = { zoom: 1, panX: 0, panY: 0, width: 100, height: 100, alpha: 1 };
const POSITIONS = Float64Array.from([10, 10, 20, 20, 30, 30, 40, 40]);

describe('markLinesOf', () => {
  it('makes the ghosts and the appeared relations over the base lines’ actor slots', () => {
    const g = graph();
    // As of the date only bc and cd are shown: ab ended (a ghost), bc appeared.
    const base = relationLines(g, new Set(['bc', 'cd']));
    const marked = markLinesOf(null, g, base, { appeared: ['bc'], ended: ['ab'] });
    expect(marked.ghosts.count).toBe(1);
    expect(marked.ghosts.groups.map((group) => [group.color, group.keys])).toEqual([
      [STANCE_COLORS.cooperative, ['ab']],
    ]);
    expect([...(marked.ghosts.groups[0]?.pairs ?? [])].map((i) => base.nodes[i])).toEqual(['a', 'b']);
    expect(marked.ghosts.index).toBe(base.index);
    expect(marked.appeared.groups.map((group) => group.keys)).toEqual([['bc']]);
  });

  it('keeps the lines while the marks object stays, and makes them again when it changes', () => {
    const g = graph();
    const base = relationLines(g, null);
    const marks = { appeared: ['bc'], ended: ['ab'] };
    const first = markLinesOf(null, g, base, marks);
    // Another base (an as-of step patches it) over the same slots: the marks' lines are kept.
    expect(markLinesOf(first, g, relationLines(g, new Set(['cd']), base), marks)).toBe(first);
    const next = markLinesOf(first, g, base, { appeared: [], ended: ['ab', 'cd'] });
    expect(next).not.toBe(first);
    expect(next.ghosts.count).toBe(2);
    expect(next.appeared.count).toBe(0);
  });
});

describe('strokeGhosts and strokeAppeared', () => {
  it('strokes ghosts dashed in their colour, one line a stroke, the dashes growing with the width', () => {
    const g = graph();
    const { ghosts } = markLinesOf(null, g, relationLines(g, null), { appeared: [], ended: ['ab', 'ad', 'bc'] });
    const { ctx, strokes } = recorder();
    expect(strokeGhosts(ctx, ghosts, POSITIONS, { ...VIEW, lineWidth: 2, alpha: GHOST_STYLE.alpha })).toBe(3);
    // Two cooperative ghosts are two strokes, as cytoscape strokes each edge: where faint lines cross, they add up.
    expect(strokes.map((s) => s.color).sort()).toEqual(
      [STANCE_COLORS.conflictual, STANCE_COLORS.cooperative, STANCE_COLORS.cooperative].sort(),
    );
    for (const stroke of strokes) {
      expect(stroke.alpha).toBe(GHOST_STYLE.alpha);
      expect(stroke.dash).toEqual(GHOST_STYLE.dash.map((d) => d * 2));
    }
    // Far out, a dash never shrinks below a pixel and a half.
    const far = recorder();
    strokeGhosts(far.ctx, ghosts, POSITIONS, { ...VIEW, lineWidth: 0.5, alpha: GHOST_STYLE.alpha });
    expect(far.strokes[0]?.dash).toEqual([1.5, 2]);
  });

  it('strokes appeared relations solid over a wider blue underlay', () => {
    const g = graph();
    const { appeared } = markLinesOf(null, g, relationLines(g, null), { appeared: ['cd'], ended: [] });
    const { ctx, strokes } = recorder();
    strokeAppeared(ctx, appeared, POSITIONS, { ...VIEW, lineWidth: APPEARED_STYLE.width, alpha: 1 });
    expect(strokes).toHaveLength(2);
    expect(strokes[0]).toMatchObject({ color: APPEARED_STYLE.underlay, alpha: APPEARED_STYLE.underlayAlpha, dash: [] });
    expect(strokes[0]?.width).toBeCloseTo(APPEARED_STYLE.width + 2 * APPEARED_STYLE.padding);
    expect(strokes[1]).toMatchObject({ color: appeared.groups[0]?.color, width: APPEARED_STYLE.width, alpha: 1 });
    expect(strokes[1]?.dash).toEqual([]);
  });
});
