// The table of formats Backchannel opens, and picking one for a file: by its content first, by its extension second.

import { DatasetError } from '../model/dataset-error';
import type { ParsedGraph } from './graph-builder';
import type { InputFile, LoadOptions } from './load-types';
import { parseCsv } from './parse-csv';
import { parseCytoscapeJson } from './parse-cytoscape-json';
import { parseGexf } from './parse-gexf';
import { parseGraphml } from './parse-graphml';
import { parseGraphologyJson } from './parse-graphology-json';
import { xmlRootName } from './xml-document';

/** The formats, in the order their content sniffers are tried. */
export const FORMAT_IDS = ['gexf', 'graphml', 'cytoscape-json', 'graphology-json', 'csv'] as const;
/** The id of a format, as LoadResult.format reports it. */
export type FormatId = (typeof FORMAT_IDS)[number];

/** One row of the format table. */
export interface Format {
  readonly id: FormatId;
  readonly label: string;
  /** Lower-case, with the dot; the first is the one a saved file gets. */
  readonly extensions: readonly string[];
  /** Whether the text looks like this format; cheap, never parses the whole file. */
  sniff(text: string, name: string): boolean;
  /** Parses the file(s); only CSV takes two (a nodes table and an edges table). */
  parse(files: readonly InputFile[], options: LoadOptions): ParsedGraph;
}

/** The one file a single-file format reads (the loader refuses pairs of anything but CSV). */
function only(files: readonly InputFile[]): string {
  return files[0]?.text ?? '';
}

/** Where a key first appears in the text, or Infinity; used to tell `{elements}` from `{nodes}` without parsing. */
function keyAt(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at === -1 ? Number.POSITIVE_INFINITY : at;
}

/** The first line of a text, at most 64 KiB of it, where a table's header shows its delimiter. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return text.slice(0, Math.min(end === -1 ? text.length : end, 65536));
}

const startsWith = (text: string, char: string): boolean => text.trimStart().startsWith(char);

/** Every format Backchannel opens. */
export const FORMATS: readonly Format[] = [
  {
    id: 'gexf',
    label: 'GEXF',
    extensions: ['.gexf'],
    sniff: (text) => xmlRootName(text) === 'gexf',
    parse: (files) => parseGexf(only(files)),
  },
  {
    id: 'graphml',
    label: 'GraphML',
    extensions: ['.graphml'],
    sniff: (text) => xmlRootName(text) === 'graphml',
    parse: (files) => parseGraphml(only(files)),
  },
  {
    id: 'cytoscape-json',
    label: 'Cytoscape JSON',
    extensions: ['.cyjs'],
    sniff: (text) => startsWith(text, '[') || (startsWith(text, '{') && keyAt(text, 'elements') < keyAt(text, 'nodes')),
    parse: (files) => parseCytoscapeJson(only(files)),
  },
  {
    id: 'graphology-json',
    label: 'graphology JSON',
    extensions: ['.json', '.graphology'],
    sniff: (text) => startsWith(text, '{') && keyAt(text, 'nodes') < keyAt(text, 'elements'),
    parse: (files) => parseGraphologyJson(only(files)),
  },
  {
    id: 'csv',
    label: 'CSV table',
    extensions: ['.csv', '.tsv', '.tab', '.txt'],
    sniff: (text) => !/^\s*[<{[]/.test(text) && /[,\t;|]/.test(firstLine(text)),
    parse: (files, options) => parseCsv(files, options),
  },
];

/** The format table's row for an id. */
export function getFormat(id: FormatId): Format {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`unknown format ${id}`);
  return format;
}

/** The extension of a file name, lower-case with its dot, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Words listing the supported formats, for error messages. */
export const SUPPORTED_FORMATS = FORMATS.map((f) => `${f.label} (${f.extensions.join(', ')})`).join(', ');

/** Picks a file's format by content, then by extension; throws a DatasetError naming the supported formats. */
export function detectFormat(text: string, name: string): FormatId {
  const byContent = FORMATS.find((format) => format.sniff(text, name));
  if (byContent) return byContent.id;
  const extension = extensionOf(name);
  const byExtension = FORMATS.find((format) => format.extensions.includes(extension));
  if (byExtension) return byExtension.id;
  const root = xmlRootName(text);
  throw new DatasetError({
    what: root
      ? `this is an XML document whose root element is <${root}>, not a graph format Backchannel reads`
      : 'Backchannel cannot tell which graph format this file is in',
    fix: `Open a file in one of the supported formats: ${SUPPORTED_FORMATS}.`,
  });
}
