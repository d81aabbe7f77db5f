// SVG elements built through the DOM, so data only ever lands in attributes and text nodes, never in markup.

import { FRAME_FONT, type Primitive } from './frame-primitives';
import { type PlacedShape, placeShape } from './node-shapes';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rounds coordinates to hundredths: sub-pixel precision without 17-digit numbers bloating the file. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Creates an SVG element with attributes; numbers are rounded, undefined values skipped. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, typeof value === 'number' ? num(value) : value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The SVG element of a placed node shape. */
export function shapeElement(shape: PlacedShape, attrs: Record<string, string | number | undefined>): SVGElement {
  if (shape.kind === 'ellipse')
    return svgEl('ellipse', { cx: shape.cx, cy: shape.cy, rx: shape.rx, ry: shape.ry, ...attrs });
  if (shape.kind === 'rect') {
    const { x, y, width, height, radius } = shape;
    return svgEl('rect', { x, y, width, height, rx: radius, ry: radius, ...attrs });
  }
  return svgEl('polygon', { points: shape.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), ...attrs });
}

/** The frame's primitives (title, legend, credit) as one SVG group. */
export function paintSvg(primitives: readonly Primitive[], className: string): SVGGElement {
  const group = svgEl('g', { class: className, 'font-family': FRAME_FONT });
  for (const p of primitives) {
    if (p.type === 'text') {
      const weight = p.weight === 'bold' ? 'bold' : undefined;
      group.append(
        svgEl('text', { x: p.x, y: p.y, 'font-size': p.size, 'font-weight': weight, fill: p.color }, p.text),
      );
    } else if (p.type === 'swatch') {
      const half = p.size / 2;
      group.append(shapeElement(placeShape(p.shape, p.x + half, p.y + half, p.size, p.size), { fill: p.color }));
    } else {
      const dash = p.dash.length > 0 ? p.dash.join(' ') : undefined;
      const { x1, y1, x2, y2 } = p;
      group.append(
        svgEl('line', { x1, y1, x2, y2, stroke: p.color, 'stroke-width': p.width, 'stroke-dasharray': dash }),
      );
    }
  }
  return group;
}
