// Paints the frame's primitives (title, legend, credit) with canvas 2D, for PNG and JPEG exports.

import { frameFont, type Primitive } from './frame-primitives';
import { placeShape, traceShape } from './node-shapes';

/** Draws each primitive in the context's current transform, which maps CSS pixels at 1× to the image. */
export function paintCanvas(ctx: CanvasRenderingContext2D, primitives: readonly Primitive[]): void {
  ctx.save();
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const p of primitives) {
    if (p.type === 'text') {
      ctx.font = frameFont(p.size, p.weight);
      ctx.fillStyle = p.color;
      ctx.fillText(p.text, p.x, p.y);
    } else if (p.type === 'swatch') {
      const half = p.size / 2;
      traceShape(ctx, placeShape(p.shape, p.x + half, p.y + half, p.size, p.size));
      ctx.fillStyle = p.color;
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.setLineDash([...p.dash]);
      ctx.lineWidth = p.width;
      ctx.strokeStyle = p.color;
      ctx.moveTo(p.x1, p.y1);
      ctx.lineTo(p.x2, p.y2);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  ctx.restore();
}
