// The table of data exports the export dialog offers: one row per format, each writing one or more files.

import type { ActorGraph } from '../model/actor-graph';
import { writeCsv } from './write-csv';
import { type GexfWriteOptions, writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { type NativeWriteOptions, writeNative } from './write-native';

/** The data export formats, in the order the dialog lists them. */
export const DATA_EXPORT_IDS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type DataExportId = (typeof DATA_EXPORT_IDS)[number];

/** Options any data export takes; `keys` restricts every format to the visible nodes and the edges between them. */
export type DataExportOptions = NativeWriteOptions & GexfWriteOptions;

/** One file of an export: what to append to the base file name ("-nodes.csv"), and its text. */
export interface ExportFile {
  suffix: string;
  text: string;
}

/** A data export format: how the dialog names it and how it writes a graph. */
export interface DataExport {
  id: DataExportId;
  label: string;
  /** Lower-case, with the dot, as in the import format table. */
  extensions: readonly string[];
  mime: string;
  write(graph: ActorGraph, options?: DataExportOptions): ExportFile[];
}

/** Every data export, keyed by nothing but listed in dialog order; writers are pure and never touch the DOM. */
export const DATA_EXPORTS: readonly DataExport[] = [
  {
    id: 'json',
    label: 'JSON (Backchannel, graphology)',
    extensions: ['.json'],
    mime: 'application/json',
    write: (graph, options) => [{ suffix: '.json', text: writeNative(graph, options) }],
  },
  {
    id: 'gexf',
    label: 'GEXF (Gephi)',
    extensions: ['.gexf'],
    mime: 'application/gexf+xml',
    write: (graph, options) => [{ suffix: '.gexf', text: writeGexf(graph, options) }],
  },
  {
    id: 'graphml',
    label: 'GraphML (yEd, Cytoscape, igraph)',
    extensions: ['.graphml'],
    mime: 'application/graphml+xml',
    write: (graph, options) => [{ suffix: '.graphml', text: writeGraphml(graph, options) }],
  },
  {
    id: 'csv',
    label: 'CSV (nodes and edges tables)',
    extensions: ['.csv'],
    mime: 'text/csv',
    write: (graph, options) => {
      const files = writeCsv(graph, options);
      return [
        { suffix: '-nodes.csv', text: files.nodes },
        { suffix: '-edges.csv', text: files.edges },
      ];
    },
  },
];

/** The data export with the given id. */
export function getDataExport(id: DataExportId): DataExport {
  const found = DATA_EXPORTS.find((entry) => entry.id === id);
  if (!found) throw new Error(`No data export "${id}": DATA_EXPORTS lists ${DATA_EXPORT_IDS.join(', ')}.`);
  return found;
}
