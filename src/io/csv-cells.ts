// Turning CSV cells into attribute values: a column whose every cell is a number becomes numbers, the rest stays text.

import type { Attributes } from 'graphology-types';
import { setOwn } from './graph-builder';
import type { CsvRow } from './read-csv-table';

const NUMERIC = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Whether a cell reads as a number that survives the trip: no leading zeros ("007"), no integers beyond 2^53. */
function isNumber(text: string): boolean {
  if (!NUMERIC.test(text) || /^[-+]?0\d/.test(text)) return false;
  return !/^[-+]?\d+$/.test(text) || Number.isSafeInteger(Number(text));
}

/** Attribute names the actor graph knows, matched whatever their case in the header ("Label", "KIND", "Weight"). */
const KNOWN_NAMES = new Set([
  'label',
  'kind',
  'description',
  'role',
  'x',
  'y',
  'size',
  'color',
  'relation',
  'stance',
  'certainty',
  'date',
  'weight',
]);

/** A header's attribute name: a known name in lower case, anything else as written. */
function attributeName(header: string): string {
  const lower = header.trim().toLowerCase();
  return KNOWN_NAMES.has(lower) ? lower : header;
}

/** A header's name for each attribute column, and whether that column is numeric throughout. */
export interface AttributeColumns {
  columns: { index: number; name: string; numeric: boolean }[];
}

/** Types the given columns over all rows: numeric when every non-empty cell is a number. */
export function typeColumns(header: readonly string[], rows: readonly CsvRow[], indexes: number[]): AttributeColumns {
  return {
    columns: indexes.map((index) => {
      let seen = false;
      let numeric = true;
      for (const { cells } of rows) {
        const text = (cells[index] ?? '').trim();
        if (text === '') continue;
        seen = true;
        if (!isNumber(text)) {
          numeric = false;
          break;
        }
      }
      return { index, name: attributeName(header[index] ?? `column ${index + 1}`), numeric: seen && numeric };
    }),
  };
}

/** A row's attributes over typed columns; empty cells are left out rather than stored as "". */
export function rowAttributes(row: CsvRow, typed: AttributeColumns): Attributes {
  const attributes: Attributes = {};
  for (const { index, name, numeric } of typed.columns) {
    const text = (row.cells[index] ?? '').trim();
    // A column headed "__proto__" stays an attribute: assignment would change the object's prototype instead.
    if (text !== '') setOwn(attributes, name, numeric ? Number(text) : text);
  }
  return attributes;
}

/** The column indexes of a table except the given ones. */
export function otherColumns(header: readonly string[], except: readonly number[]): number[] {
  return header.map((_, index) => index).filter((index) => !except.includes(index));
}
