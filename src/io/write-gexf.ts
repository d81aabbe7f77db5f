// The GEXF exporter: graphology-gexf's writer fed with viz colours, sizes and positions and lossless attribute values.

import Graph from 'graphology';
import type { write as GexfWrite } from 'graphology-gexf';
// @ts-expect-error The writer module ships no types. It is the one entry that works in Node and in the browser: the
// package entries also load a parser, which needs xmldom (Node, +23 kB gzip) or a global DOMParser (browser).
import gexfWriter from 'graphology-gexf/common/writer.js';
import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import type { ActorAttributes } from '../model/schema';
import { timeFormatOf } from '../model/time/time-value';
import { addGexfTime, gexfTimeOf } from './write-gexf-time';
import { sanitizeXmlDocument, toXmlIds } from './write-graphml';
import { exportVisible, isUndirectedEdge } from './write-native';

const writeXml: typeof GexfWrite = gexfWriter;

/** Options of the GEXF writer. */
export interface GexfWriteOptions {
  /** Keys of the visible nodes: only they and the edges between them are written. Omit to write everything. */
  keys?: ReadonlySet<string>;
  /**
   * The colour and size a node is drawn in (kind colours, "Colour by", "Size by"): written as its viz colour and
   * size in place of what it stores, so Gephi, and the app opening the file again, show the picture on screen.
   */
  lookOf?: (key: string, attributes: ActorAttributes) => NodeViz;
}

/** A node's colour and size as drawn. */
export interface NodeViz {
  color?: string;
  size?: number;
}

type Viz = { color?: string; size?: number; x?: number; y?: number; z?: number; thickness?: number };
type Formatted = { label?: string; weight?: number; kind?: string; viz?: Viz; attributes?: Attributes };
/** How the values of one attribute name are written: as they are, as a GEXF list, or all as text. */
type Mode = 'keep' | 'list' | 'text';

// The colour syntaxes the writer understands; anything else would come out as an empty <viz:color/>.
const VIZ_COLOR = /^(?:#(?:[0-9a-f]{3}|[0-9a-f]{6})|\s*rgba?\s*\(\s*\d*\s*,\s*\d*\s*,\s*\d*\s*(?:,\s*[.\d]*)?\)\s*)$/i;
const NODE_VIZ = ['size', 'x', 'y', 'z'] as const;
const EDGE_VIZ = ['thickness'] as const;
// Bare list items are split on commas and unescaped on backslashes when read back, and edge blanks are trimmed.
const LIST_ITEM = /^[^\s,\\](?:[^,\\\r\n\t]*[^\s,\\])?$/;
// Graph attributes become <meta> child elements: only names that are plain XML element names can (the reader
// lower-cases them: `asOf` comes back as `asof`).
const META_NAME = /^(?!xml)[A-Za-z_][-.\w]*$/i;

/** Whether a value is a list of strings that GEXF 1.3's list syntax carries exactly. */
function isSafeList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && LIST_ITEM.test(item));
}

/** Chooses a mode per attribute name: a name whose values mix types is written as text so no value is mangled. */
function planModes(records: readonly Attributes[]): Map<string, Mode> {
  const types = new Map<string, Set<string>>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const type = isSafeList(value) ? 'list' : typeof value === 'object' ? 'json' : typeof value;
      types.set(name, (types.get(name) ?? new Set()).add(type));
    }
  }
  return new Map([...types].map(([name, set]) => [name, modeOf(set)]));
}

/** The mode for the set of value types one attribute name has across the records. */
function modeOf(types: ReadonlySet<string>): Mode {
  if (types.size === 1 && types.has('list')) return 'list';
  // Lists that cannot all be GEXF lists travel as JSON text, which is a string like any other.
  const written = new Set([...types].map((type) => (type === 'list' || type === 'json' ? 'string' : type)));
  return written.size === 1 ? 'keep' : 'text';
}

/** One attribute value as the writer should see it: structured values as JSON text. */
function toValue(value: unknown, mode: Mode | undefined): unknown {
  if (value === null || typeof value !== 'object')
    return mode === 'text' && value !== undefined ? String(value) : value;
  return mode === 'list' ? value : JSON.stringify(value);
}

