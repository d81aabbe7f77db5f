// How a comparison's marks look on a plain canvas, as the small-graph stylesheet draws them: ghosts and appeared.

import { APPEARED_STYLE, GHOST_STYLE } from './mark-style';
import { type StrokeLines, type StrokeView, strokeRelations } from './relation-lines';

type MarkContext = Parameters<typeof strokeRelations>[0];

/**
 * One line a stroke, as cytoscape strokes each edge: overlapping faint lines add up as they do there, and a wide or
 * dashed path of many lines costs Chromium's rasteriser about three times more than the same lines stroked one by
 * one (600 lines 2.2 px wide: 29–35 ms against 9–10). See docs/design-choices.md#ghosts-on-the-relation-layer-issue-18.
 */
const ONE_BY_ONE = 1;

/**
 * Strokes ghosts with `view.lineWidth` as their width; the dashes grow with it, as the stylesheet's (in model units)
 * grow with the zoom, but never below a pixel and a half, where a dash would blur into a solid line.
 */
export function strokeGhosts(ctx: MarkContext, lines: StrokeLines, positions: Float64Array, view: StrokeView) {
  const k = view.lineWidth / GHOST_STYLE.width;
  const dash = GHOST_STYLE.dash.map((d) => Math.max(d * k, 1.5));
  return strokeRelations(ctx, lines, positions, { ...view, dash, segments: ONE_BY_ONE });
}

/** Strokes appeared relations with `view.lineWidth` as their width: the underlay first, then the lines in colour. */
export function strokeAppeared(ctx: MarkContext, lines: StrokeLines, positions: Float64Array, view: StrokeView) {
  const underlayWidth = view.lineWidth * (1 + (2 * APPEARED_STYLE.padding) / APPEARED_STYLE.width);
  const one = { ...view, segments: ONE_BY_ONE };
  strokeRelations(ctx, lines, positions, {
    ...one,
    lineWidth: underlayWidth,
    alpha: APPEARED_STYLE.underlayAlpha,
    color: APPEARED_STYLE.underlay,
  });
  return strokeRelations(ctx, lines, positions, one);
}
