// Lays out an exported picture: title above the graph, legend and source credit below, all in CSS pixels at 1×.

import type { FrameContent } from './frame-content';
import type { Ink, Measure, Primitive } from './frame-primitives';
import { layoutLegend } from './legend-layout';
import { wrapText } from './wrap-text';

/** A rectangle in frame coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The laid-out frame: its size, where the graph goes, and everything drawn around it. */
export interface FrameLayout {
  width: number;
  height: number;
  graph: Rect;
  /** The legend's band, for tests and for painters that want to tint it; absent without a legend. */
  legend?: Rect;
  primitives: Primitive[];
}

const PAD = 20;
/** Narrow graphs still get a frame wide enough for a readable legend and credit. */
const MIN_WIDTH = 480;
const TITLE: Font = { size: 18, line: 24, weight: 'bold' };
const SMALL: Font = { size: 11, line: 16, weight: 'normal' };
const GAP = 12;

interface Font {
  size: number;
  line: number;
  weight: 'normal' | 'bold';
}

/** Pushes wrapped lines of text from `top`; returns the height they take. */
function textBlock(
  text: string,
  top: number,
  inner: number,
  font: Font,
  color: string,
  measure: Measure,
  out: Primitive[],
): number {
  const lines = wrapText(text, inner, (s) => measure(s, font.size, font.weight));
  lines.forEach((line, i) => {
    const y = top + i * font.line + font.size;
    out.push({ type: 'text', x: PAD, y, text: line, size: font.size, weight: font.weight, color });
  });
  return lines.length * font.line;
}

/** Lays out a frame around a graph picture of `graphWidth` × `graphHeight` CSS pixels. */
export function layoutFrame(
  graphWidth: number,
  graphHeight: number,
  content: FrameContent,
  ink: Ink,
  measure: Measure,
): FrameLayout {
  const width = Math.ceil(Math.max(graphWidth + 2 * PAD, MIN_WIDTH));
  const inner = width - 2 * PAD;
  const primitives: Primitive[] = [];
  let y = PAD;
  if (content.title) y += textBlock(content.title, y, inner, TITLE, ink.text, measure, primitives) + GAP;
  const graph = { x: (width - graphWidth) / 2, y, width: graphWidth, height: graphHeight };
  y += graphHeight + GAP;
  let legend: Rect | undefined;
  if (content.legend && content.legend.length > 0) {
    const laid = layoutLegend(content.legend, PAD, y, inner, ink, measure);
    primitives.push(...laid.primitives);
    legend = { x: PAD, y, width: inner, height: laid.height };
    y += laid.height + GAP;
  }
  for (const paragraph of [content.credit, content.asOf]) {
    if (paragraph) y += textBlock(paragraph, y, inner, SMALL, ink.muted, measure, primitives);
  }
  if (content.credit || content.asOf) y += GAP;
  // Every block above left a GAP after itself; the last one gives it back for the bottom padding.
  const height = Math.ceil(y - GAP + PAD);
  return { width, height, graph, primitives, ...(legend ? { legend } : {}) };
}
