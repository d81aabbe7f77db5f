// Keeps a raster export inside the browser's canvas limits by lowering the scale, and says so.

import type { CanvasLimits } from './export-types';

/** The scale to render at, and a notice for the user when it is lower than asked. */
export interface FittedScale {
  scale: number;
  notice?: string;
}

/** Formats a scale the way the dialog shows it: "2×", "2.3×", "0.35×". */
export function formatScale(scale: number): string {
  return `${Number(scale.toFixed(scale < 1 ? 2 : 1))}×`;
}

/** The largest scale up to `requested` at which a `width` × `height` (CSS px) picture fits the limits. */
export function fitScale(width: number, height: number, requested: number, limits: CanvasLimits): FittedScale {
  const bySide = limits.maxSide / Math.max(width, height, 1);
  const byArea = Math.sqrt(limits.maxPixels / Math.max(width * height, 1));
  const largest = Math.min(bySide, byArea);
  if (requested <= largest) return { scale: requested };
  // Round down to a step the notice can state exactly: tenths above 1×, hundredths below.
  const step = largest >= 1 ? 10 : 100;
  const scale = Math.floor(largest * step) / step;
  if (scale <= 0) {
    throw new Error(
      `The picture is too large to draw (${Math.round(width)} × ${Math.round(height)} px at 1×): ` +
        'export the current view, or SVG, which has no size limit.',
    );
  }
  return { scale, notice: `Scaled down to ${formatScale(scale)} to stay within the browser's canvas limit.` };
}
