// How a comparison's marks look, shared by the small-graph stylesheet and the relation layer's strokes.

/** A ghost: an ended relation as wide as the others, dashed and faint (stylesheet.ts `edge.ghost`). */
export const GHOST_STYLE = { width: 1, alpha: 0.3, dash: [3, 4] } as const;
/** An appeared relation: wide and opaque in its colour, over a blue underlay (stylesheet.ts `edge.appeared`). */
export const APPEARED_STYLE = { width: 3.2, alpha: 1, underlay: '#2563eb', underlayAlpha: 0.3, padding: 3 } as const;
/** Opacity of relations on the relation layer: as the large-graph stylesheet draws them, nearly gone behind a path. */
export const RELATION_ALPHA = { shown: 0.5, dimmed: 0.06 } as const;
