// Time values of the data: ISO 8601 dates of any precision or numbers on a numeric axis, and the instant each stands for.

/** The graph's time axis (graph attribute `timeFormat`): a calendar (the default, when absent) or plain numbers. */
export const TIME_FORMATS = ['date', 'integer', 'double'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

/** One bound of an interval: an ISO 8601 string on the calendar axis, a number on a numeric one. */
export type TimeValue = string | number;

/** An interval of time; either bound may be missing (open). */
export interface TimeInterval {
  start?: TimeValue;
  end?: TimeValue;
}

/** A value an attribute had during an interval (GEXF dynamic attribute values). */
export interface TimeSlice extends TimeInterval {
  value: unknown;
}

/**
 * ISO 8601 of any precision: "2025", "2025-03", "2025-03-14", "2025-03-14T10", "2025-03-14T10:00",
 * "2025-03-14T10:00:30.5", each with an optional zone ("Z", "+02", "+02:00", "+0200") once there is a time.
 */
export const ISO_TIME =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?)?)?$/;

/** The graph's time format as a TimeFormat ('date' when it names none or an unknown one). */
export function timeFormatOf(value: unknown): TimeFormat {
  return value === 'integer' || value === 'double' ? value : 'date';
}

/** Whether a value is a time value of the given axis: an ISO 8601 string on 'date', an integer or any number else. */
export function isTimeValue(value: unknown, format: TimeFormat = 'date'): value is TimeValue {
  if (format === 'date') return typeof value === 'string' && ISO_TIME.test(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return format === 'double' || Number.isInteger(value);
}

/**
 * The instant a time value stands for, comparable across precisions: numbers as they are, dates as milliseconds
 * since 1970 at their first instant ("2025-03" is 1 March 2025, 00:00), in UTC unless the value names a zone.
 * Undefined for anything else.
 */
export function timeInstant(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return undefined;
  const [date = '', time] = value.split('T');
  if (time === undefined) return Date.parse(`${date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
  const zone = /(Z|[+-]\d\d(?::?\d\d)?)$/.exec(time)?.[1];
  const clock = (zone ? time.slice(0, -zone.length) : time).replace(',', '.');
  const [hours = '00', minutes = '00', seconds = '00'] = clock.split(':');
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const parsed = Date.parse(`${date}T${hours}:${minutes}:${seconds.padStart(2, '0')}${offset}`);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Whether an interval ends before it starts (both bounds readable); an interval that ends as it starts is empty. */
export function endsBeforeStart(interval: TimeInterval): boolean {
  const start = timeInstant(interval.start);
  const end = timeInstant(interval.end);
  return start !== undefined && end !== undefined && end < start;
}
