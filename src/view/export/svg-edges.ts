// Edges as SVG: a path through cytoscape's own geometry (endpoints, Bézier control points), dashes and arrowheads.

import type { EdgeSingular, Position, SingularElementReturnValue } from 'cytoscape';
import { num, svgEl } from './svg-dom';

interface ArrowGeometry {
  size: number;
  gap: number;
}

/** cytoscape's arrow size and the gap it leaves between the line's end and the arrow's tip. */
function arrowGeometry(width: number, arrowScale: number): ArrowGeometry {
  return { size: Math.max((width * 13.37) ** 0.9, 29) * arrowScale, gap: width * arrowScale * 2 };
}

function unit(from: Position, to: Position): Position {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

/** `tip` moved `by` pixels back towards `from`. */
function pullBack(tip: Position, from: Position, by: number): Position {
  const u = unit(from, tip);
  return { x: tip.x - u.x * by, y: tip.y - u.y * by };
}

const pt = (p: Position) => `${num(p.x)} ${num(p.y)}`;

/** The path's `d`: cytoscape draws a quadratic curve per control point, joined at the midpoints between them. */
function pathData(start: Position, end: Position, controls: Position[], segments: Position[]): string {
  if (controls.length > 0) {
    const curves = controls.map((c, i) => {
      const next = controls[i + 1];
      const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
      return `Q ${pt(c)} ${pt(to)}`;
    });
    return `M ${pt(start)} ${curves.join(' ')}`;
  }
  return `M ${pt(start)} ${[...segments, end].map((p) => `L ${pt(p)}`).join(' ')}`;
}

/** A triangular arrowhead with its tip at `tip`, pointing away from `from`, as cytoscape's `triangle`. */
function arrowhead(tip: Position, from: Position, size: number, color: string, opacity: number): SVGPolygonElement {
  const u = unit(from, tip);
  const base = { x: tip.x - u.x * 0.3 * size, y: tip.y - u.y * 0.3 * size };
  const n = { x: -u.y * 0.15 * size, y: u.x * 0.15 * size };
  const points = [tip, { x: base.x + n.x, y: base.y + n.y }, { x: base.x - n.x, y: base.y - n.y }];
  return svgEl('polygon', {
    points: points.map((p) => `${num(p.x)},${num(p.y)}`).join(' '),
    fill: color,
    'fill-opacity': opacity,
  });
}

/** An edge's path and arrowheads in model coordinates; the style is the plain (unselected, unfaded) one. */
export function edgeElements(edge: EdgeSingular, plain: SingularElementReturnValue): SVGElement[] {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  if (![source.x, source.y, target.x, target.y].every(Number.isFinite)) return [];
  const controls = edge.controlPoints() ?? [];
  const segments = edge.segmentPoints() ?? [];
  const inner = [...controls, ...segments];
  const afterSource = inner[0] ?? target;
  const beforeTarget = inner[inner.length - 1] ?? source;
  const width: number = plain.numericStyle('width');
  const opacity = plain.numericStyle('opacity') * plain.numericStyle('line-opacity');
  const arrow = arrowGeometry(width, plain.numericStyle('arrow-scale'));
  const hasTarget = plain.style('target-arrow-shape') !== 'none';
  const hasSource = plain.style('source-arrow-shape') !== 'none';
  const start = hasSource ? pullBack(source, afterSource, arrow.gap) : source;
  const end = hasTarget ? pullBack(target, beforeTarget, arrow.gap) : target;
  const lineStyle = plain.style('line-style');
  const dash = lineStyle === 'solid' ? undefined : (plain.numericStyle('line-dash-pattern') as number[]).join(' ');
  const path = svgEl('path', {
    class: 'edge',
    d: pathData(start, end, controls, segments),
    fill: 'none',
    stroke: plain.style('line-color'),
    'stroke-width': width,
    'stroke-opacity': opacity,
    'stroke-dasharray': dash,
    'stroke-linecap': plain.style('line-cap'),
  });
  const out: SVGElement[] = [path];
  if (hasTarget) out.push(arrowhead(target, beforeTarget, arrow.size, plain.style('target-arrow-color'), opacity));
  if (hasSource) out.push(arrowhead(source, afterSource, arrow.size, plain.style('source-arrow-color'), opacity));
  return out;
}
