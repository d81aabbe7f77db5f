// Column and key names that mean when something starts or ends ("valid_from", "End Date"), mapped onto start and end.

/** Folded names (lower case, words joined by one space) that mean the start of an interval. */
const START_NAMES = new Set([
  'start',
  'starts',
  'start date',
  'start time',
  'start year',
  'begin',
  'begin date',
  'from date',
  'date from',
  'from time',
  'valid from',
  'valid since',
]);

/** Folded names that mean its end. Bare "from" and "to" are not here: an edge list's from/to are its ends. */
const END_NAMES = new Set([
  'end',
  'ends',
  'end date',
  'end time',
  'end year',
  'finish',
  'finish date',
  'to date',
  'date to',
  'to time',
  'valid to',
  'valid until',
]);

/** A name as lower-case words joined by spaces: "Valid_From" → valid from, "endDate" → end date, "to-date" → to date. */
export function foldName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** A time axis named after a column name, in brackets: "start (integer)", "End [double]". */
const AXIS_SUFFIX = /\s*[([]\s*(integer|long|double|float|date|datetime)\s*[)\]]\s*$/i;

/**
 * The axis a start or end column names after its name ("start (integer)" → "integer"), so that a CSV, which has no
 * place for the graph's `timeFormat`, keeps rounds 1000 to 1010 from being read as years; undefined when it names none.
 */
export function axisOfName(name: string): string | undefined {
  return AXIS_SUFFIX.exec(name)?.[1]?.toLowerCase();
}

/** The interval bound a column or key name stands for ("start (integer)" too), or undefined when it names neither. */
export function timeRole(name: string): 'start' | 'end' | undefined {
  const folded = foldName(name.replace(AXIS_SUFFIX, ''));
  if (START_NAMES.has(folded)) return 'start';
  return END_NAMES.has(folded) ? 'end' : undefined;
}
