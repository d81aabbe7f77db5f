// The GraphML exporter: a small writer with typed <key> declarations, JSON for structured values, strict XML escaping.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { type ActorGraphData, exportVisible, isUndirectedEdge } from './write-native';

/** Options of the GraphML writer. */
export interface GraphmlWriteOptions {
  /** Keys of the visible nodes: only they and the edges between them are written. Omit to write everything. */
  keys?: ReadonlySet<string>;
}

// Characters XML 1.0 cannot carry at all, not even as character references: C0 controls other than tab, newline and
// carriage return, U+FFFE/U+FFFF and unpaired surrogates. A parser rejects the whole file if one slips through.
const XML_ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this pattern.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Tab, newline and CR go out as character references: attribute-value normalisation would turn them into spaces,
// and a parser turns a literal CR LF in text into LF. NEL and LINE SEPARATOR too: xmldom (graphology's Node parser)
// treats them as XML 1.1 line ends; references keep them as they are.
const LINE_ENDS = /[\r\u0085\u2028]/g;
const ENTITIES: Record<string, string> = {
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Removes the characters XML 1.0 cannot represent. */
export function stripInvalidXml(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Makes text safe inside XML text or a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"'\t\n\r\u0085\u2028]/g, (char) => ENTITIES[char] ?? char);
}

/** Makes an XML document from another writer safe to read back: no illegal characters, no bare CR, NEL or LS. */
export function sanitizeXmlDocument(xml: string): string {
  return stripInvalidXml(xml).replace(LINE_ENDS, (char) => ENTITIES[char] ?? char);
}

/** XML-safe ids for element keys: empty keys and keys with characters XML cannot carry are renamed, `~n` if need be. */
export function toXmlIds(keys: readonly string[]): Map<string, string> {
  // An empty id is no id at all to xml-writer (graphology-gexf) and to the readers, which generate one instead.
  const usable = (key: string) => key !== '' && stripInvalidXml(key) === key;
  const taken = new Set(keys.filter(usable));
  const ids = new Map<string, string>();
  for (const key of keys) {
    const base = stripInvalidXml(key);
    let id = usable(key) ? key : base;
    for (let n = 1; !usable(key) && (id === '' || taken.has(id)); n++) id = `${base}~${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}

type KeyType = 'string' | 'double' | 'boolean';
interface KeyDeclaration {
  id: string;
  name: string;
  type: KeyType;
}

/** GraphML type of one value: arrays and objects travel as JSON text. */
function typeOf(value: unknown): KeyType {
  if (typeof value === 'number') return 'double';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

/** One <key> per attribute name; a name whose values disagree in type is declared string so every value fits. */
function declareKeys(prefix: string, records: readonly Attributes[]): Map<string, KeyDeclaration> {
  const keys = new Map<string, KeyDeclaration>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `${prefix}${keys.size}`, name, type: typeOf(value) });
      else if (known.type !== typeOf(value)) known.type = 'string';
    }
  }
  return keys;
}

/** The text of one value under its declared type. */
function toText(value: unknown, type: KeyType): string {
  if (type !== 'string' || typeof value === 'string') return String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The <data> children of one element, in declaration order; null and undefined values are left out. */
function dataLines(keys: Map<string, KeyDeclaration>, attributes: Attributes | undefined, indent: string): string[] {
  if (!attributes) return [];
  const lines: string[] = [];
  for (const key of keys.values()) {
    const value = attributes[key.name];
    if (value === undefined || value === null) continue;
    lines.push(`${indent}<data key="${key.id}">${escapeXml(toText(value, key.type))}</data>`);
  }
  return lines;
}

/** An element with its <data> children, self-closing when it has none. */
function element(open: string, data: string[], close: string): string[] {
  return data.length ? [`    ${open}>`, ...data, `    ${close}`] : [`    ${open}/>`];
}

/** The <node> and <edge> elements of the graph. */
function elementLines(data: ActorGraphData, keys: Record<'node' | 'edge', Map<string, KeyDeclaration>>): string[] {
  const nodeIds = toXmlIds(data.nodes.map((node) => node.key));
  const edgeIds = toXmlIds(data.edges.map((edge, i) => edge.key ?? `e${i}`));
  const id = (ids: Map<string, string>, key: string) => escapeXml(ids.get(key) ?? key);
  const lines: string[] = [];
  for (const node of data.nodes) {
    const children = dataLines(keys.node, node.attributes, '      ');
    lines.push(...element(`<node id="${id(nodeIds, node.key)}"`, children, '</node>'));
  }
  data.edges.forEach((edge, i) => {
    const ends = `source="${id(nodeIds, edge.source)}" target="${id(nodeIds, edge.target)}"`;
    const directed = `directed="${!isUndirectedEdge(data, edge)}"`;
    const open = `<edge id="${id(edgeIds, edge.key ?? `e${i}`)}" ${ends} ${directed}`;
    lines.push(...element(open, dataLines(keys.edge, edge.attributes, '      '), '</edge>'));
  });
  return lines;
}

/** The graph as GraphML: typed keys, one <data> per attribute, explicit `directed` on every edge, edge ids kept. */
export function writeGraphml(graph: ActorGraph, options: GraphmlWriteOptions = {}): string {
  const data = exportVisible(graph, options.keys);
  const keys = {
    graph: declareKeys('g', [data.attributes]),
    node: declareKeys(
      'n',
      data.nodes.map((node) => node.attributes ?? {}),
    ),
    edge: declareKeys(
      'e',
      data.edges.map((edge) => edge.attributes ?? {}),
    ),
  };
  const declarations = (['graph', 'node', 'edge'] as const).flatMap((domain) =>
    [...keys[domain].values()].map(
      (key) => `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
    ),
  );
  // graphology-graphml reads `directed="false"` as "the default", so a graph with any undirected edge must default
  // to undirected for its undirected edges to come back undirected; every edge still says what it is.
  const undirected = data.edges.some((edge) => isUndirectedEdge(data, edge));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declarations,
    `  <graph edgedefault="${undirected ? 'undirected' : 'directed'}">`,
    ...dataLines(keys.graph, data.attributes, '    '),
    ...elementLines(data, keys),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
