// Checks a dataset in the native format (graphology's serialisation, "backchannel/1") and types it, or says what to fix.

import type { SerializedGraph } from 'graphology-types';
import { GRAPH_OPTIONS } from './actor-graph';
import { DatasetError } from './dataset-error';
import { pluralise } from './pluralise';
import type { ActorAttributes, DatasetAttributes, RelationAttributes } from './schema';
import { ACTOR_KINDS, CERTAINTIES, isRelationName, RELATION_NAMES, RELATIONS, STANCES } from './schema';
import { TIME_FORMATS, type TimeFormat, timeFormatOf } from './time/time-value';
import { checkTime } from './validate-time';

/** The `format` graph attribute that marks a file as Backchannel's native format. */
export const NATIVE_FORMAT = 'backchannel/1';

/** A native dataset after validation: graphology's serialisation carrying the documented attributes. */
export type NativeDataset = SerializedGraph<ActorAttributes, RelationAttributes, DatasetAttributes>;

/** Validated data ready for buildActorGraph, and what was odd but allowed. */
export interface ValidatedDataset {
  data: NativeDataset;
  warnings: string[];
}

/** ISO 8601 calendar dates of year, month or day precision: "2025", "2025-07", "2025-07-03". */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

type Rec = Record<string, unknown>;
/** One attribute check: the field, whether a value passes, and how to fix one that does not. */
type Rule = readonly [field: string, ok: (value: unknown) => boolean, fix: string];

/** Names every plain object has (`__proto__`, `constructor`, `toString`, ...), read once before any data is seen. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether a node key is a name every plain object has: graphology keeps each node's neighbours in plain objects
 * keyed by node key, so an edge to a node called "__proto__" or "constructor" writes into Object.prototype.
 */
export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}

const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const quoted = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');
const at = (element: string, field?: string) => (field ? `${element}, field "${field}"` : element);
const oneOf = (allowed: readonly string[]) => (v: unknown) => typeof v === 'string' && allowed.includes(v);
const optional = (ok: (v: unknown) => boolean) => (v: unknown) => v === undefined || ok(v);
const optionalText = optional((v) => typeof v === 'string');
const TEXT_FIX = 'Write it as a JSON string, or leave it out.';
const NUMBER_FIX = 'Write x and y as numbers, or leave both out so a layout places the node.';

const GRAPH_RULES: readonly Rule[] = [
  ['format', (v) => v === NATIVE_FORMAT, `Set "format": "${NATIVE_FORMAT}" in the graph attributes.`],
  ...['title', 'description', 'asOf', 'licence'].map((field): Rule => [field, optionalText, TEXT_FIX]),
  ['sources', optional(Array.isArray), 'Write "sources" as a list of {"id": ..., "title": ...} objects.'],
  ['timeFormat', optional(oneOf(TIME_FORMATS)), `Use one of ${quoted(TIME_FORMATS)}, or leave it out for dates.`],
];

const NODE_RULES: readonly Rule[] = [
  ['label', isText, 'Give the node a non-empty "label", the name shown on the canvas.'],
  ['kind', oneOf(ACTOR_KINDS), `Use one of ${quoted(ACTOR_KINDS)}.`],
  ['aliases', optional((v) => Array.isArray(v) && v.every((a) => typeof a === 'string')), 'Write a list of names.'],
  ['description', optionalText, TEXT_FIX],
  ['role', optionalText, TEXT_FIX],
  ['x', optional(Number.isFinite), NUMBER_FIX],
  ['y', optional(Number.isFinite), NUMBER_FIX],
];

const EDGE_RULES: readonly Rule[] = [
  ['relation', oneOf(RELATION_NAMES), `Use one of ${quoted(RELATION_NAMES)} (graph-data/README.md explains each).`],
  ['stance', oneOf(STANCES), `Use one of ${quoted(STANCES)}.`],
  ['certainty', oneOf(CERTAINTIES), `Use one of ${quoted(CERTAINTIES)}.`],
  [
    'date',
    optional((v) => typeof v === 'string' && ISO_DATE.test(v)),
    'Write "2025", "2025-07" or "2025-07-03"; put words such as "this Thursday" in "dateText".',
  ],
  ['dateText', optionalText, TEXT_FIX],
];

