// A CSV nodes table into graph nodes, and the lookup edges use to find them by id, label or row number.

import { pluralise } from '../model/pluralise';
import { otherColumns, rowAttributes, typeColumns } from './csv-cells';
import { findIdColumn, findLabelColumn } from './csv-columns';
import type { GraphBuilder } from './graph-builder';
import { type CsvTable, nameRows } from './read-csv-table';

/** Resolves what an edge table writes for an end (an id, a label or a row number) to a node key. */
export type NodeLookup = (value: string) => string;

/** Adds a nodes table's rows as nodes and returns how edges find them; notes how the table names its nodes. */
export function addNodeTable(table: CsvTable, builder: GraphBuilder, edgeEnds: readonly string[]): NodeLookup {
  const idColumn = findIdColumn(table.header);
  const labelColumn = findLabelColumn(table.header);
  const labels = table.rows.map(({ cells }) => (labelColumn === -1 ? '' : (cells[labelColumn] ?? '').trim()));
  const labelsAreKeys =
    idColumn === -1 && labels.every((label) => label !== '') && new Set(labels).size === labels.length;
  // Without ids, edges may count rows from 0 or from 1; a "0" among the ends says which.
  const rowBase = edgeEnds.includes('0') ? 0 : 1;
  const typed = typeColumns(table.header, table.rows, otherColumns(table.header, idColumn === -1 ? [] : [idColumn]));
  // One entry per row, undefined where the row had no id, so labels and row numbers stay aligned with keys.
  const keys = table.rows.map((row, i) =>
    idColumn !== -1 ? (row.cells[idColumn] ?? '').trim() : labelsAreKeys ? (labels[i] ?? '') : String(i + rowBase),
  );
  const skipped: number[] = [];
  table.rows.forEach((row, i) => {
    const key = keys[i];
    if (key) builder.addNode(key, rowAttributes(row, typed));
    else skipped.push(row.row);
  });
  if (skipped.length > 0)
    builder.warnings.push(
      `${table.name}: skipped ${pluralise(skipped.length, 'row')} with an empty id (${nameRows(skipped)})`,
    );
  if (idColumn === -1) {
    const knownBy = labelsAreKeys ? 'their labels' : `row number (the first row is ${rowBase})`;
    builder.warnings.push(`${table.name}: the nodes table has no id column, so nodes are known by ${knownBy}`);
  }
  // Ids first, then labels, then (without ids) row numbers: an edge end means the first of these it matches.
  const lookup = new Map<string, string>();
  for (const key of keys) if (key) lookup.set(key, key);
  keys.forEach((key, i) => {
    const label = labels[i];
    if (key && label && !lookup.has(label)) lookup.set(label, key);
  });
  if (idColumn === -1) {
    keys.forEach((key, i) => {
      if (key && !lookup.has(String(i + rowBase))) lookup.set(String(i + rowBase), key);
    });
  }
  return (value) => lookup.get(value) ?? value;
}
