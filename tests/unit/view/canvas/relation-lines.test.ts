// relationLines / someRelationLines / strokeRelations: the relation layer's lines come from the graph, grouped by
// colour, and are stroked as few paths, skipping what lies wholly off the canvas.

import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { DEFAULT_EDGE_COLOR, STANCE_COLORS } from '../../../../src/view/appearance/kind-style';
import {
  nearestRelation,
  relationLines,
  someRelationLines,
  strokeRelations,
} from '../../../../src/view/canvas/relation-lines';

/** a - b (cooperative), b - c (conflictual), c - d (no stance), a - c (cooperative). */
function graph() {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd']) g.addNode(key, { label: key });
  g.addEdgeWithKey('ab', 'a', 'b', { stance: 'cooperative' });
  g.addEdgeWithKey('bc', 'b', 'c', { stance: 'conflictual' });
  g.addEdgeWithKey('cd', 'c', 'd', {});
  g.addEdgeWithKey('ac', 'a', 'c', { stance: 'cooperative' });
  return g;
}

/** The groups as colour → [source key, target key] pairs, to compare without index arithmetic. */
function readable(lines: ReturnType<typeof relationLines>) {
  return Object.fromEntries(
    lines.groups.map(({ color, pairs }) => [
      color,
      Array.from({ length: pairs.length / 2 }, (_, i) => [
        lines.nodes[pairs[i * 2] ?? -1],
        lines.nodes[pairs[i * 2 + 1] ?? -1],
      ]),
    ]),
  );
}

/** A context that records the calls a stroke makes. */
function recorder() {
  const calls = { moveTo: 0, lineTo: 0, stroke: 0, beginPath: 0, styles: [] as string[] };
  const ctx = {
    strokeStyle: '' as string,
    lineWidth: 1,
    globalAlpha: 1,
    save() {},
    restore() {},
    beginPath: () => void calls.beginPath++,
    moveTo: () => void calls.moveTo++,
    lineTo: () => void calls.lineTo++,
    stroke() {
      calls.stroke++;
      calls.styles.push(ctx.strokeStyle);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const VIEW = { zoom: 1, panX: 0, panY: 0, width: 100, height: 100, lineWidth: 1, alpha: 0.5 };

describe('relationLines', () => {
  it('groups every relation by its stance colour, in a fixed colour order', () => {
    const lines = relationLines(graph(), null);
    expect(lines.count).toBe(4);
    expect(lines.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(readable(lines)).toEqual({
      [STANCE_COLORS.cooperative]: [
        ['a', 'b'],
        ['a', 'c'],
      ],
      [STANCE_COLORS.conflictual]: [['b', 'c']],
      [DEFAULT_EDGE_COLOR]: [['c', 'd']],
    });
    const colors = lines.groups.map((g) => g.color);
    expect(colors).toEqual([...colors].sort());
  });

  it('leaves out the relations a filter or focus hides', () => {
    const lines = relationLines(graph(), new Set(['bc', 'cd']));
    expect(lines.count).toBe(2);
    expect(readable(lines)).toEqual({ [STANCE_COLORS.conflictual]: [['b', 'c']], [DEFAULT_EDGE_COLOR]: [['c', 'd']] });
  });

  it('takes a few relations over the same actor indices, ignoring keys the graph lacks', () => {
    const g = graph();
    const base = relationLines(g, null);
    const some = someRelationLines(g, base, ['ac', 'missing']);
    expect(some.nodes).toBe(base.nodes);
    expect(some.count).toBe(1);
    expect(readable(some)).toEqual({ [STANCE_COLORS.cooperative]: [['a', 'c']] });
  });
});

describe('strokeRelations', () => {
  it('strokes one path per colour and skips lines wholly off the canvas', () => {
    const lines = relationLines(graph(), null);
    // a and b on the canvas, c and d far to its right: a - c and b - c cross the canvas, c - d lies wholly off it.
    const positions = Float64Array.from([10, 10, 50, 50, 500, 50, 600, 50]);
    const { ctx, calls } = recorder();
    const drawn = strokeRelations(ctx, lines, positions, VIEW);
    expect(drawn).toBe(3);
    expect(calls.moveTo).toBe(3);
    // The no-stance group (c - d) had nothing to draw, so it is not stroked at all.
    expect(calls.styles).toEqual([STANCE_COLORS.cooperative, STANCE_COLORS.conflictual]);
  });

  it('maps model coordinates through zoom and pan before culling', () => {
    const lines = relationLines(graph(), null);
    const positions = Float64Array.from([10, 10, 50, 50, 500, 50, 600, 50]);
    const { ctx } = recorder();
    // Zoomed out by ten, everything fits: all four lines are drawn.
    expect(strokeRelations(ctx, lines, positions, { ...VIEW, zoom: 0.1 })).toBe(4);
    // Panned far left, nothing is on the canvas.
    expect(strokeRelations(ctx, lines, positions, { ...VIEW, panX: -10_000 })).toBe(0);
  });

  it('breaks a long path into several strokes', () => {
    const g = createActorGraph();
    g.addNode('a', { label: 'a' });
    g.addNode('b', { label: 'b' });
    for (let i = 0; i < 10_000; i++) g.addEdgeWithKey(`e${i}`, 'a', 'b', {});
    const { ctx, calls } = recorder();
    expect(strokeRelations(ctx, relationLines(g, null), Float64Array.from([1, 1, 2, 2]), VIEW)).toBe(10_000);
    expect(calls.stroke).toBe(3); // 4096 + 4096 + 1808
  });
});

describe('nearestRelation', () => {
  // a (0,0) - b (100,0) - c (100,100) - d (200,100); a - c is the diagonal.
  const lines = relationLines(graph(), null);
  const positions = Float64Array.from([0, 0, 100, 0, 100, 100, 200, 100]);

  it('finds the line passing within the radius, the nearest when several do', () => {
    expect(nearestRelation(lines, positions, 50, 2, 4)).toBe('ab');
    expect(nearestRelation(lines, positions, 150, 97, 4)).toBe('cd');
    expect(nearestRelation(lines, positions, 51, 49, 4)).toBe('ac');
    // Near the end of b - c and of c - d at once: the nearer one wins.
    expect(nearestRelation(lines, positions, 100.5, 98, 4)).toBe('bc');
    expect(nearestRelation(lines, positions, 102, 100.5, 4)).toBe('cd');
  });

  it("finds nothing beyond the radius, past a line's end, or without positions", () => {
    expect(nearestRelation(lines, positions, 50, 20, 4)).toBeNull();
    expect(nearestRelation(lines, positions, 210, 100, 4)).toBeNull();
    expect(nearestRelation(lines, new Float64Array(8).fill(Number.NaN), 50, 0, 4)).toBeNull();
  });
});