/** Fixes too long to sit beside their check. */
const FIX = {
  file: 'Save one object with "attributes", "nodes" and "edges", as graphology\'s graph.export() writes it.',
  options: 'Write "options": {"type": "mixed", "multi": true, "allowSelfLoops": true}, or leave it out.',
  attributes: `Add "attributes": {"format": "${NATIVE_FORMAT}", "title": ..., "sources": [...]} at the top level.`,
  evidence: 'Add "evidence": [{"quote": "<the source\'s words, verbatim>", "source": "<a source id>"}].',
  quote: 'Copy the words that state the relation, verbatim, into "quote".',
  end: 'Add a node with that key, or point the edge at an existing node.',
} as const;

function fail(element: string, what: string, fix: string): never {
  throw new DatasetError({ where: { element }, what, fix });
}

function applyRules(element: string, attrs: Rec, rules: readonly Rule[]): void {
  for (const [field, ok, fix] of rules) {
    const value = attrs[field];
    const what = value === undefined ? `Missing ${field}` : `Invalid ${field} ${JSON.stringify(value)}`;
    if (!ok(value)) fail(at(element, field), what, fix);
  }
}

function checkKey(item: unknown, list: string, i: number, seen: Set<string>): asserts item is Rec & { key: string } {
  const kind = list === 'nodes' ? 'node' : 'edge';
  const element = `${list}[${i}]`;
  if (!isRecord(item)) fail(element, `The ${kind} is not an object`, `Write it as {"key": ..., "attributes": {...}}.`);
  if (!isText(item.key)) fail(at(element, 'key'), `The ${kind} has no key`, `Give it a unique kebab-case "key".`);
  const named = `${kind} "${item.key}"`;
  if (kind === 'node' && isReservedKey(item.key)) {
    const what = `The node key "${item.key}" is a name every JavaScript object has, which the graph cannot hold safely`;
    fail(named, what, `Choose another key, such as "${item.key.replace(/^_+|_+$/g, '') || 'node'}-actor".`);
  }
  if (seen.has(item.key))
    fail(named, `Duplicate ${kind} key "${item.key}"`, 'Give each a unique key, or merge the two.');
  seen.add(item.key);
  if (!isRecord(item.attributes))
    fail(at(named, 'attributes'), `The ${kind} has no attributes`, 'Add "attributes": {...}.');
}

/** Checks the graph attributes and returns the ids of the declared sources. */
function checkGraphAttributes(attributes: unknown): Set<string> {
  const where = 'graph attributes';
  if (!isRecord(attributes)) fail(where, 'The file has no "attributes" object', FIX.attributes);
  applyRules(where, attributes, GRAPH_RULES);
  const ids = new Set<string>();
  (attributes.sources as unknown[] | undefined)?.forEach((source, i) => {
    const place = at(where, `sources[${i}]`);
    if (!isRecord(source) || !isText(source.id))
      fail(place, 'A source has no id', 'Give it an "id" evidence can cite.');
    if (ids.has(source.id)) fail(place, `Duplicate source id "${source.id}"`, 'Give each source a unique "id".');
    if (!isText(source.title)) fail(place, `Source "${source.id}" has no title`, 'Give each source a "title".');
    ids.add(source.id);
  });
  return ids;
}

function checkEvidence(element: string, evidence: unknown, sources: Set<string>): void {
  if (!Array.isArray(evidence) || evidence.length === 0) fail(at(element, 'evidence'), 'No evidence', FIX.evidence);
  evidence.forEach((item: unknown, i) => {
    const place = (field: string) => at(element, `evidence[${i}].${field}`);
    if (!isRecord(item) || !isText(item.quote)) fail(place('quote'), 'The evidence has no quote', FIX.quote);
    if (typeof item.source === 'string' && sources.has(item.source)) return;
    const what =
      item.source === undefined ? 'The evidence names no source' : `Unknown source ${JSON.stringify(item.source)}`;
    fail(place('source'), what, `Cite the id of one of the graph's "sources": ${quoted(sources) || 'none yet'}.`);
  });
}

