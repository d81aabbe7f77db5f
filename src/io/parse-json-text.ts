// JSON text to a value, with big integers kept exact and syntax errors placed at a line and column.

import { DatasetError } from '../model/dataset-error';
import { locateJsonError } from './locate-json-error';
import { endOfJsonString, quoteBigIntegers } from './quote-big-integers';

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

/** The deepest nesting of arrays and objects Backchannel reads; graph files nest a handful of levels. */
export const MAX_JSON_DEPTH = 1000;

/**
 * Where arrays and objects first nest deeper than `max` levels, or -1. JSON.parse copes with any depth, but what
 * comes after (copying to the page, exporting, showing a value) recurses and would overflow the stack.
 */
export function tooDeepAt(text: string, max: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Skip a string to its closing quote: brackets inside it do not nest.
    if (code === 0x22) i = endOfJsonString(text, i) - 1;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > max) return i;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return -1;
}

/** Parses JSON text; integers beyond 2^53 come back as strings, and a syntax error is a DatasetError with its place. */
export function parseJsonText(text: string): unknown {
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    throw new DatasetError({
      where: lineAndColumn(text, deep),
      what: `arrays and objects nest more than ${MAX_JSON_DEPTH} levels deep, more than any graph needs`,
      fix: 'Check that this is a graph file; if it is, flatten its nested values before opening it.',
    });
  }
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
