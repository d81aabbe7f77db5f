// Which rows of a long table to put in the DOM: those in view and a few either side, from the scroll position.

/** The rows to draw, from `start` (inclusive) to `end` (exclusive). */
export interface RowWindow {
  start: number;
  end: number;
}

/** Where the rows lie on screen and how much of the screen shows them; all in CSS pixels, one coordinate system. */
export interface RowGeometry {
  /** The top of the first row's slot (row 0), wherever it has scrolled to, even above the view. */
  rowsTop: number;
  /** The visible band: the scroll box's top and bottom, clipped to the window. */
  viewTop: number;
  viewBottom: number;
  rowHeight: number;
  total: number;
}

/** Rows drawn beyond each edge of the view, so that Tab and a short scroll find the next row already there. */
export const OVERSCAN = 8;

/** The window of rows to draw for the geometry; empty when the rows are out of view or there are none. */
export function rowWindow(g: RowGeometry, overscan = OVERSCAN): RowWindow {
  if (g.total <= 0 || g.rowHeight <= 0 || g.viewBottom <= g.viewTop) return { start: 0, end: 0 };
  const first = Math.floor((g.viewTop - g.rowsTop) / g.rowHeight);
  const last = Math.ceil((g.viewBottom - g.rowsTop) / g.rowHeight);
  const start = Math.min(g.total, Math.max(0, first - overscan));
  const end = Math.max(start, Math.min(g.total, last + overscan));
  return { start, end };
}
