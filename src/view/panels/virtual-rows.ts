// A long table body that holds only the rows in view: spacer rows above and below keep the scroll height.

import { el } from '../dom';
import { rowWindow } from './row-window';

/** The height a row is drawn at (actor-table.css); measured again from the first row drawn, in case fonts differ. */
export const ROW_HEIGHT = 28;

/** A table body drawn a window at a time. */
export interface VirtualRows {
  /** Draws the rows in view; does nothing when the window has not moved, unless `force` (the rows' look changed). */
  paint(force?: boolean): void;
}

function spacer(columns: number): { row: HTMLTableRowElement; cell: HTMLTableCellElement } {
  const cell = el('td', { colspan: String(columns) });
  // Hidden from screen readers: aria-rowcount and aria-rowindex tell them the table's real size instead.
  return { row: el('tr', { class: 'spacer', 'aria-hidden': 'true' }, cell), cell };
}

/** The actor key of the row control that has focus, if one in `tbody` has it. */
function focusedKey(tbody: HTMLElement): string | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement && tbody.contains(active) ? active.dataset.node : undefined;
}

/**
 * Draws `count` rows into `tbody`, only those in view of `scroller` and a few either side; `renderRow(i)` makes the
 * row at index i. Keeps focus on a row's control while that row stays drawn.
 */
export function createVirtualRows(
  scroller: HTMLElement,
  tbody: HTMLTableSectionElement,
  count: number,
  columns: number,
  renderRow: (index: number) => HTMLTableRowElement,
): VirtualRows {
  const above = spacer(columns);
  const below = spacer(columns);
  let rowHeight = ROW_HEIGHT;
  let calibrated = false;
  let drawn = { start: -1, end: -1 };
  const measureWindow = () => {
    const box = scroller.getBoundingClientRect();
    return rowWindow({
      rowsTop: tbody.getBoundingClientRect().top,
      viewTop: Math.max(box.top, 0),
      viewBottom: Math.min(box.bottom, window.innerHeight),
      rowHeight,
      total: count,
    });
  };
  /** Whether the first drawn row shows another height than assumed: then the spacers are redrawn to match it. */
  const recalibrated = (first: HTMLTableRowElement | undefined) => {
    const measured = first?.getBoundingClientRect().height ?? 0;
    if (calibrated || measured <= 0) return false;
    calibrated = true;
    if (Math.abs(measured - rowHeight) <= 0.5) return false;
    rowHeight = measured;
    return true;
  };
  const paint = (force = false) => {
    const range = measureWindow();
    if (!force && range.start === drawn.start && range.end === drawn.end) return;
    drawn = range;
    const focused = focusedKey(tbody);
    const rows: HTMLTableRowElement[] = [];
    for (let i = range.start; i < range.end; i++) rows.push(renderRow(i));
    above.cell.style.height = `${range.start * rowHeight}px`;
    below.cell.style.height = `${(count - range.end) * rowHeight}px`;
    tbody.replaceChildren(above.row, ...rows, below.row);
    if (focused) tbody.querySelector<HTMLElement>(`button[data-node="${CSS.escape(focused)}"]`)?.focus();
    // A larger font makes taller rows than ROW_HEIGHT: measured once, and the spacers drawn again to match.
    if (recalibrated(rows[0])) paint(true);
  };
  return { paint };
}
