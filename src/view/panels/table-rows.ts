// The List view's rows as data: one per visible actor, with the sort a column header asks for. Pure, no DOM.

/** The columns the List view can sort by: the actor's name, its kind, and the chosen measure. */
export const TABLE_COLUMNS = ['label', 'kind', 'value'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** One row: the actor's key, the texts shown, and the measure as a number. */
export interface ActorRow {
  key: string;
  label: string;
  kind: string;
  value: number;
}

/** Which column orders the rows, and which way. */
export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

/** The order the List view opens in: the most connected (or highest measure) first, as before sorting existed. */
export const DEFAULT_SORT: TableSort = { column: 'value', descending: true };

/** The sort after a click on `column`: the same column reverses; another starts A to Z, or highest first for numbers. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column === 'value' };
}

// One collator for every comparison: Intl.Collator is localeCompare's own rule, without building it per call (50k rows
// take about 800k comparisons). Numeric, so that "Actor 9" comes before "Actor 10".
const collator = new Intl.Collator(undefined, { numeric: true });

/** Compares two texts as the List view sorts them: the reader's locale, digits as numbers. */
export const compareText: (a: string, b: string) => number = collator.compare;

/**
 * The rows in the order `sort` asks for, as a new array: numbers as numbers, texts by `compareText`; ties by name
 * and then key, so the order never depends on the order the graph holds its actors in.
 */
export function sortRows(rows: readonly ActorRow[], sort: TableSort): ActorRow[] {
  const sign = sort.descending ? -1 : 1;
  const column = sort.column;
  const byColumn =
    column === 'value'
      ? (a: ActorRow, b: ActorRow) => a.value - b.value
      : (a: ActorRow, b: ActorRow) => compareText(a[column], b[column]);
  return [...rows].sort(
    (a, b) => sign * byColumn(a, b) || compareText(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
