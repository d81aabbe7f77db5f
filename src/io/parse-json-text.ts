// JSON text to a value, with big integers kept exact and syntax errors placed at a line and column.

import { DatasetError } from '../model/dataset-error';
import { locateJsonError } from './locate-json-error';
import { quoteBigIntegers } from './quote-big-integers';

/** Converts a character offset into a 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text; integers beyond 2^53 come back as strings, and a syntax error is a DatasetError with its place. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(quoteBigIntegers(text));
  } catch (error) {
    // Our own scanner places the error: engines disagree on whether and how they report a position.
    const found = locateJsonError(text);
    const engine = error instanceof Error ? error.message : String(error);
    throw new DatasetError({
      where: found ? lineAndColumn(text, found.offset) : undefined,
      what: `the JSON is not valid: ${found ? found.problem : engine}`,
      fix: 'Fix the JSON there (a missing comma, quote or bracket is the usual cause), or export the file again from the tool that made it.',
    });
  }
}
