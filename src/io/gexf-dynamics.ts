// What graphology-gexf leaves out of a dynamic GEXF: element intervals, spells, and attribute values that change over time.

import { parseValue } from 'graphology-gexf/common/helpers.js';
import { axisOrder, closeInstantSlices, type InstantSlice, parseTimestamps, sortedInstants } from './gexf-timestamps';

/** An interval as GEXF writes it, bounds still text (the loader fits them to the graph's time axis). */
export interface GexfInterval {
  start?: string;
  end?: string;
}

/** A declared attribute: the name graphology-gexf files its values under, and its GEXF type. */
interface Declared {
  title: string;
  type: string;
}

/** Declared attributes by id, for node and for edge values. */
export type GexfModel = Record<'node' | 'edge', Map<string, Declared>>;

/** The element's own child elements with a given local name (not those of nested nodes). */
export function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter(
    (child): child is Element => child.nodeType === 1 && (child as Element).localName === name,
  );
}

/**
 * An element's interval. GEXF 1.2's startopen/endopen (bounds that are themselves excluded) read as start and end:
 * every bound here stands for its first instant anyway, so an open start is off by the least step of the axis.
 */
export function intervalOf(element: Element): GexfInterval {
  const interval: GexfInterval = {};
  const start = element.getAttribute('start') || element.getAttribute('startopen');
  const end = element.getAttribute('end') || element.getAttribute('endopen');
  if (start) interval.start = start;
  if (end) interval.end = end;
  return interval;
}

/** The spells of an element's <spells> that are intervals (not GEXF 1.3 `<spell timestamp>` instants). */
export function spellsOf(element: Element): GexfInterval[] {
  const spells = children(element, 'spells').flatMap((list) => children(list, 'spell'));
  return spells.filter((spell) => !spell.hasAttribute('timestamp')).map(intervalOf);
}

/** The element's GEXF 1.3 instants: its `timestamp`, its `timestamps` list and its `<spell timestamp>`s, sorted. */
export function instantsOf(element: Element): string[] {
  const spells = children(element, 'spells').flatMap((list) => children(list, 'spell'));
  const texts = [element, ...spells].flatMap((at) => [at.getAttribute('timestamp'), at.getAttribute('timestamps')]);
  return sortedInstants(texts.flatMap((text) => parseTimestamps(text ?? '')));
}

/** The declared attributes, named as graphology-gexf names them: by title when the id is a number, else by id. */
export function readModel(document: Document): GexfModel {
  const model: GexfModel = { node: new Map(), edge: new Map() };
  for (const list of Array.from(document.getElementsByTagName('attributes'))) {
    const into = model[list.getAttribute('class') === 'edge' ? 'edge' : 'node'];
    for (const attribute of children(list, 'attribute')) {
      const id = attribute.getAttribute('id') || attribute.getAttribute('for') || '';
      const title = Number.isNaN(Number(id)) ? id : attribute.getAttribute('title') || id;
      into.set(id, { title, type: attribute.getAttribute('type') || 'string' });
    }
  }
  return model;
}

/** A slice of an attribute's values: the value and when it held. */
export interface GexfSlice extends GexfInterval {
  value: unknown;
}

/** Orders slice bounds along the axis: numbers when all read as numbers, else the instants dates stand for. */
function ordering(slices: readonly GexfSlice[]): (bound: string | undefined, missing: number) => number {
  return axisOrder(slices.flatMap((slice) => [slice.start, slice.end]).filter((b) => b !== undefined));
}

/** The value in force at the latest time: the one without an interval, else the one that ends last (or never). */
export function latestValue(slices: readonly GexfSlice[]): unknown {
  const timeless = slices.find((slice) => slice.start === undefined && slice.end === undefined);
  if (timeless) return timeless.value;
  const at = ordering(slices);
  const key = (slice: GexfSlice) => [at(slice.end, Infinity), at(slice.start, -Infinity)] as const;
  let latest = slices[0];
  for (const slice of slices) {
    const [end, start] = key(slice);
    const [bestEnd, bestStart] = latest ? key(latest) : [-Infinity, -Infinity];
    if (end > bestEnd || (end === bestEnd && start >= bestStart)) latest = slice;
  }
  return latest?.value;
}

/** The element's attribute values that carry an interval, as slices per attribute (with its other values too). */
export function slicesOf(element: Element, declared: Map<string, Declared>): Record<string, GexfSlice[]> {
  const byName = new Map<string, GexfSlice[]>();
  const timed = new Set<string>();
  for (const value of children(element, 'attvalues').flatMap((list) => children(list, 'attvalue'))) {
    const id = value.getAttribute('for') || value.getAttribute('id') || '';
    const attribute = declared.get(id) ?? { title: id, type: 'string' };
    // A GEXF 1.3 value at an instant holds from it until the attribute's next instant (closeInstantSlices).
    const [instant] = parseTimestamps(value.getAttribute('timestamp') ?? '');
    const interval = instant === undefined ? intervalOf(value) : { start: instant };
    if (interval.start !== undefined || interval.end !== undefined) timed.add(attribute.title);
    const slice: InstantSlice = { value: parseValue(attribute.type, value.getAttribute('value') ?? ''), ...interval };
    if (instant !== undefined) slice.instant = true;
    byName.set(attribute.title, [...(byName.get(attribute.title) ?? []), slice]);
  }
  for (const list of byName.values()) closeInstantSlices(list);
  return Object.fromEntries([...byName].filter(([name]) => timed.has(name)));
}
