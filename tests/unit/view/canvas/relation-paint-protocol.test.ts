// The relation layer's paint split: the page sends lines and positions only when they change, the worker's inbox
// rebuilds the same scene, and one paint function (the worker's and the main thread's) strokes it.

import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { relationLines, someRelationLines } from '../../../../src/view/canvas/relation-lines';
import { type PaintScene, paintRelations } from '../../../../src/view/canvas/relation-paint';
import { createPaintInbox, createPaintSender } from '../../../../src/view/canvas/relation-paint-protocol';
import { createRelationPainter, type PaintReport } from '../../../../src/view/canvas/relation-painter';

/** Three actors in a row, two relations of different stances. */
function scene(): PaintScene {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c']) g.addNode(key, { label: key });
  g.addEdgeWithKey('ab', 'a', 'b', { stance: 'cooperative' });
  g.addEdgeWithKey('bc', 'b', 'c', { stance: 'conflictual' });
  const base = relationLines(g, null);
  const lines = { base, highlighted: someRelationLines(g, base, ['ab']), onPath: null, ghosts: null, appeared: null };
  const camera = { zoom: 1, panX: 0, panY: 0, width: 100, height: 100 };
  return { lines, dimmed: false, positions: Float64Array.from([10, 10, 50, 50, 90, 90]), camera };
}

/** A 2D context that counts its line segments and clears. */
function recorder() {
  const calls = { lines: 0, clears: 0 };
  const ctx = {
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    save() {},
    restore() {},
    beginPath() {},
    moveTo() {},
    lineTo() {
      calls.lines++;
    },
    stroke() {},
    setLineDash() {},
    clearRect() {
      calls.clears++;
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('createPaintSender', () => {
  it('sends every slot and the positions first, then only the paint while nothing changed', () => {
    const send = createPaintSender();
    const s = scene();
    const first = send(s, 1);
    expect(first.map((m) => m.type)).toEqual(['lines', 'lines', 'lines', 'lines', 'lines', 'positions', 'paint']);
    expect(send({ ...s, camera: { ...s.camera, zoom: 2 } }, 2)).toEqual([
      { type: 'paint', seq: 2, dimmed: false, camera: { ...s.camera, zoom: 2 } },
    ]);
  });

  it('sends a slot whose lines are a new object, and positions moved in place', () => {
    const send = createPaintSender();
    const s = scene();
    send(s, 1);
    s.positions?.set([20, 20], 0);
    const next = send({ ...s, lines: { ...s.lines, highlighted: null } }, 2);
    expect(next.map((m) => (m.type === 'lines' ? `lines:${m.slot}` : m.type))).toEqual([
      'lines:highlighted',
      'positions',
      'paint',
    ]);
  });

  it('sends colours and pairs only: the keys stay on the page for hit testing', () => {
    const [base] = createPaintSender()(scene(), 1);
    expect(base?.type === 'lines' && base.lines?.groups[0]).toEqual({
      color: expect.any(String),
      pairs: expect.any(Uint32Array),
    });
  });
});

describe('createPaintInbox', () => {
  it('rebuilds the scene the page sent, which paints the same strokes as the page would', () => {
    const s = scene();
    const receive = createPaintInbox();
    const asked = createPaintSender()(s, 7).map(receive).at(-1);
    expect(asked?.seq).toBe(7);
    expect(asked?.scene.positions).toEqual(s.positions);
    const page = recorder();
    const worker = recorder();
    expect(paintRelations(page.ctx, s)).toBe(2);
    expect(paintRelations(worker.ctx, asked?.scene as PaintScene)).toBe(2);
    expect(worker.calls).toEqual(page.calls);
    expect(page.calls).toEqual({ lines: 3, clears: 1 });
  });
});

describe('createRelationPainter', () => {
  it('paints on the main thread where there is no worker, and reports the paint', () => {
    const { ctx, calls } = recorder();
    const canvas = { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
    const reports: PaintReport[] = [];
    const painter = createRelationPainter(canvas, (r) => reports.push(r));
    expect(painter.kind).toBe('main');
    painter.paint(scene(), 3);
    expect([canvas.width, canvas.height]).toEqual([100, 100]);
    expect(reports).toEqual([{ seq: 3, drawn: 2, ms: expect.any(Number) }]);
    expect(calls.lines).toBe(3);
  });
});
