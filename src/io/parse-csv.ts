// CSV and TSV into a raw graph: an edge list, a nodes table, or both; end columns guessed from the header or chosen.

import { DatasetError } from '../model/dataset-error';
import { pluralise } from '../model/pluralise';
import { ColumnChoiceNeeded } from './column-choice-needed';
import { otherColumns, rowAttributes, typeColumns } from './csv-cells';
import {
  columnIndex,
  type EndDetail,
  type Ends,
  endDetails,
  findIdColumn,
  guessEnds,
  partialGuess,
  words,
} from './csv-columns';
import { addNodeTable, type NodeLookup } from './csv-nodes';
import { GraphBuilder, type ParsedGraph } from './graph-builder';
import type { InputFile, LoadOptions } from './load-types';
import { type CsvRow, type CsvTable, nameRows, readCsvTable } from './read-csv-table';

const DIRECTIONS = new Set(['directed', 'undirected', 'mutual', 'true', 'false']);

/** The end columns a user chose, or undefined when the table lacks either of them. */
function chosenEnds(table: CsvTable, options: LoadOptions): Ends | undefined {
  if (!options.columns) return undefined;
  const source = columnIndex(table.header, options.columns.source);
  const target = columnIndex(table.header, options.columns.target);
  return source !== -1 && target !== -1 && source !== target ? { source, target } : undefined;
}

/** The column that says whether an edge is directed (Gephi writes "Type": Directed/Undirected), or -1. */
function directionColumn(table: CsvTable): number {
  return table.header.findIndex((name, index) => {
    const w = words(name).join(' ');
    if (w !== 'directed' && w !== 'type' && w !== 'direction') return false;
    const values = table.rows.map(({ cells }) => (cells[index] ?? '').trim().toLowerCase()).filter(Boolean);
    return values.length > 0 && values.every((value) => DIRECTIONS.has(value));
  });
}

function isUndirected(value: string | undefined): boolean {
  const lower = (value ?? '').trim().toLowerCase();
  return lower === 'undirected' || lower === 'mutual' || lower === 'false';
}

/**
 * Gives an edge's end the attributes the row's end columns describe (such as "Entity A Type"), unless it has them.
 * Only an edge list creates nodes; with a nodes table, an unknown end is reported when the edge is dropped.
 */
function addEnd(builder: GraphBuilder, key: string, row: CsvRow, creates: boolean, details: EndDetail[]): void {
  if (creates && !builder.graph.hasNode(key)) builder.graph.addNode(key, {});
  if (!builder.graph.hasNode(key)) return;
  const attributes = builder.graph.getNodeAttributes(key);
  for (const detail of details) {
    const value = (row.cells[detail.column] ?? '').trim();
    if (value && !Object.hasOwn(attributes, detail.attribute)) attributes[detail.attribute] = value;
  }
}

/** How every row of one edge table is read: its end, detail, id, direction and attribute columns. */
interface EdgeColumns {
  ends: Ends;
  details: EndDetail[];
  idColumn: number;
  direction: number;
  typed: ReturnType<typeof typeColumns>;
  lookup: NodeLookup | undefined;
}

/** Adds one row as an edge (and its ends, in an edge list); false when an end is empty and the row is skipped. */
function addEdgeRow(row: CsvRow, columns: EdgeColumns, builder: GraphBuilder): boolean {
  const { ends, details, idColumn, direction, lookup } = columns;
  const keys = { source: (row.cells[ends.source] ?? '').trim(), target: (row.cells[ends.target] ?? '').trim() };
  if (!keys.source || !keys.target) return false;
  for (const end of ['source', 'target'] as const) {
    keys[end] = lookup ? lookup(keys[end]) : keys[end];
    const own = details.filter((d) => d.end === end);
    addEnd(builder, keys[end], row, !lookup, own);
  }
  const key = idColumn === -1 ? undefined : (row.cells[idColumn] ?? '').trim() || undefined;
  const undirected = direction !== -1 && isUndirected(row.cells[direction]);
  builder.addEdge(key, keys.source, keys.target, undirected, rowAttributes(row, columns.typed));
  return true;
}

