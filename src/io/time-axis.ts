// The time axis of a loaded graph: a calendar or numbers, as the file says or as its values show, and each bound fitted to it.

import { ISO_TIME, type TimeFormat, type TimeValue } from '../model/time/time-value';

const NUMERIC = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** A four-digit whole number: a year, when the file names no time axis ("start": 1998 in a CSV). */
const isYear = (value: number) => Number.isInteger(value) && value >= 1000 && value <= 9999;

/** Text as ISO 8601 when it is one, allowing a space for the "T" ("2025-03-14 10:00", as spreadsheets write it). */
function isoText(text: string): string | undefined {
  const trimmed = text.trim().replace(/^(\d{4}-\d\d-\d\d) (?=\d)/, '$1T');
  return ISO_TIME.test(trimmed) ? trimmed : undefined;
}

/** A value as a number when it is one or reads as one. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && NUMERIC.test(value) ? Number(value) : undefined;
}

/** Whether a value could be a time bound on some axis: a date, a number, or text that reads as either. */
export function looksLikeTime(value: unknown): boolean {
  return numberOf(value) !== undefined || (typeof value === 'string' && isoText(value) !== undefined);
}

/**
 * The time format the graph attribute names: GEXF's integer, double (or float), date or dateTime, any case; dates
 * are the default and give undefined, as does an unknown name (reported by the caller).
 */
export function namedTimeFormat(value: unknown): TimeFormat | 'unknown' | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const name = String(value).trim().toLowerCase();
  if (name === 'integer' || name === 'long') return 'integer';
  if (name === 'double' || name === 'float') return 'double';
  return name === 'date' || name === 'datetime' ? 'date' : 'unknown';
}

/**
 * The axis the bounds fit when the file names none: numbers when every bound reads as a number and some is not a
 * year (whole numbers on an integer axis); else the calendar, where a bare year such as 1998 is the date "1998".
 */
export function inferTimeFormat(bounds: readonly unknown[]): TimeFormat | undefined {
  if (bounds.length === 0) return undefined;
  const numbers = bounds.map(numberOf);
  if (numbers.some((n) => n === undefined) || numbers.every((n) => n !== undefined && isYear(n))) return 'date';
  return numbers.every((n) => Number.isInteger(n)) ? 'integer' : 'double';
}

/**
 * Whether the calendar was chosen only because every bound is a whole number of four digits, some given as a number
 * (a typed CSV or GraphML column), not as text: the one guess the load should tell the user about.
 */
export function readAsYears(bounds: readonly unknown[]): boolean {
  if (!bounds.some((bound) => typeof bound === 'number')) return false;
  return bounds.every((bound) => {
    const number = numberOf(bound);
    return number !== undefined && isYear(number);
  });
}

/** A bound fitted to the axis: ISO text on the calendar (a whole-number year as its text), a number else. */
export function fitBound(value: unknown, format: TimeFormat): TimeValue | undefined {
  if (format === 'date') {
    if (typeof value === 'string') return isoText(value);
    return typeof value === 'number' && isYear(value) ? String(value) : undefined;
  }
  const number = numberOf(value);
  if (number === undefined) return undefined;
  return format === 'double' || Number.isInteger(number) ? number : undefined;
}
