// Node shapes as cytoscape draws them: unit polygons on [-1, 1]², the ellipse, and the rounded rectangle.

/** A shape placed at a centre with a size: an ellipse, a rounded rectangle, or a polygon's points. */
export type PlacedShape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number }
  | { kind: 'polygon'; points: [number, number][] };

/** Regular n-gon corners on the unit circle, first corner up (flat bottom for even n), as cytoscape orders them. */
function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => [Math.cos(start + i * step), Math.sin(-(start + i * step))]).flat();
}

/** Stretches a polygon to fill [-1, 1]² and pins its top to -1, as cytoscape does so shapes fill the node box. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return minY < -1 ? scaled.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : scaled;
}

function star(): number[] {
  const outer = ngon(5);
  // cytoscape's inner radius: the regular pentagram's, widened by 1.57 so the star reads at small sizes.
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const points: number[] = [];
  for (let i = 0; i < 5; i++)
    points.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0, inner[2 * i] ?? 0, inner[2 * i + 1] ?? 0);
  return fitToSquare(points);
}

/** Unit polygons of the polygonal shapes the stylesheet uses. */
const POLYGONS: Record<string, number[]> = {
  triangle: fitToSquare(ngon(3)),
  rectangle: fitToSquare(ngon(4)),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
};

/** Places a node shape; shapes outside the set drawn here fall back to the ellipse, cytoscape's default. */
export function placeShape(shape: string, cx: number, cy: number, width: number, height: number): PlacedShape {
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    // cytoscape's automatic corner radius.
    const radius = Math.min(width / 4, height / 4, 8);
    return { kind: 'rect', x: cx - width / 2, y: cy - height / 2, width, height, radius };
  }
  const unit = POLYGONS[shape === 'square' ? 'rectangle' : shape];
  if (!unit) return { kind: 'ellipse', cx, cy, rx: width / 2, ry: height / 2 };
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < unit.length; i += 2) {
    points.push([cx + ((unit[i] ?? 0) * width) / 2, cy + ((unit[i + 1] ?? 0) * height) / 2]);
  }
  return { kind: 'polygon', points };
}

/** Traces a placed shape as a canvas path, for the raster legend. */
export function traceShape(ctx: CanvasRenderingContext2D, shape: PlacedShape): void {
  ctx.beginPath();
  if (shape.kind === 'ellipse') ctx.ellipse(shape.cx, shape.cy, shape.rx, shape.ry, 0, 0, 2 * Math.PI);
  else if (shape.kind === 'rect') ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius);
  else {
    for (const [i, [x, y]] of shape.points.entries()) {
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
  }
  ctx.closePath();
}
