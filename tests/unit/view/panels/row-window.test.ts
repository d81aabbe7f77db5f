// Which rows of the List view are drawn: those in view and OVERSCAN either side, clipped to the table.
import { describe, expect, it } from 'vitest';
import { OVERSCAN, rowWindow } from '../../../../src/view/panels/row-window';

const at = (rowsTop: number, total = 3000) => ({ rowsTop, viewTop: 100, viewBottom: 700, rowHeight: 30, total });

describe('rowWindow', () => {
  it('draws the rows in view and a few either side', () => {
    // Rows start at the top of the view: rows 0 to 19 fill 600 px.
    expect(rowWindow(at(100))).toEqual({ start: 0, end: 20 + OVERSCAN });
    // Scrolled by 3,000 px: row 100 is at the top of the view.
    expect(rowWindow(at(100 - 3000))).toEqual({ start: 100 - OVERSCAN, end: 120 + OVERSCAN });
    // Half a row scrolled: the half-shown rows at both ends count.
    expect(rowWindow(at(85), 0)).toEqual({ start: 0, end: 21 });
    expect(rowWindow(at(55), 0)).toEqual({ start: 1, end: 22 });
  });

  it('stops at the last row, and draws every row of a short table', () => {
    expect(rowWindow(at(100 - 2990 * 30))).toEqual({ start: 2990 - OVERSCAN, end: 3000 });
    expect(rowWindow(at(100, 5))).toEqual({ start: 0, end: 5 });
  });

  it('draws nothing when the rows are out of view, the view is empty, or there are no rows', () => {
    expect(rowWindow(at(100 - 3000 * 30 - 1000))).toEqual({ start: 3000, end: 3000 });
    expect(rowWindow({ ...at(100), viewBottom: 100 })).toEqual({ start: 0, end: 0 });
    expect(rowWindow(at(100, 0))).toEqual({ start: 0, end: 0 });
  });
});
