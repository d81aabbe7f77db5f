// Nodes as SVG: each node's shape with its fill and border, and its label wrapped and plated as on the canvas.

import type { NodeSingular, SingularElementReturnValue } from 'cytoscape';
import { placeShape } from './node-shapes';
import type { LabelBox } from './place-labels';
import { num, shapeElement, svgEl } from './svg-dom';
import { wrapText } from './wrap-text';

/** Measures text in a CSS font. */
export type FontMeasure = (text: string, font: string) => number;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's centre and size; a compound parent's follow its children, so they come from its bounding box. */
function nodeBox(node: NodeSingular): Box {
  if (!node.isParent()) return { ...node.position(), width: node.width(), height: node.height() };
  const bb = node.boundingBox({ includeLabels: false, includeOverlays: false });
  return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, width: bb.w, height: bb.h };
}

/** A node's shape at its model position, filled and bordered with its plain style. */
export function nodeShape(node: NodeSingular, plain: SingularElementReturnValue): SVGElement {
  const border: number = plain.numericStyle('border-width');
  const { x, y, width, height } = nodeBox(node);
  // A parent's bounding box includes its border, which is drawn centred on the outline.
  const inset = node.isParent() ? border : 0;
  return shapeElement(placeShape(plain.style('shape'), x, y, width - inset, height - inset), {
    class: 'node',
    fill: plain.style('background-color'),
    'fill-opacity': plain.numericStyle('background-opacity'),
    stroke: border > 0 ? plain.style('border-color') : undefined,
    'stroke-width': border > 0 ? border : undefined,
    'stroke-opacity': border > 0 ? plain.numericStyle('border-opacity') : undefined,
    opacity: plain.numericStyle('opacity'),
  });
}

/** Where the label block's top sits: below, above or across the node, as `text-valign` says. */
function labelTop(box: Box, plain: SingularElementReturnValue, blockHeight: number): number {
  const margin: number = plain.numericStyle('text-margin-y');
  const valign = plain.style('text-valign');
  if (valign === 'bottom') return box.y + box.height / 2 + margin;
  if (valign === 'top') return box.y - box.height / 2 - blockHeight + margin;
  return box.y - blockHeight / 2 + margin;
}

/** A node's label laid out: its lines, font, anchor and the box it covers (its plate, or its text). */
export interface LabelLayout {
  lines: string[];
  size: number;
  family: string;
  weight: string;
  color: string;
  x: number;
  top: number;
  lineHeight: number;
  box: LabelBox;
  plate: { opacity: number; fill: string } | null;
}

/** Lays out a node's label (text from the graph) wrapped at `text-max-width`, as cytoscape does; null when hidden. */
export function layoutLabel(
  node: NodeSingular,
  plain: SingularElementReturnValue,
  text: string,
  measure: FontMeasure,
): LabelLayout | null {
  if (!text || !plain.style('label') || plain.numericStyle('text-opacity') === 0) return null;
  const size: number = plain.numericStyle('font-size');
  const family: string = plain.style('font-family');
  const weight: string = plain.style('font-weight');
  const font = `${weight} ${size}px ${family}`;
  const lines =
    plain.style('text-wrap') === 'wrap'
      ? wrapText(text, plain.numericStyle('text-max-width'), (s) => Math.ceil(measure(s, font)))
      : [text.replace(/\s+/g, ' ')];
  const lineHeight = size * 1.2 * plain.numericStyle('line-height');
  const textWidth = Math.max(...lines.map((line) => measure(line, font)));
  const box = nodeBox(node);
  const top = labelTop(box, plain, lines.length * lineHeight);
  const x = box.x + plain.numericStyle('text-margin-x');
  const opacity: number = plain.numericStyle('text-background-opacity');
  const pad: number = opacity > 0 ? plain.numericStyle('text-background-padding') : 0;
  const [w, h] = [textWidth + 2 * pad, lines.length * lineHeight + 2 * pad];
  return {
    lines,
    size,
    family,
    weight,
    color: plain.style('color'),
    x,
    top,
    lineHeight,
    box: { x1: x - w / 2, y1: top - pad, x2: x + w / 2, y2: top - pad + h },
    plate: opacity > 0 ? { opacity, fill: plain.style('text-background-color') } : null,
  };
}

/** Draws a laid-out label on its plate; the group records its box (`data-box`: x1 y1 x2 y2) for checks. */
export function drawLabel(layout: LabelLayout): SVGGElement {
  const { x, top, size, lineHeight, box } = layout;
  const group = svgEl('g', { class: 'node-label', 'data-box': [box.x1, box.y1, box.x2, box.y2].map(num).join(' ') });
  if (layout.plate) {
    const { fill, opacity } = layout.plate;
    const [width, height] = [box.x2 - box.x1, box.y2 - box.y1];
    group.append(svgEl('rect', { x: box.x1, y: box.y1, width, height, fill, 'fill-opacity': opacity }));
  }
  const label = svgEl('text', {
    x,
    'font-size': size,
    'font-family': layout.family,
    'font-weight': layout.weight,
    'text-anchor': 'middle',
  });
  label.setAttribute('fill', layout.color);
  layout.lines.forEach((line, i) => {
    // The baseline sits about 0.9 em into each line box, so the glyphs centre in the plate.
    label.append(svgEl('tspan', { x, y: top + i * lineHeight + size * 0.95 }, line));
  });
  group.append(label);
  return group;
}
