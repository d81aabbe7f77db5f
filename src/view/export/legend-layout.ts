// Lays the legend out in rows under the graph: a heading per section, then its samples flowing left to right.

import type { LegendSection } from './frame-content';
import type { FontWeight, Ink, Measure, Primitive } from './frame-primitives';

const ROW = 20;
const TEXT = 12;
const SWATCH = 14;
const LINE_SAMPLE = 28;
const SAMPLE_GAP = 6;
const ITEM_GAP = 16;
const HEADING_GAP = 10;

function text(x: number, rowTop: number, value: string, weight: FontWeight, color: string): Primitive {
  // A 12px baseline 14px below the row top centres the x-height on the samples.
  return { type: 'text', x, y: rowTop + 14, text: value, size: TEXT, weight, color };
}

/** Places items left to right, wrapping to the next row at `indent` when one would cross the right edge. */
function flow(left: number, top: number, width: number, indent: number, startX: number, startRow: number) {
  let x = startX;
  let row = startRow;
  return {
    place(itemWidth: number): { x: number; y: number } {
      if (x > indent && x + itemWidth > width) {
        row += 1;
        x = indent;
      }
      const at = { x: left + x, y: top + row * ROW };
      x += itemWidth + ITEM_GAP;
      return at;
    },
    rows: () => row + 1,
  };
}

/** Lays out one section from row `row`; returns the number of rows used so far. */
function layoutSection(
  section: LegendSection,
  left: number,
  top: number,
  width: number,
  row: number,
  ink: Ink,
  measure: Measure,
  out: Primitive[],
): number {
  const headingWidth = measure(section.heading, TEXT, 'bold') + HEADING_GAP;
  // Wrapped rows start under the first item; a long heading would leave no room, so they start at the edge.
  const items = flow(left, top, width, headingWidth < width / 3 ? headingWidth : 0, headingWidth, row);
  out.push(text(left, top + row * ROW, section.heading, 'bold', ink.text));
  for (const swatch of section.swatches) {
    const at = items.place(SWATCH + SAMPLE_GAP + measure(swatch.label, TEXT, 'normal'));
    const y = at.y + (ROW - SWATCH) / 2;
    out.push({ type: 'swatch', x: at.x, y, size: SWATCH, shape: swatch.shape, color: swatch.color });
    out.push(text(at.x + SWATCH + SAMPLE_GAP, at.y, swatch.label, 'normal', ink.text));
  }
  for (const line of section.lines) {
    const at = items.place(LINE_SAMPLE + SAMPLE_GAP + measure(line.label, TEXT, 'normal'));
    const [x1, x2, y] = [at.x, at.x + LINE_SAMPLE, at.y + ROW / 2];
    out.push({ type: 'line', x1, y1: y, x2, y2: y, color: line.color ?? ink.muted, dash: line.dash, width: 2 });
    out.push(text(x2 + SAMPLE_GAP, at.y, line.label, 'normal', ink.text));
  }
  if (section.note) {
    const at = items.place(measure(section.note, TEXT, 'normal'));
    out.push(text(at.x, at.y, section.note, 'normal', ink.muted));
  }
  return items.rows();
}

/** Lays out the legend's sections from (left, top) within `width`; returns its primitives and height. */
export function layoutLegend(
  sections: readonly LegendSection[],
  left: number,
  top: number,
  width: number,
  ink: Ink,
  measure: Measure,
): { primitives: Primitive[]; height: number } {
  const primitives: Primitive[] = [];
  let rows = 0;
  for (const section of sections) rows = layoutSection(section, left, top, width, rows, ink, measure, primitives);
  return { primitives, height: rows * ROW };
}
