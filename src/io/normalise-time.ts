// Time in a loaded graph: start/end under their names, spells and slices as lists, every bound on one axis, no end before its start.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { pluralise } from '../model/pluralise';
import { endsBeforeStart, type TimeFormat, type TimeInterval } from '../model/time/time-value';
import { nameIds } from './graph-builder';
import { listFromJsonText } from './normalise-attributes';
import { fitBound, inferTimeFormat, namedTimeFormat } from './time-axis';
import { renameTimeNames } from './time-columns';

type Kind = 'node' | 'edge';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Spells and slices as our GraphML and CSV writers carry them, as JSON text like every structured value, decoded. */
function decodeJson(attributes: Attributes): void {
  if (attributes.spells !== undefined) attributes.spells = listFromJsonText(attributes.spells);
  const slices = attributes.slices;
  if (typeof slices !== 'string' || !slices.trimStart().startsWith('{')) return;
  try {
    attributes.slices = JSON.parse(slices) as unknown;
  } catch {
    // not JSON after all: fitting sets it aside as slices_original, with a warning
  }
}

/** What fitting one element's times found: attributes set aside (as `*_original`) and whether an end came first. */
interface Found {
  misfits: Map<string, number>;
  backwards: string[];
}

/** Every interval bound an element carries, for guessing the axis. */
function boundsOf(attributes: Attributes): unknown[] {
  const intervals: unknown[] = [attributes, ...(Array.isArray(attributes.spells) ? attributes.spells : [])];
  if (isRecord(attributes.slices))
    for (const list of Object.values(attributes.slices)) intervals.push(...[list].flat());
  return intervals
    .filter(isRecord)
    .flatMap((interval) => [interval.start, interval.end].filter((b) => b !== undefined));
}

/** An interval with its bounds fitted to the axis, or undefined when a bound does not fit. */
function fitInterval(item: unknown, format: TimeFormat): TimeInterval | undefined {
  if (!isRecord(item)) return undefined;
  const fitted: Record<string, unknown> = { ...item };
  for (const bound of ['start', 'end'] as const) {
    if (item[bound] === undefined) continue;
    const value = fitBound(item[bound], format);
    if (value === undefined) return undefined;
    fitted[bound] = value;
  }
  return fitted as TimeInterval;
}

/** A list of intervals fitted to the axis, or undefined when one does not fit or runs backwards. */
function fitList(value: unknown, format: TimeFormat, slices: boolean): TimeInterval[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const fitted = value.map((item) => fitInterval(item, format));
  const fits = (item: TimeInterval | undefined) => item && !endsBeforeStart(item) && (!slices || 'value' in item);
  return fitted.every(fits) ? (fitted as TimeInterval[]) : undefined;
}

/** Slices fitted to the axis, attribute by attribute, or undefined when one list does not fit. */
function fitSlices(value: unknown, format: TimeFormat): Record<string, TimeInterval[]> | undefined {
  if (!isRecord(value)) return undefined;
  const fitted: [string, TimeInterval[]][] = [];
  for (const [name, list] of Object.entries(value)) {
    const lists = fitList(list, format, true);
    if (!lists) return undefined;
    fitted.push([name, lists]);
  }
  // fromEntries defines own properties: slices of an attribute named "__proto__" stay data, not a prototype.
  return Object.fromEntries(fitted);
}

function setAside(attributes: Attributes, name: string, found: Found): void {
  attributes[`${name}_original`] = attributes[name];
  delete attributes[name];
  found.misfits.set(name, (found.misfits.get(name) ?? 0) + 1);
}

/** Fits the element's own start and end; an end before the start is set aside. */
function fitOwnInterval(key: string, attributes: Attributes, format: TimeFormat, found: Found): void {
  for (const bound of ['start', 'end'] as const) {
    if (attributes[bound] === undefined) continue;
    const value = fitBound(attributes[bound], format);
    if (value === undefined) setAside(attributes, bound, found);
    else attributes[bound] = value;
  }
  if (!endsBeforeStart(attributes)) return;
  found.backwards.push(key);
  attributes.end_original = attributes.end;
  delete attributes.end;
}

