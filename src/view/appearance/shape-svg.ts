// Draws a kind's node shape as a small SVG, for the legend and the inspector's badges.

import type { KindStyle } from './kind-style';

const NS = 'http://www.w3.org/2000/svg';

/** Polygon points on a unit square (0..1) for the polygonal shapes. */
const POLYGONS: Partial<Record<KindStyle['shape'], string>> = {
  diamond: '0.5,0 1,0.5 0.5,1 0,0.5',
  triangle: '0.5,0.05 1,0.95 0,0.95',
  pentagon: '0.5,0 1,0.38 0.81,1 0.19,1 0,0.38',
  octagon: '0.3,0 0.7,0 1,0.3 1,0.7 0.7,1 0.3,1 0,0.7 0,0.3',
  star: '0.5,0 0.62,0.36 1,0.38 0.69,0.61 0.8,1 0.5,0.77 0.2,1 0.31,0.61 0,0.38 0.38,0.36',
};

/** An SVG element of `size` pixels showing the shape filled with the kind's colour. */
export function shapeSvg(style: KindStyle, size: number): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 1 1');
  svg.setAttribute('aria-hidden', 'true');
  const points = POLYGONS[style.shape];
  let shape: SVGElement;
  if (points) {
    shape = document.createElementNS(NS, 'polygon');
    shape.setAttribute('points', points);
  } else if (style.shape === 'ellipse') {
    shape = document.createElementNS(NS, 'circle');
    for (const [k, v] of Object.entries({ cx: '0.5', cy: '0.5', r: '0.5' })) shape.setAttribute(k, v);
  } else {
    shape = document.createElementNS(NS, 'rect');
    const rounded = style.shape === 'round-rectangle' ? '0.2' : '0';
    for (const [k, v] of Object.entries({ width: '1', height: '1', rx: rounded })) shape.setAttribute(k, v);
  }
  shape.setAttribute('fill', style.color);
  svg.appendChild(shape);
  return svg;
}
