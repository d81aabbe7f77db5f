// Time values: ISO 8601 dates of any precision or numbers on a numeric axis, the instant each stands for, and how they read.

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
  if (!isCalendarDay(date)) return undefined;
  if (time === undefined) return Date.parse(`${date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
  const zone = /(Z|[+-]\d\d(?::?\d\d)?)$/.exec(time)?.[1];
  const clock = (zone ? time.slice(0, -zone.length) : time).replace(',', '.');
  const [hours = '00', minutes = '00', seconds = '00'] = clock.split(':');
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const parsed = Date.parse(`${date}T${hours}:${minutes}:${seconds.padStart(2, '0')}${offset}`);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Whether a date's day exists in its month (the pattern allows 30 February; Date.parse would roll it into March). */
function isCalendarDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return true;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** Whether an interval ends before it starts (both bounds readable); an interval that ends as it starts is empty. */
export function endsBeforeStart(interval: TimeInterval): boolean {
  const start = timeInstant(interval.start);
  const end = timeInstant(interval.end);
  return start !== undefined && end !== undefined && end < start;
}

/** The kind of time axis a graph uses: calendar dates, or numbers when its `timeFormat` says 'integer' or 'double'. */
export type TimeAxis = 'date' | 'number';

/** The axis a graph's `timeFormat` attribute asks for; calendar dates unless it says 'integer' or 'double'. */
export function timeAxisOf(graphAttributes: Record<string, unknown>): TimeAxis {
  const format = String(graphAttributes.timeFormat ?? graphAttributes.timeformat ?? '').toLowerCase();
  return timeFormatOf(format) === 'date' ? 'date' : 'number';
}

// Datasets repeat a few hundred dates over thousands of relations: each text is read once (cleared when it grows).
const known = new Map<string, number | undefined>();
const KNOWN_LIMIT = 50_000;

/** A time value as a comparable number on its axis (the instant of `timeInstant`); undefined when absent or unreadable. */
export function parseTime(value: unknown, axis: TimeAxis): number | undefined {
  if (axis === 'number') {
    const n =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (known.has(value)) return known.get(value);
  if (known.size >= KNOWN_LIMIT) known.clear();
  const time = timeInstant(value.trim());
  known.set(value, time);
  return time;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as people read it on its axis: "2025-03-14", "2025-03-14 09:30" (UTC), or the number itself. */
export function formatTime(time: number, axis: TimeAxis): string {
  if (axis === 'number') return String(time);
  const d = new Date(time);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const ms = time % 86_400_000;
  return ms === 0 ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
}
