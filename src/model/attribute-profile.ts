// What the values of one attribute look like across a graph's actors or relations: how many, how varied, what shape.

/** The shape of one attribute's values over the elements looked at. */
export interface AttributeProfile {
  name: string;
  /** Elements looked at. */
  seen: number;
  /** Elements that carry a text or number value for it. */
  present: number;
  /** How many different values. */
  distinct: number;
  /** Values that read as numbers. */
  numeric: number;
  /** Values that are (or lists that start with) http(s) addresses. */
  urls: number;
  /** Values that read as calendar dates with at least a month ("2021-03", "2021-03-04T10:00Z"). */
  dates: number;
  /** Values that are a bare year ("2021"). */
  years: number;
  /** Mean length of the values, in characters. */
  meanLength: number;
}

/** At most this many elements are looked at: the shape of an attribute shows long before 5,000 values. */
export const PROFILE_SAMPLE = 5000;

const NUMERIC = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR = /^\d{4}$/;
const HTTP = /^https?:\/\/\S+$/i;

/** The text of a value: strings trimmed, finite numbers written out, lists by their first text item. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (Array.isArray(value)) return value.length > 0 && !Array.isArray(value[0]) ? textOf(value[0]) : undefined;
  return undefined;
}

interface Tally {
  present: number;
  values: Set<string>;
  numeric: number;
  urls: number;
  dates: number;
  years: number;
  length: number;
}

function count(tally: Tally, text: string): void {
  tally.present += 1;
  tally.values.add(text);
  tally.length += text.length;
  if (NUMERIC.test(text)) tally.numeric += 1;
  if (HTTP.test(text)) tally.urls += 1;
  if (DATE.test(text)) tally.dates += 1;
  else if (YEAR.test(text)) tally.years += 1;
}

/** Profiles every attribute of the elements given (the first PROFILE_SAMPLE), except those named in `skip`. */
export function profileAttributes(
  elements: Iterable<Readonly<Record<string, unknown>>>,
  skip: ReadonlySet<string>,
): AttributeProfile[] {
  const tallies = new Map<string, Tally>();
  let seen = 0;
  for (const attributes of elements) {
    if (seen >= PROFILE_SAMPLE) break;
    seen += 1;
    for (const [name, value] of Object.entries(attributes)) {
      const text = skip.has(name) ? undefined : textOf(value);
      if (text === undefined) continue;
      let tally = tallies.get(name);
      if (!tally) {
        tally = { present: 0, values: new Set(), numeric: 0, urls: 0, dates: 0, years: 0, length: 0 };
        tallies.set(name, tally);
      }
      count(tally, text);
    }
  }
  return [...tallies].map(([name, t]) => ({
    name,
    seen,
    present: t.present,
    distinct: t.values.size,
    numeric: t.numeric,
    urls: t.urls,
    dates: t.dates,
    years: t.years,
    meanLength: t.length / t.present,
  }));
}