/** Fits the spells; they replace the element's own start and end, and one spell becomes plain start and end. */
function fitSpells(attributes: Attributes, format: TimeFormat, found: Found): void {
  const spells = fitList(attributes.spells, format, false);
  if (!spells) {
    setAside(attributes, 'spells', found);
    return;
  }
  // Spells are the finer account: GEXF lets an element's own start/end bound its spells; here spells replace them.
  delete attributes.start;
  delete attributes.end;
  const [only] = spells;
  if (spells.length > 1 || !only) {
    attributes.spells = spells;
    return;
  }
  delete attributes.spells;
  if (only.start !== undefined) attributes.start = only.start;
  if (only.end !== undefined) attributes.end = only.end;
}

/** Fits one element's start, end, spells and slices to the axis. */
function fitElement(key: string, attributes: Attributes, format: TimeFormat, found: Found): void {
  fitOwnInterval(key, attributes, format, found);
  if (attributes.spells !== undefined) fitSpells(attributes, format, found);
  if (attributes.slices === undefined) return;
  const slices = fitSlices(attributes.slices, format);
  if (slices) attributes.slices = slices;
  else setAside(attributes, 'slices', found);
}

/** The warnings for one kind of element. */
function timeWarnings(kind: Kind, found: Found, format: TimeFormat): string[] {
  const expected =
    format === 'date' ? 'an ISO 8601 date ("2025", "2025-03-14", "2025-03-14T10:00Z")' : `a number (${format} time)`;
  const warnings = [...found.misfits].map(
    ([name, count]) =>
      `${pluralise(count, kind)} had a "${name}" that is not ${expected} or runs backwards: kept as "${name}_original"`,
  );
  if (found.backwards.length > 0) {
    const elements = pluralise(found.backwards.length, `${kind} ends`, `${kind}s end`);
    warnings.push(
      `${elements} before ${found.backwards.length === 1 ? 'it starts' : 'they start'} (${nameIds(found.backwards)}): "end" kept as "end_original"`,
    );
  }
  return warnings;
}

/** The axis the graph names (GEXF timeformat, a saved timeFormat), else the one its bounds fit. */
function chooseFormat(graph: ActorGraph, warnings: string[]): TimeFormat | undefined {
  const named = namedTimeFormat(graph.getAttribute('timeFormat'));
  if (named === 'unknown') {
    warnings.push(`the time format "${graph.getAttribute('timeFormat')}" is unknown: read from the values instead`);
    graph.setAttribute('timeFormat_original', graph.getAttribute('timeFormat'));
  }
  graph.removeAttribute('timeFormat');
  if (named && named !== 'unknown') return named;
  const bounds = [...graph.nodeEntries(), ...graph.edgeEntries()].flatMap(({ attributes }) => boundsOf(attributes));
  return inferTimeFormat(bounds);
}

/** Puts a loaded graph's time on one axis (graph attribute `timeFormat` when numeric) and reports what did not fit. */
export function normaliseTime(graph: ActorGraph, warnings: string[]): void {
  renameTimeNames(graph);
  graph.forEachNode((_key, attributes) => decodeJson(attributes));
  graph.forEachEdge((_key, attributes) => decodeJson(attributes));
  const format = chooseFormat(graph, warnings);
  if (format === undefined) return;
  if (format !== 'date') graph.setAttribute('timeFormat', format);
  for (const kind of ['node', 'edge'] as const) {
    const found: Found = { misfits: new Map(), backwards: [] };
    const each = kind === 'node' ? graph.forEachNode.bind(graph) : graph.forEachEdge.bind(graph);
    each((key: string, attributes: Attributes) => fitElement(key, attributes, format, found));
    warnings.push(...timeWarnings(kind, found, format));
  }
}
