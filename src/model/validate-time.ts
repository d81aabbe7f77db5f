// Checks the time a native dataset gives an actor or relation: start/end, spells, slices (graph-data/README.md "Time").

import { DatasetError } from './dataset-error';
import { endsBeforeStart, isTimeValue, type TimeFormat } from './time/time-value';

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (element: string, field: string) => `${element}, field "${field}"`;

function fail(element: string, field: string, what: string, fix: string): never {
  throw new DatasetError({ where: { element: at(element, field) }, what, fix });
}

/** How to write a bound on the axis. */
function boundFix(format: TimeFormat): string {
  if (format === 'date') {
    return 'Write an ISO 8601 date of the precision you know: "2025", "2025-03", "2025-03-14" or "2025-03-14T10:00Z".';
  }
  const number = format === 'integer' ? 'a whole number' : 'a number';
  return `Write ${number}: the graph's "timeFormat" is "${format}". Or set "timeFormat" to match the data.`;
}

/** Checks one interval's bounds against the axis, and that it does not end before it starts. */
function checkInterval(element: string, prefix: string, interval: Rec, format: TimeFormat): void {
  for (const bound of ['start', 'end'] as const) {
    const value = interval[bound];
    if (value !== undefined && !isTimeValue(value, format))
      fail(element, `${prefix}${bound}`, `Invalid ${bound} ${JSON.stringify(value)}`, boundFix(format));
  }
  if (!endsBeforeStart(interval)) return;
  const what = `It ends (${JSON.stringify(interval.end)}) before it starts (${JSON.stringify(interval.start)})`;
  const fix =
    'Swap "start" and "end", or correct the wrong one. "end" is the first moment it no longer holds: ' +
    '"end": "2025-03" means it ended as March 2025 began.';
  fail(element, `${prefix}end`, what, fix);
}

/** Checks a list of intervals: at least one, each an object with valid bounds. */
function checkList(element: string, field: string, list: unknown, format: TimeFormat, slices: boolean): void {
  const shape = slices ? '{"value": ..., "start": ..., "end": ...}' : '{"start": ..., "end": ...}';
  if (!Array.isArray(list) || list.length === 0)
    fail(element, field, `"${field}" is not a list of intervals`, `Write a list of ${shape} objects, or leave it out.`);
  list.forEach((item: unknown, i) => {
    const place = `${field}[${i}]`;
    if (!isRecord(item)) fail(element, place, 'An interval is not an object', `Write it as ${shape}.`);
    if (slices && !('value' in item)) fail(element, place, 'A slice has no value', `Write it as ${shape}.`);
    checkInterval(element, `${place}.`, item, format);
  });
}

/** Checks an actor's or relation's start, end, spells and slices against the graph's time axis. */
export function checkTime(element: string, attrs: Rec, format: TimeFormat): void {
  checkInterval(element, '', attrs, format);
  if (attrs.spells !== undefined) {
    checkList(element, 'spells', attrs.spells, format, false);
    if (attrs.start !== undefined || attrs.end !== undefined) {
      const fix =
        'Keep the intervals in "spells" and remove "start" and "end", or give one interval as start/end alone.';
      fail(element, 'spells', 'It has both "spells" and its own "start" or "end"', fix);
    }
  }
  if (attrs.slices === undefined) return;
  if (!isRecord(attrs.slices)) {
    const fix = 'Write "slices": {"<attribute>": [{"value": ..., "start": ..., "end": ...}]}, or leave it out.';
    fail(element, 'slices', '"slices" is not an object of lists', fix);
  }
  for (const [name, list] of Object.entries(attrs.slices)) checkList(element, `slices.${name}`, list, format, true);
}
