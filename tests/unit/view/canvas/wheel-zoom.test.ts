// wheelZoomFactor: one notch zooms by the named constant, whatever the wheel events before it.

import { describe, expect, it } from 'vitest';
import { WHEEL_ZOOM_PER_NOTCH, wheelZoomFactor } from '../../../../src/view/canvas/wheel-zoom';

describe('wheelZoomFactor', () => {
  it('zooms in by the constant for a notch up and out by it for a notch down, every time', () => {
    for (let i = 0; i < 6; i++) {
      expect(wheelZoomFactor({ deltaY: -100, deltaMode: 0 })).toBeCloseTo(WHEEL_ZOOM_PER_NOTCH, 10);
      expect(wheelZoomFactor({ deltaY: 100, deltaMode: 0 })).toBeCloseTo(1 / WHEEL_ZOOM_PER_NOTCH, 10);
    }
  });

  it('is comparable to sigma.js (1.7 a step) and far above cytoscape’s default (about 1.03 to 1.05)', () => {
    expect(WHEEL_ZOOM_PER_NOTCH).toBeGreaterThanOrEqual(1.4);
    expect(WHEEL_ZOOM_PER_NOTCH).toBeLessThanOrEqual(1.8);
  });

  it('follows a trackpad’s small deltas in proportion, and counts line deltas as a third of a notch each', () => {
    expect(wheelZoomFactor({ deltaY: -50, deltaMode: 0 }) ** 2).toBeCloseTo(WHEEL_ZOOM_PER_NOTCH, 10);
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1 })).toBeCloseTo(WHEEL_ZOOM_PER_NOTCH, 10);
    expect(wheelZoomFactor({ deltaY: 0, deltaMode: 0 })).toBe(1);
  });
});
