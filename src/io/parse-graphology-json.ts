// graphology's serialisation (`graph.export()`) into a raw graph; Backchannel's own format goes to the model's validator.

import type { Attributes } from 'graphology-types';
import { buildActorGraph } from '../model/build-actor-graph';
import { DatasetError } from '../model/dataset-error';
import { NATIVE_FORMAT, validateDataset } from '../model/validate-dataset';
import { GraphBuilder, type ParsedGraph } from './graph-builder';
import { checkParents } from './normalise-graph';
import { parseJsonText } from './parse-json-text';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(element: string, what: string, fix: string): never {
  throw new DatasetError({ where: { element }, what, fix });
}

/** A node or edge key as graphology keeps it: strings as written, numbers as their decimal text. */
function keyOf(value: unknown, element: string, name: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(
    element,
    `"${name}" is ${value === undefined ? 'missing' : 'not a string or number'}`,
    `Give every entry a string "${name}".`,
  );
}

function attributesOf(value: unknown, element: string): Attributes {
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  return fail(
    `${element}.attributes`,
    '"attributes" is not an object',
    'Write attributes as an object: {"label": "..."}.',
  );
}

function listOf(value: unknown, name: string): unknown[] {
  if (value === undefined && name === 'edges') return [];
  if (Array.isArray(value)) return value;
  return fail(
    name,
    `"${name}" is ${value === undefined ? 'missing' : 'not an array'}`,
    'A graphology JSON file is an object with a "nodes" array of {"key", "attributes"} and an "edges" array of {"source", "target"}.',
  );
}

/** Reads a graphology serialisation of any type; `options.type: "undirected"` makes edges undirected unless they say. */
function parseSerialisation(data: Record<string, unknown>): ParsedGraph {
  const builder = new GraphBuilder();
  builder.graph.replaceAttributes(attributesOf(data.attributes, 'graph'));
  const undirectedGraph = isRecord(data.options) && data.options.type === 'undirected';
  listOf(data.nodes, 'nodes').forEach((node, i) => {
    const element = `nodes[${i}]`;
    if (!isRecord(node))
      fail(element, 'a node is not an object', 'Write each node as {"key": "...", "attributes": {...}}.');
    if (node.key === undefined && node.id !== undefined) {
      fail(
        element,
        'nodes have "id" but graphology JSON names them "key" (this looks like d3 or NetworkX node-link JSON)',
        'Rename "id" to "key" and "links" to "edges", or export the graph as GEXF or GraphML.',
      );
    }
    builder.addNode(keyOf(node.key, element, 'key'), attributesOf(node.attributes, element));
  });
  listOf(data.edges, 'edges').forEach((edge, i) => {
    const element = `edges[${i}]`;
    if (!isRecord(edge))
      fail(element, 'an edge is not an object', 'Write each edge as {"source": "...", "target": "..."}.');
    const key = edge.key === undefined ? undefined : keyOf(edge.key, element, 'key');
    const undirected = edge.undirected === true || (undirectedGraph && edge.undirected !== false);
    const attributes = attributesOf(edge.attributes, element);
    builder.addEdge(
      key,
      keyOf(edge.source, element, 'source'),
      keyOf(edge.target, element, 'target'),
      undirected,
      attributes,
    );
  });
  return builder.finish();
}

/** Parses graphology JSON text; the native format (`attributes.format: "backchannel/1"`) is validated against the schema. */
export function parseGraphologyJson(text: string): ParsedGraph {
  const data = parseJsonText(text);
  if (!isRecord(data)) {
    return fail(
      'the top level',
      'the JSON is not an object',
      'A graphology JSON file is an object with "nodes" and "edges" arrays.',
    );
  }
  if (isRecord(data.attributes) && data.attributes.format === NATIVE_FORMAT) {
    const validated = validateDataset(data);
    const graph = buildActorGraph(validated, { take: true }); // the parsed text is ours alone
    const warnings = [...validated.warnings];
    // The schema has no `parent`, but attributes pass through: the canvas must get no loops and no deep chains.
    checkParents(graph, warnings);
    return { kind: 'actor', graph, warnings, formatLabel: 'Backchannel dataset' };
  }
  return parseSerialisation(data);
}
