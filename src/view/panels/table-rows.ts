// The List view's rows as data: one per visible actor, with the sort a column header asks for. Pure, no DOM.

import type { ActorGraph } from '../../model/actor-graph';
import { KIND_LABELS } from '../../model/schema';

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

function kindText(kind: unknown): string {
  if (typeof kind !== 'string') return '';
  return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as keyof typeof KIND_LABELS] : kind;
}

/** The measure's values before they are computed: one object, so that the rows are not made again for nothing. */
export const NO_VALUES: Readonly<Record<string, number>> = {};

/** The inputs the rows are made from; the rows are made again only when one of them changes. */
export interface RowInputs {
  graph: ActorGraph;
  visible: ReadonlySet<string>;
  values: Readonly<Record<string, number>>;
  kindField: string | null;
}

/** One row per visible actor, in the graph's order. */
export function makeRows({ graph, visible, values, kindField }: RowInputs): ActorRow[] {
  const rows: ActorRow[] = [];
  graph.forEachNode((key, attrs) => {
    if (!visible.has(key)) return;
    const label = attrs.label || key;
    rows.push({ key, label, kind: kindField ? kindText(attrs[kindField]) : '', value: values[key] ?? 0 });
  });
  return rows;
}

/** Whether the rows made from `a` still stand for `b`. */
export const sameInputs = (a: RowInputs | null, b: RowInputs) =>
  !!a && a.graph === b.graph && a.visible === b.visible && a.values === b.values && a.kindField === b.kindField;
