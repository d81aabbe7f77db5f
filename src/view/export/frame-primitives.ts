// The drawing vocabulary shared by the PNG/JPEG and SVG frames: laid out once, painted by canvas or by SVG.

import type { Background } from './export-types';

/** The two weights the frame uses. */
export type FontWeight = 'normal' | 'bold';

/** A piece of the frame in CSS pixels at 1×: text (y is the baseline), a node-shape swatch, or a line sample. */
export type Primitive =
  | { type: 'text'; x: number; y: number; text: string; size: number; weight: FontWeight; color: string }
  | { type: 'swatch'; x: number; y: number; size: number; shape: string; color: string }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      color: string;
      width: number;
      dash: readonly number[];
    };

/** Measures a text's width in CSS pixels at a font size and weight of the frame font. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

/** The frame's font, the canvas labels' own so the picture reads as one. */
export const FRAME_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Text colours of the frame. */
export interface Ink {
  text: string;
  muted: string;
}

/** Dark ink on white or transparent backgrounds, light ink on the dark one. */
export function inkFor(background: Background): Ink {
  return background === 'dark' ? { text: '#f3f4f6', muted: '#a3adba' } : { text: '#1b1f24', muted: '#4b5563' };
}

/** A CSS font shorthand for the frame font. */
export function frameFont(size: number, weight: FontWeight): string {
  return `${weight} ${size}px ${FRAME_FONT}`;
}
