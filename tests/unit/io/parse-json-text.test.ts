// JSON errors placed at their line and column by our own scanner; big integers kept exact.

import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/io/locate-json-error';
import { lineAndColumn, parseJsonText } from '../../../src/io/parse-json-text';
import { quoteBigIntegers } from '../../../src/io/quote-big-integers';
import { DatasetError } from '../../../src/model/dataset-error';

const PROBLEMS: [text: string, line: number, column: number, problem: RegExp][] = [
  ['{"a": 1 "b": 2}', 1, 9, /where ',' or '}' should be/],
  ['{\n  "a": [1, 2,]\n}', 2, 14, /unexpected "]" where a value should be/],
  ['{"a": tru}', 1, 7, /where a value should be/],
  ['{a: 1}', 1, 2, /quoted property name/],
  ['{"a" 1}', 1, 6, /where ':' should be/],
  ['"line\nbreak"', 1, 6, /control character inside a string/],
  ['{"a": "\\x"}', 1, 8, /invalid escape/],
  ['[1, 2', 1, 6, /the text ends too early/],
  ['{"a": 1} extra', 1, 10, /after the end of the JSON value/],
  ['"never closed', 1, 1, /never closed/],
  ['', 1, 1, /the text ends too early/],
];

describe('locateJsonError', () => {
  it.each(PROBLEMS)('%j: line %i, column %i', (text, line, column, problem) => {
    const found = locateJsonError(text);
    expect(found).toBeDefined();
    expect(lineAndColumn(text, found?.offset ?? -1)).toEqual({ line, column });
    expect(found?.problem).toMatch(problem);
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['{}', '[]', ' {"a": [1, -2.5e3, true, null, {"b": "c\\u00e9"}]} ', '"x"', '0'])(
    'finds nothing wrong in %j',
    (text) => {
      expect(locateJsonError(text)).toBeUndefined();
    },
  );

  it('does not overflow on deep nesting', () => {
    expect(locateJsonError(`${'['.repeat(100_000)}}`)?.offset).toBe(100_000);
  });
});

describe('parseJsonText', () => {
  it('throws a DatasetError with the line and column', () => {
    try {
      parseJsonText('{\n  "nodes": [\n    {"key": "a"}\n    {"key": "b"}\n  ]\n}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).where).toEqual({ line: 4, column: 5 });
    }
  });

  it('keeps integers beyond 2^53 as exact strings and leaves the rest alone', () => {
    expect(
      parseJsonText('{"id": 9007199254740993, "n": 9007199254740991, "f": 0.125, "s": "12345678901234567890"}'),
    ).toEqual({
      id: '9007199254740993',
      n: 9007199254740991,
      f: 0.125,
      s: '12345678901234567890',
    });
    expect(quoteBigIntegers('[-18446744073709551617, "a\\"1234567890123456789"]')).toBe(
      '["-18446744073709551617", "a\\"1234567890123456789"]',
    );
  });
});
