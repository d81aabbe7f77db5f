// Measures text with the browser's own font metrics, so wrapped lines break where the canvas breaks them.

import { type FontWeight, frameFont, type Measure } from './frame-primitives';

/** A measure of the frame font on an offscreen 2D context; falls back to an average glyph width without one. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text: string, size: number, weight: FontWeight) => {
    if (!ctx) return text.length * size * 0.55;
    ctx.font = frameFont(size, weight);
    return ctx.measureText(text).width;
  };
}

/** A measure of any CSS font (a label's own family and weight), for SVG label wrapping. */
export function fontMeasure(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * 6;
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