function checkEdge(edge: Rec & { key: string }, nodes: Set<string>, sources: Set<string>, format: TimeFormat): void {
  const element = `edge "${edge.key}"`;
  for (const end of ['source', 'target']) {
    const key = edge[end];
    if (typeof key !== 'string' || !nodes.has(key)) fail(at(element, end), `No node ${JSON.stringify(key)}`, FIX.end);
  }
  const attrs = edge.attributes as Rec;
  applyRules(element, attrs, EDGE_RULES);
  checkTime(element, attrs, format);
  const undirected = edge.undirected;
  if (undirected !== undefined && typeof undirected !== 'boolean') {
    fail(
      at(element, 'undirected'),
      'The undirected flag is not a boolean',
      'Write "undirected": true, or leave it out.',
    );
  }
  if (isRelationName(attrs.relation) && RELATIONS[attrs.relation].directed === (undirected === true)) {
    const symmetric = undirected !== true;
    const what = `"${attrs.relation}" is ${symmetric ? 'symmetric but the edge is directed' : 'directed, the edge is not'}`;
    fail(at(element, 'undirected'), what, symmetric ? 'Add "undirected": true to the edge.' : 'Remove "undirected".');
  }
  checkEvidence(element, attrs.evidence, sources);
}

/** Validates a parsed native dataset and returns it typed, or throws a DatasetError naming the element and field. */
export function validateDataset(raw: unknown): ValidatedDataset {
  const top = 'top level';
  if (!isRecord(raw)) fail(top, 'The file is not a JSON object', FIX.file);
  if (raw.options !== undefined && !isRecord(raw.options)) fail(at(top, 'options'), 'Invalid options', FIX.options);
  const sources = checkGraphAttributes(raw.attributes);
  const { nodes, edges } = raw;
  if (!Array.isArray(nodes)) fail(at(top, 'nodes'), 'The file has no "nodes" list', 'Add "nodes": [...].');
  if (!Array.isArray(edges)) fail(at(top, 'edges'), 'The file has no "edges" list', 'Add "edges": [...].');
  const format = timeFormatOf((raw.attributes as Rec).timeFormat);
  const nodeKeys = new Set<string>();
  nodes.forEach((node: unknown, i) => {
    checkKey(node, 'nodes', i, nodeKeys);
    applyRules(`node "${node.key}"`, node.attributes as Rec, NODE_RULES);
    checkTime(`node "${node.key}"`, node.attributes as Rec, format);
  });
  const edgeKeys = new Set<string>();
  edges.forEach((edge: unknown, i) => {
    checkKey(edge, 'edges', i, edgeKeys);
    checkEdge(edge, nodeKeys, sources, format);
  });
  // Every native dataset is loaded as a mixed multi-graph, whatever options the file states.
  const data = { ...raw, options: { ...GRAPH_OPTIONS } } as unknown as NativeDataset;
  return { data, warnings: collectWarnings(data, sources) };
}

/** A warning for each name (label or alias, ignoring case) that two actors share. */
function sharedNames(data: NativeDataset): string[] {
  const warnings: string[] = [];
  const owners = new Map<string, string>();
  for (const { key, attributes } of data.nodes) {
    const names = [attributes?.label ?? '', ...(attributes?.aliases ?? [])].map((n) => n.trim().toLowerCase());
    for (const name of new Set(names)) {
      const owner = owners.get(name);
      if (owner !== undefined) warnings.push(`The name "${name}" belongs to both "${owner}" and "${key}".`);
      else owners.set(name, key);
    }
  }
  return warnings;
}

/** Odd but valid things worth telling the author: a missing title, isolated actors, shared names, uncited sources. */
function collectWarnings(data: NativeDataset, sources: Set<string>): string[] {
  const warnings: string[] = [];
  if (!isText(data.attributes.title)) warnings.push('The dataset has no title; the app shows the file name instead.');
  const linked = new Set<string>();
  const cited = new Set<string>();
  for (const edge of data.edges) {
    linked.add(edge.source).add(edge.target);
    for (const item of edge.attributes?.evidence ?? []) cited.add(item.source);
  }
  const isolated = data.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key);
  if (isolated.length > 0)
    warnings.push(`${pluralise(isolated.length, 'node has', 'nodes have')} no relations: ${quoted(isolated)}.`);
  warnings.push(...sharedNames(data));
  const uncited = [...sources].filter((id) => !cited.has(id));
  if (uncited.length > 0)
    warnings.push(
      `${pluralise(uncited.length, 'source is', 'sources are')} never cited by any evidence: ${quoted(uncited)}.`,
    );
  return warnings;
}
