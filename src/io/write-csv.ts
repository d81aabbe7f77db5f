// The CSV exporter: a nodes file and an edges file for spreadsheets, with formula-looking text neutralised.

import type { Attributes } from 'graphology-types';
import Papa from 'papaparse';
import type { ActorGraph } from '../model/actor-graph';
import { timeFormatOf } from '../model/time/time-value';
import { csvTimeHeader, csvTimeNames } from './csv-time-columns';
import { exportVisible, isUndirectedEdge } from './write-native';

/** Options of the CSV writer. */
export interface CsvWriteOptions {
  /** Keys of the visible nodes: only they and the edges between them are written. Omit to write everything. */
  keys?: ReadonlySet<string>;
}

/** The two files of a CSV export. */
export interface CsvFiles {
  nodes: string;
  edges: string;
}

type Cell = string | number | boolean | null;

/**
 * Cells a spreadsheet could run as a formula (OWASP CSV injection) get a leading apostrophe. Only text is touched:
 * numbers and booleans from the data stay as they are, so -3.5 is still a number while the text "-2+3" is defused.
 * papaparse's own `escapeFormulae: true` pattern misses text with a line break after the formula, hence ours.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NODE_COLUMNS = ['id', 'label', 'kind'];
const EDGE_COLUMNS = ['id', 'source', 'target', 'directed', 'relation', 'stance', 'certainty', 'date', 'evidence'];
// Attributes that fill a fixed column; any other attribute gets a column of its own.
const NODE_FILLED = new Set(['label', 'kind']);
const EDGE_FILLED = new Set(['relation', 'stance', 'certainty', 'date', 'evidence']);

/** One value as a cell: scalars as they are, arrays and objects as JSON. */
function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value) ?? String(value);
}

/** The evidence column: the quotes, one per line, or JSON when the evidence is not a list of quotes. */
function toEvidenceCell(value: unknown): Cell {
  if (!Array.isArray(value)) return toCell(value);
  const quotes = value.map((claim: unknown) => (claim as { quote?: unknown } | null)?.quote);
  return quotes.every((quote) => typeof quote === 'string') ? quotes.join('\n') : toCell(value);
}

/** Every other attribute name, in first-seen order. */
function extraNames(records: readonly Attributes[], filled: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const attributes of records) for (const name of Object.keys(attributes)) if (!filled.has(name)) names.add(name);
  return [...names];
}

/** Header cells for the extra attributes; one named like a fixed column is renamed so the header stays unique. */
function extraHeaders(names: readonly string[], fixed: readonly string[]): string[] {
  return names.map((name) => (fixed.includes(name) ? `attribute:${name}` : name));
}

/** CSV text with formula-looking text cells neutralised and CRLF line ends (RFC 4180), the last line ended too. */
function toCsv(fields: string[], rows: Cell[][]): string {
  const text = Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
  // papaparse ends the header of an empty table with a line break but not the last row of a full one.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** The graph as two CSV files: nodes (id, label, kind, other attributes) and edges (ends, relation, evidence, others). */
export function writeCsv(graph: ActorGraph, options: CsvWriteOptions = {}): CsvFiles {
  const data = exportVisible(graph, options.keys);
  const nodeAttributes = data.nodes.map((node) => node.attributes ?? {});
  const format = timeFormatOf(graph.getAttribute('timeFormat'));
  const nodeTimes = csvTimeNames(nodeAttributes);
  const nodeNames = extraNames(nodeAttributes, new Set([...NODE_FILLED, ...nodeTimes]));
  const nodeRows = data.nodes.map(({ key, attributes = {} as Attributes }): Cell[] => [
    key,
    toCell(attributes.label),
    toCell(attributes.kind),
    ...[...nodeTimes, ...nodeNames].map((name) => toCell(attributes[name])),
  ]);
  const edgeAttributes = data.edges.map((edge) => edge.attributes ?? {});
  const edgeTimes = csvTimeNames(edgeAttributes);
  const edgeNames = extraNames(edgeAttributes, new Set([...EDGE_FILLED, ...edgeTimes]));
  const edgeRows = data.edges.map((edge, i): Cell[] => {
    const attributes: Attributes = edge.attributes ?? {};
    return [
      edge.key ?? `e${i}`,
      edge.source,
      edge.target,
      !isUndirectedEdge(data, edge),
      ...['relation', 'stance', 'certainty', 'date'].map((name) => toCell(attributes[name])),
      ...edgeTimes.map((name) => toCell(attributes[name])),
      toEvidenceCell(attributes.evidence),
      ...edgeNames.map((name) => toCell(attributes[name])),
    ];
  });
  const header = (names: string[]) => names.map((name) => csvTimeHeader(name, format));
  const edgeFixed = [...EDGE_COLUMNS.slice(0, -1), ...header(edgeTimes), 'evidence'];
  return {
    nodes: toCsv([...NODE_COLUMNS, ...header([...nodeTimes, ...extraHeaders(nodeNames, NODE_COLUMNS)])], nodeRows),
    edges: toCsv([...edgeFixed, ...header(extraHeaders(edgeNames, EDGE_COLUMNS))], edgeRows),
  };
}