/** Where GEXF carries one attribute: as the label, the edge weight or kind, a viz value, or an attribute value. */
function placeOf(name: string, value: unknown, vizNames: readonly string[], edge: boolean) {
  const text = typeof value === 'string' && value !== '';
  const finite = typeof value === 'number' && Number.isFinite(value);
  if (name === 'label' && text) return 'label';
  if (name === 'color' && text && VIZ_COLOR.test(value)) return 'viz';
  if (vizNames.includes(name) && finite) return 'viz';
  if (edge && name === 'weight' && finite) return 'weight';
  if (edge && name === 'kind' && text) return 'kind';
  return 'attribute';
}

/** Splits attributes into GEXF label, weight, kind, viz and attribute values. */
function format(attributes: Attributes, vizNames: readonly string[], modes: Map<string, Mode>, edge: boolean) {
  const out: Formatted = {};
  const viz: Record<string, unknown> = {};
  const rest: Attributes = {};
  // Start, end, spells and slices go out as GEXF time (write-gexf-time.ts), not as attribute values.
  const time = new Set(gexfTimeOf(attributes).names);
  for (const [name, value] of Object.entries(attributes)) {
    if (time.has(name)) continue;
    const place = placeOf(name, value, vizNames, edge);
    // placeOf checked the value's type for these three places.
    if (place === 'label' || place === 'weight' || place === 'kind') out[place] = value as never;
    else if (place === 'viz') viz[name] = value;
    // An attribute with an empty name cannot be declared: the reader would reject the file.
    else if (name !== '') rest[name] = toValue(value, modes.get(name));
  }
  if (Object.keys(viz).length) out.viz = viz as Viz;
  if (Object.keys(rest).length) out.attributes = rest;
  return out;
}

/** The colour and size of a look that are set, so an unset one leaves the node's own in place. */
function definedViz(look: NodeViz): NodeViz {
  const viz: NodeViz = {};
  if (look.color !== undefined) viz.color = look.color;
  if (look.size !== undefined) viz.size = look.size;
  return viz;
}

/** A copy of the visible graph the writer can serialise: XML-safe keys, drawn colours and sizes, plain-name meta. */
function toWritable(graph: ActorGraph, options: GexfWriteOptions): Graph {
  const data = exportVisible(graph, options.keys);
  const copy = new Graph({ type: data.options.type ?? 'mixed', multi: true, allowSelfLoops: true });
  for (const [name, value] of Object.entries(data.attributes)) {
    // The writer drops structured graph attributes (sources): as JSON text they survive as <meta> text. Meta is
    // read back as text anyway, and the writer throws on a lastModifiedDate that is neither string nor number.
    const text = value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
    // The time format goes on <graph> as timeformat, where Gephi looks for it.
    if (name === 'timeFormat') continue;
    if (text !== undefined && text !== null && META_NAME.test(name)) copy.setAttribute(name, String(text));
  }
  const nodeIds = toXmlIds(data.nodes.map((node) => node.key));
  for (const node of data.nodes) {
    const { key } = node;
    const attributes = node.attributes ?? ({} as ActorAttributes);
    const look = options.lookOf?.(key, attributes);
    copy.addNode(nodeIds.get(key) ?? key, look ? { ...attributes, ...definedViz(look) } : attributes);
  }
  const edgeIds = toXmlIds(data.edges.map((edge, i) => edge.key ?? `e${i}`));
  data.edges.forEach((edge, i) => {
    const id = edgeIds.get(edge.key ?? `e${i}`) ?? `e${i}`;
    const [source, target] = [nodeIds.get(edge.source) ?? edge.source, nodeIds.get(edge.target) ?? edge.target];
    if (isUndirectedEdge(data, edge)) copy.addUndirectedEdgeWithKey(id, source, target, edge.attributes);
    else copy.addDirectedEdgeWithKey(id, source, target, edge.attributes);
  });
  return copy;
}

/** The graph as GEXF 1.3 for Gephi: viz colour, size and position, typed attributes, per-edge type in mixed graphs. */
export function writeGexf(graph: ActorGraph, options: GexfWriteOptions = {}): string {
  const copy = toWritable(graph, options);
  const nodeModes = planModes(copy.mapNodes((_key, attributes) => attributes));
  const edgeModes = planModes(copy.mapEdges((_key, attributes) => attributes));
  const text = writeXml(copy, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attributes) => format(attributes, NODE_VIZ, nodeModes, false),
    formatEdge: (_key, attributes) => format(attributes, EDGE_VIZ, edgeModes, true),
  });
  const timed = addGexfTime(text, copy, timeFormatOf(graph.getAttribute('timeFormat')));
  // The writer escapes markup but not characters XML cannot carry at all (NUL and other controls), nor NEL and LS.
  return sanitizeXmlDocument(timed);
}
