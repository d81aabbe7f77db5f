// The one entry point from text to actor graph: size and emptiness checks, format choice, parsing and normalising.

import type { ActorGraph } from '../model/actor-graph';
import { DatasetError } from '../model/dataset-error';
import { detectFormat, extensionOf, type Format, type FormatId, getFormat } from './formats';
import type { InputFile, LoadOptions } from './load-types';
import { normaliseGraph } from './normalise-graph';

/** A loaded dataset: the actor graph, which format it came in, what was odd about it, and a name to show. */
export interface LoadResult {
  graph: ActorGraph;
  format: FormatId;
  formatLabel: string;
  warnings: string[];
  name: string;
}

/** The largest file Backchannel opens. See docs/design-choices.md#50-mb-limit. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The UTF-8 size of a text, counted without allocating a copy. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/**
 * Whether a text is really binary data read as UTF-8 (an image, a zip, a spreadsheet, UTF-16 text): over a third
 * of its first 4,096 characters are replacement characters or control characters other than tab and line breaks.
 * Without this, bytes that happen to hold a comma reach the CSV reader, which asks which "columns" hold the ends.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) odd += 1;
  }
  return odd * 3 > sample.length;
}

/** Refuses files too big, empty or binary, and drops a byte-order mark (Excel writes one; parsers would see it as text). */
function checkFile(file: InputFile): InputFile {
  // A string never has more UTF-16 units than UTF-8 bytes, so the exact count is only needed near the limit.
  if (
    file.text.length > MAX_FILE_BYTES ||
    (file.text.length * 3 > MAX_FILE_BYTES && utf8Bytes(file.text) > MAX_FILE_BYTES)
  ) {
    throw new DatasetError({
      file: file.name,
      what: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most Backchannel opens`,
      fix: 'Open a smaller extract of the graph, for example filtered in Gephi or with a script.',
    });
  }
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  if (text.trim() === '') {
    throw new DatasetError({
      file: file.name,
      what: 'the file is empty',
      fix: 'Choose another file, or save this one again: it has no content at all.',
    });
  }
  if (looksBinary(text)) {
    throw new DatasetError({
      file: file.name,
      what: 'the file is not UTF-8 text: it looks like binary data (an image, a zip, a spreadsheet) or UTF-16 text',
      fix: 'Open the graph file itself as UTF-8 text: unzip it first, or export GEXF, GraphML, JSON or CSV from the tool that made it.',
    });
  }
  return { name: file.name, text };
}

/** The format of one file, or of a pair, which must be a nodes table and an edges table. */
function chooseFormat(files: readonly InputFile[]): Format {
  const formats = files.map((file) => {
    try {
      return detectFormat(file.text, file.name);
    } catch (error) {
      throw error instanceof DatasetError ? error.locate(file.name, undefined) : error;
    }
  });
  if (files.length > 1 && formats.some((id) => id !== 'csv')) {
    throw new DatasetError({
      what: `only a CSV nodes table and a CSV edges table can be opened together, not ${formats.join(' and ')}`,
      fix: 'Open one file at a time, or choose two CSV files: one of nodes, one of edges.',
    });
  }
  return getFormat(formats[0] ?? 'csv');
}

/** Anything a parser or library threw, as a DatasetError (a bug in a library must not escape as a TypeError). */
function asDatasetError(error: unknown): DatasetError {
  if (error instanceof DatasetError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(reason)) {
    // Deeply nested elements (graphs in graphs, values in values) exhaust the stack of a recursive reader.
    return new DatasetError({
      what: `the file nests its elements too deeply to read (${reason})`,
      fix: 'Flatten the nesting (graphs inside nodes, nodes inside nodes, values inside values), or export the file again.',
    });
  }
  return new DatasetError({
    what: `the file could not be read (${reason})`,
    fix: 'Check that the file is complete and valid for its format; if other tools open it, please report this with the file.',
  });
}

/** A name for the dataset: its title when the file gives one, else the file name without its extension. */
function datasetName(graph: ActorGraph, files: readonly InputFile[]): string {
  const title = graph.getAttribute('title');
  if (typeof title === 'string' && title.trim()) return title.trim();
  const name = files.at(-1)?.name ?? 'dataset';
  const base = name.split(/[\\/]/).pop() ?? name;
  return extensionOf(base) ? base.slice(0, base.length - extensionOf(base).length) : base;
}

/** Reads one file (or a CSV nodes + edges pair) into an actor graph; throws DatasetError (or its ColumnChoiceNeeded). */
export function loadDataset(files: InputFile[], options: LoadOptions = {}): LoadResult {
  const fileName = files.map((file) => file.name).join(' + ') || undefined;
  let format: Format | undefined;
  try {
    if (files.length === 0 || files.length > 2) {
      throw new DatasetError({
        what: files.length === 0 ? 'no file was given' : `${files.length} files were given at once`,
        fix: 'Open one file, or two CSV files: a nodes table and an edges table.',
      });
    }
    const checked = files.map(checkFile);
    format = chooseFormat(checked);
    const parsed = format.parse(checked, options);
    const graph = parsed.kind === 'actor' ? parsed.graph : normaliseGraph(parsed.graph, parsed.warnings);
    const formatLabel = parsed.kind === 'actor' ? parsed.formatLabel : format.label;
    return { graph, format: format.id, formatLabel, warnings: parsed.warnings, name: datasetName(graph, checked) };
  } catch (error) {
    throw asDatasetError(error).locate(fileName, format?.label);
  }
}
