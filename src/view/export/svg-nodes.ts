// Nodes as SVG: each node's shape with its fill and border, and its label wrapped and plated as on the canvas.

import type { NodeSingular, SingularElementReturnValue } from 'cytoscape';
import { placeShape } from './node-shapes';
import { shapeElement, svgEl } from './svg-dom';
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

/** A node's label (text from the graph) wrapped at `text-max-width`, on its background plate; null when hidden. */
export function nodeLabel(
  node: NodeSingular,
  plain: SingularElementReturnValue,
  text: string,
  measure: FontMeasure,
): SVGGElement | null {
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
  const group = svgEl('g', { class: 'node-label' });
  const plate: number = plain.numericStyle('text-background-opacity');
  if (plate > 0) {
    const pad: number = plain.numericStyle('text-background-padding');
    const [w, h] = [textWidth + 2 * pad, lines.length * lineHeight + 2 * pad];
    const fill = plain.style('text-background-color');
    group.append(svgEl('rect', { x: x - w / 2, y: top - pad, width: w, height: h, fill, 'fill-opacity': plate }));
  }
  const label = svgEl('text', {
    x,
    'font-size': size,
    'font-family': family,
    'font-weight': weight,
    'text-anchor': 'middle',
  });
  label.setAttribute('fill', plain.style('color'));
  lines.forEach((line, i) => {
    // The baseline sits about 0.9 em into each line box, so the glyphs centre in the plate.
    label.append(svgEl('tspan', { x, y: top + i * lineHeight + size * 0.95 }, line));
  });
  group.append(label);
  return group;
}
