// The messages between the main thread and the loading worker, and how errors cross that boundary intact.

import { DatasetError, type ErrorPlace } from '../model/dataset-error';
import { ColumnChoiceNeeded } from './column-choice-needed';
import type { FormatId } from './formats';
import type { InputFile, LoadOptions } from './load-types';

/** A request to load files (the body of a call, see call-worker.ts). */
export interface LoadRequest {
  files: InputFile[];
  options: LoadOptions;
}

/** A DatasetError as plain data; `columns` is present when it was a ColumnChoiceNeeded. */
export interface WireError {
  file?: string;
  format?: string;
  where?: ErrorPlace;
  what: string;
  fix: string;
  columns?: { header: string[]; rows: string[][]; guesses: { source?: string; target?: string } };
}

/** The loaded dataset as the worker sends it; progress reports are phase names ("parsing"). */
export interface LoadReply {
  /** The graph's `export()`, as JSON text. */
  graphJson: string;
  format: FormatId;
  formatLabel: string;
  warnings: string[];
  name: string;
}

/** Turns anything thrown into wire data; non-DatasetErrors become one that says the file could not be read. */
export function errorToWire(error: unknown, columnsClass: typeof ColumnChoiceNeeded): WireError {
  if (!(error instanceof DatasetError)) {
    return { what: `the file could not be read (${error instanceof Error ? error.message : String(error)})`, fix: '' };
  }
  const wire: WireError = { what: error.what, fix: error.fix };
  if (error.file !== undefined) wire.file = error.file;
  if (error.format !== undefined) wire.format = error.format;
  if (error.where !== undefined) wire.where = error.where;
  if (error instanceof columnsClass) wire.columns = { header: error.header, rows: error.rows, guesses: error.guesses };
  return wire;
}

/** Rebuilds the error class on the main thread, so callers can tell a column question from a failure. */
export function wireToError(wire: WireError): DatasetError {
  if (wire.columns) {
    const error = new ColumnChoiceNeeded({ file: wire.file ?? '', ...wire.columns });
    return error.locate(wire.file, wire.format);
  }
  const init = { what: wire.what, fix: wire.fix, file: wire.file, format: wire.format, where: wire.where };
  return new DatasetError(init);
}
