// The List view's sort: each column both ways, numbers as numbers, texts by the locale with digits as numbers.
import { describe, expect, it } from 'vitest';
import { type ActorRow, DEFAULT_SORT, nextSort, sortRows } from '../../../../src/view/panels/table-rows';

const row = (key: string, label: string, kind: string, value: number): ActorRow => ({ key, label, kind, value });
const ROWS = [
  row('a', 'Actor 10', 'State', 2),
  row('b', 'Actor 9', 'Person', 10),
  row('c', 'émile', 'Person', 2),
  row('d', 'Zed', 'Group', 0.5),
  row('e', 'actor 9', 'State', 2),
];
const labels = (rows: ActorRow[]) => rows.map((r) => r.label);

describe('sortRows', () => {
  it('sorts numbers as numbers, highest first by default; ties by name', () => {
    expect(labels(sortRows(ROWS, DEFAULT_SORT))).toEqual(['Actor 9', 'actor 9', 'Actor 10', 'émile', 'Zed']);
    expect(labels(sortRows(ROWS, { column: 'value', descending: false }))).toEqual([
      'Zed',
      'actor 9',
      'Actor 10',
      'émile',
      'Actor 9',
    ]);
  });

  it('sorts names by the locale, digits as numbers and accents beside their letter, both ways', () => {
    const up = labels(sortRows(ROWS, { column: 'label', descending: false }));
    expect(up).toEqual(['actor 9', 'Actor 9', 'Actor 10', 'émile', 'Zed']);
    expect(labels(sortRows(ROWS, { column: 'label', descending: true }))).toEqual([...up].reverse());
  });

  it('sorts kinds both ways, names A to Z within a kind', () => {
    expect(labels(sortRows(ROWS, { column: 'kind', descending: false }))).toEqual([
      'Zed',
      'Actor 9',
      'émile',
      'actor 9',
      'Actor 10',
    ]);
    expect(labels(sortRows(ROWS, { column: 'kind', descending: true }))).toEqual([
      'actor 9',
      'Actor 10',
      'Actor 9',
      'émile',
      'Zed',
    ]);
  });

  it('leaves its input as it was', () => {
    const copy = [...ROWS];
    sortRows(ROWS, { column: 'label', descending: false });
    expect(ROWS).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('reverses the same column and starts another A to Z, or highest first for numbers', () => {
    expect(nextSort(DEFAULT_SORT, 'value')).toEqual({ column: 'value', descending: false });
    expect(nextSort(DEFAULT_SORT, 'label')).toEqual({ column: 'label', descending: false });
    expect(nextSort({ column: 'label', descending: false }, 'label')).toEqual({ column: 'label', descending: true });
    expect(nextSort({ column: 'label', descending: false }, 'value')).toEqual({ column: 'value', descending: true });
  });
});
