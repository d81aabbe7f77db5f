// Time values as comparable numbers: ISO 8601 dates of any precision on a calendar axis, plain numbers otherwise.

/** The kind of time axis a graph uses: calendar dates, or numbers when its `timeFormat` says 'integer' or 'double'. */
export type TimeAxis = 'date' | 'number';

const ISO_DATE =
  /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The axis a graph's `timeFormat` attribute asks for; calendar dates unless it says 'integer' or 'double'. */
export function timeAxisOf(graphAttributes: Record<string, unknown>): TimeAxis {
  const format = String(graphAttributes.timeFormat ?? graphAttributes.timeformat ?? '').toLowerCase();
  return format === 'integer' || format === 'double' ? 'number' : 'date';
}

/** An ISO date of any precision as milliseconds since 1970 at its first instant ("2025-03" is 1 March 00:00 UTC). */
function parseIso(text: string): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi] = m;
  if (h !== undefined && mi !== undefined) {
    // Times carry their own zone when they give one; a time without one is read as UTC, like a date.
    const zoned = m[8] ? text.trim() : `${text.trim()}Z`;
    const ms = Date.parse(zoned.replace(' ', 'T'));
    return Number.isFinite(ms) ? ms : undefined;
  }
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(Number(y), month - 1, day);
  // Date.UTC rolls 31 February into March: such a date is not one.
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

// Datasets repeat a few hundred dates over thousands of relations: each text is read once (cleared when it grows).
const known = new Map<string, number | undefined>();
const KNOWN_LIMIT = 50_000;

/** A time value as a comparable number on its axis; undefined when absent or unreadable. */
export function parseTime(value: unknown, axis: TimeAxis): number | undefined {
  if (axis === 'number') {
    const n =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (known.has(value)) return known.get(value);
  if (known.size >= KNOWN_LIMIT) known.clear();
  const time = parseIso(value);
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