/** Adds an edge table's rows as edges; without a nodes table, the ends (and the columns describing them) make the nodes. */
function addEdgeTable(table: CsvTable, ends: Ends, builder: GraphBuilder, lookup: NodeLookup | undefined): void {
  const details = endDetails(table.header, ends);
  const idColumn = findIdColumn(table.header);
  const direction = directionColumn(table);
  const used = [ends.source, ends.target, idColumn, direction, ...details.map((d) => d.column)].filter((i) => i !== -1);
  const typed = typeColumns(table.header, table.rows, otherColumns(table.header, used));
  const columns: EdgeColumns = { ends, details, idColumn, direction, typed, lookup };
  const incomplete = table.rows.filter((row) => !addEdgeRow(row, columns, builder)).map((row) => row.row);
  if (incomplete.length > 0) {
    builder.warnings.push(
      `${table.name}: skipped ${pluralise(incomplete.length, 'row')} with an empty end (${nameRows(incomplete)})`,
    );
  }
}

/** Tells the edges table from the nodes table; throws ColumnChoiceNeeded when no table's ends can be found. */
function pickTables(tables: CsvTable[], options: LoadOptions): { edges?: [CsvTable, Ends]; nodes?: CsvTable } {
  const found = tables.map((table) => (options.columns ? chosenEnds(table, options) : guessEnds(table.header)));
  if (found.length === 2 && found[0] && found[1]) {
    throw new DatasetError({
      file: tables.map((t) => t.name).join(' + '),
      what: 'both tables look like edge lists (each has two end columns)',
      fix: 'Open a nodes table (with an id column) together with an edges table (with source and target columns).',
    });
  }
  const edgeIndex = found.findIndex(Boolean);
  const ends = found[edgeIndex];
  const edgeTable = tables[edgeIndex];
  if (ends && edgeTable) return { edges: [edgeTable, ends], nodes: tables[1 - edgeIndex] };
  if (options.columns) {
    throw new DatasetError({
      file: tables.map((t) => t.name).join(' + '),
      where: { row: 1 },
      what: `no table has both columns "${options.columns.source}" and "${options.columns.target}"`,
      fix: 'Choose two different columns from the header of the edges table.',
    });
  }
  const nodesOnly = tables.length === 1 && tables[0] && findIdColumn(tables[0].header) !== -1;
  if (nodesOnly) return { nodes: tables[0] };
  const table = tables.find((t) => findIdColumn(t.header) === -1) ?? tables.at(-1);
  if (!table || table.header.length < 2) {
    throw new DatasetError({
      file: table?.name,
      what: 'the table has a single column, so it holds neither edges (two ends) nor nodes (an id)',
      fix: 'Check the delimiter (comma, semicolon or tab), or add "source" and "target" columns.',
    });
  }
  const rows = table.rows.slice(0, 5).map((row) => row.cells);
  // Start the dialog from what the header suggests, filled up with the first columns not taken.
  const partial = partialGuess(table.header);
  const free = table.header.filter((name) => name !== partial.source && name !== partial.target);
  const guesses = { source: partial.source ?? free[0], target: partial.target ?? free[partial.source ? 0 : 1] };
  throw new ColumnChoiceNeeded({ file: table.name, header: table.header, rows, guesses });
}

/** Parses one CSV/TSV file (an edge list, or a nodes table with an id column) or a nodes + edges pair. */
export function parseCsv(files: readonly InputFile[], options: LoadOptions): ParsedGraph {
  const tables = files.map(readCsvTable);
  const builder = new GraphBuilder();
  const prefix = (table: CsvTable, warning: string) => (tables.length > 1 ? `${table.name}: ${warning}` : warning);
  for (const table of tables) builder.warnings.push(...table.warnings.map((w) => prefix(table, w)));
  const { edges, nodes } = pickTables(tables, options);
  const edgeEnds = edges
    ? edges[0].rows.flatMap((row) => [edges[1].source, edges[1].target].map((i) => (row.cells[i] ?? '').trim()))
    : [];
  const lookup = nodes ? addNodeTable(nodes, builder, edgeEnds) : undefined;
  if (edges) {
    addEdgeTable(edges[0], edges[1], builder, lookup);
  } else {
    const loaded = pluralise(builder.graph.order, 'node');
    builder.warnings.push(`the table has no source and target columns: loaded ${loaded} and no edges`);
  }
  return builder.finish();
}
