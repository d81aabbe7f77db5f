// GraphML <key> declarations and the <data> values they type: casts, defaults, undeclared keys, yFiles labels.

import type { Attributes } from 'graphology-types';
import { nameIds, setOwn } from './graph-builder';

/** Where a key applies: GraphML's `for` attribute ("all" when absent, as the GraphML schema says). */
export type Domain = 'graph' | 'node' | 'edge';

/** A declared <key>: the attribute it names, its type, its domain and its default. */
interface Key {
  name: string;
  type: string;
  domain: string;
  fallback: unknown;
  yfiles: string | null;
}

/** What reading <data> found odd, summed over the file for one warning each. */
export interface DataTally {
  undeclared: Map<string, number>;
  misplaced: Map<string, string>;
}

const NUMERIC = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A <data> text as its key's type; text that does not fit the type, and integers beyond 2^53, stay text. */
function cast(type: string, raw: string): unknown {
  const text = raw.trim();
  if (type === 'boolean') return castBoolean(text.toLowerCase(), raw);
  if (type === 'int' || type === 'long')
    return /^[-+]?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : raw;
  if (type === 'float' || type === 'double') return NUMERIC.test(text) ? Number(text) : raw;
  return raw;
}

/** A GraphML boolean: `true`/`1` or `false`/`0`; anything else stays the raw text. */
function castBoolean(lower: string, raw: string): boolean | string {
  if (lower === 'true' || lower === '1') return true;
  return lower === 'false' || lower === '0' ? false : raw;
}

/** The child elements of an element with a given local name. */
export function childElements(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter(
    (child): child is Element => child.nodeType === 1 && ((child as Element).localName ?? child.nodeName) === name,
  );
}

/** Reads the <key> declarations of a <graphml> root. */
export function readKeys(root: Element): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const element of childElements(root, 'key')) {
    const id = element.getAttribute('id') ?? '';
    const type = element.getAttribute('attr.type') || 'string';
    const fallbackElement = childElements(element, 'default')[0];
    keys.set(id, {
      name: element.getAttribute('attr.name') || id,
      type,
      domain: element.getAttribute('for') || 'all',
      fallback: fallbackElement ? cast(type, fallbackElement.textContent ?? '') : undefined,
      yfiles: element.getAttribute('yfiles.type'),
    });
  }
  return keys;
}

/** yFiles graphics (yEd's files): the label text, the centre of the geometry and the fill colour. */
function readYfiles(data: Element, into: Attributes): void {
  for (const element of Array.from(data.getElementsByTagName('*'))) {
    const name = element.localName ?? element.nodeName;
    const text = element.textContent?.trim();
    if (/Label$/.test(name) && text && into.label === undefined) into.label = text;
    if (name === 'Geometry') {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(element.getAttribute(a) || 0));
      into.x = (x ?? 0) + (w ?? 0) / 2;
      into.y = (y ?? 0) + (h ?? 0) / 2;
    }
    if (name === 'Fill' && element.getAttribute('color')) into.color = element.getAttribute('color');
  }
}

/** Whether a key declared `for` one domain (or all) applies to an element of this domain. */
function fitsDomain(key: Key, domain: Domain): boolean {
  return key.domain === domain || key.domain === 'all';
}

/** Reads one <data> child into the attributes, tallying undeclared keys and keys used outside their domain. */
function readOneData(data: Element, domain: Domain, keys: Map<string, Key>, tally: DataTally, into: Attributes): void {
  const id = data.getAttribute('key') ?? '';
  const key = keys.get(id);
  if (!key) {
    tally.undeclared.set(id, (tally.undeclared.get(id) ?? 0) + 1);
    setOwn(into, id, data.textContent ?? '');
  } else if (key.yfiles) readYfiles(data, into);
  else {
    if (!fitsDomain(key, domain)) tally.misplaced.set(id, `declared for ${key.domain}, used on ${domain}`);
    setOwn(into, key.name, cast(key.type, data.textContent ?? ''));
  }
}

/** The attributes of a graph, node or edge element from its own <data> children and the keys' defaults. */
export function readData(element: Element, domain: Domain, keys: Map<string, Key>, tally: DataTally): Attributes {
  const attributes: Attributes = {};
  for (const data of childElements(element, 'data')) readOneData(data, domain, keys, tally, attributes);
  for (const key of keys.values()) {
    if (key.fallback === undefined || !fitsDomain(key, domain)) continue;
    // Own properties only: a key named "constructor" or "__proto__" is data here, not what every object inherits.
    if (!Object.hasOwn(attributes, key.name)) setOwn(attributes, key.name, key.fallback);
  }
  return attributes;
}

/** The warnings a tally adds up to. */
export function describeTally(tally: DataTally): string[] {
  const warnings: string[] = [];
  if (tally.undeclared.size > 0) {
    const count = [...tally.undeclared.values()].reduce((a, b) => a + b, 0);
    warnings.push(
      `${count} <data> elements use keys that are never declared with <key> (${nameIds([...tally.undeclared.keys()])}): loaded as text attributes named by the key`,
    );
  }
  for (const [id, problem] of tally.misplaced) warnings.push(`key "${id}" is ${problem}: loaded anyway`);
  return warnings;
}
