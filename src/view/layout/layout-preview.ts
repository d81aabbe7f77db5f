// A lightweight sketch of a worker layout in progress: dots and faint lines on a plain canvas over the graph area.

import type { WorkerPositions } from './force-layout';

/** Above this many relations the sketch shows actors only. See docs/design-choices.md#workers. */
export const PREVIEW_EDGE_LIMIT = 30000;

/** The sketch: `draw` paints the latest positions, `remove` takes the canvas away. */
export interface LayoutPreview {
  draw(latest: WorkerPositions): void;
  remove(): void;
}

/** Maps the i-th layout position to canvas pixels, scaled so every position fits with a margin. */
function fitToCanvas(positions: WorkerPositions['positions'], width: number, height: number) {
  let [x1, y1, x2, y2] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 2) {
    const x = positions[i] ?? 0;
    const y = positions[i + 1] ?? 0;
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  const padding = 30;
  const scale = Math.min((width - 2 * padding) / Math.max(x2 - x1, 1), (height - 2 * padding) / Math.max(y2 - y1, 1));
  const offsetX = width / 2 - (scale * (x1 + x2)) / 2;
  const offsetY = height / 2 - (scale * (y1 + y2)) / 2;
  return (i: number): [number, number] => [
    offsetX + scale * (positions[i * 2] ?? 0),
    offsetY + scale * (positions[i * 2 + 1] ?? 0),
  ];
}

/** Paints faint lines (when there are few enough) and a dot per actor. */
function drawSketch(context: CanvasRenderingContext2D, latest: WorkerPositions, width: number, height: number): void {
  const { positions, edges } = latest;
  const at = fitToCanvas(positions, width, height);
  context.clearRect(0, 0, width, height);
  // One path per layer, not one per element: that is what keeps the sketch cheap.
  if (edges.length <= PREVIEW_EDGE_LIMIT) {
    context.beginPath();
    for (const [a, b] of edges) {
      const [ax, ay] = at(a);
      const [bx, by] = at(b);
      context.moveTo(ax, ay);
      context.lineTo(bx, by);
    }
    context.strokeStyle = 'rgba(100, 116, 139, 0.18)';
    context.lineWidth = 1;
    context.stroke();
  }
  context.fillStyle = '#475569';
  for (let i = 0; i < positions.length / 2; i++) {
    const [x, y] = at(i);
    context.fillRect(x - 1.5, y - 1.5, 3, 3);
  }
}

/**
 * Mounts the sketch inside `container`, above cytoscape's own layers. Drawing tens of thousands of points on a 2D
 * canvas takes milliseconds, where handing each step to cytoscape would restyle and redraw every element.
 */
export function mountLayoutPreview(container: HTMLElement): LayoutPreview {
  const canvas = document.createElement('canvas');
  canvas.className = 'layout-preview';
  canvas.setAttribute('aria-hidden', 'true');
  container.appendChild(canvas);
  let pending: WorkerPositions | null = null;
  let frame = 0;

  const paint = () => {
    frame = 0;
    const latest = pending;
    if (!latest) return;
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
    const context = canvas.getContext('2d');
    if (!context || width === 0 || height === 0) return;
    drawSketch(context, latest, width, height);
  };

  return {
    draw(latest) {
      pending = latest;
      frame ||= requestAnimationFrame(paint);
    },
    remove() {
      if (frame) cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
