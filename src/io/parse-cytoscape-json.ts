// Cytoscape JSON into a raw graph: an elements array, `{elements: {nodes, edges}}`, or a Cytoscape desktop .cyjs file.

import type { Attributes } from 'graphology-types';
import { DatasetError } from '../model/dataset-error';
import { GraphBuilder, type ParsedGraph } from './graph-builder';
import { parseJsonText } from './parse-json-text';

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);

const FIX =
  'Cytoscape JSON lists elements as {"data": {"id": ...}} for nodes and {"data": {"source": ..., "target": ...}} for edges.';

function fail(element: string, what: string): never {
  throw new DatasetError({ where: { element }, what, fix: FIX });
}

interface Element {
  path: string;
  group: 'nodes' | 'edges' | undefined;
  value: unknown;
}

/** The elements of any of the three shapes, each with its path in the file for error messages. */
function elementsOf(data: unknown): Element[] {
  const tag = (list: unknown[], path: string, group?: 'nodes' | 'edges'): Element[] =>
    list.map((value, i) => ({ path: `${path}[${i}]`, group, value }));
  if (Array.isArray(data)) return tag(data, 'elements');
  if (!isRecord(data)) fail('the top level', 'the JSON is neither an elements array nor an object');
  const { elements } = data;
  if (Array.isArray(elements)) return tag(elements, 'elements');
  if (!isRecord(elements)) fail('elements', '"elements" is missing or is neither an array nor {nodes, edges}');
  const list = (name: 'nodes' | 'edges'): unknown[] => {
    const value = elements[name] ?? [];
    if (!Array.isArray(value)) fail(`elements.${name}`, `"elements.${name}" is not an array`);
    return value;
  };
  return [...tag(list('nodes'), 'elements.nodes', 'nodes'), ...tag(list('edges'), 'elements.edges', 'edges')];
}

/** An id or end as a string: Cytoscape accepts numbers, which stay as their decimal text. */
function idOf(value: unknown, path: string, name: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(`${path}.data.${name}`, `"${name}" is ${value === undefined ? 'missing' : 'not a string or number'}`);
}

/** Node attributes: the data fields (arrays kept, `parent` kept so the canvas can draw compounds) and the position. */
function nodeAttributes(data: Rec, element: Rec, path: string): Attributes {
  const { id: _id, ...attributes } = data;
  if (attributes.parent !== undefined && attributes.parent !== null)
    attributes.parent = idOf(attributes.parent, path, 'parent');
  else delete attributes.parent;
  const position = element.position;
  if (isRecord(position)) {
    if (typeof position.x === 'number') attributes.x = position.x;
    if (typeof position.y === 'number') attributes.y = position.y;
  }
  return attributes;
}

/** Parses Cytoscape JSON text; every edge is directed, as it is in Cytoscape. */
export function parseCytoscapeJson(text: string): ParsedGraph {
  const data = parseJsonText(text);
  const builder = new GraphBuilder();
  // A .cyjs file carries the network's own attributes (name, SUID, ...) in a top-level "data".
  if (isRecord(data) && isRecord(data.data)) builder.graph.replaceAttributes({ ...data.data });
  for (const { path, group, value } of elementsOf(data)) {
    if (!isRecord(value) || !isRecord(value.data)) fail(path, 'an element has no "data" object');
    const fields = value.data;
    const isEdge =
      (value.group ?? group) === 'edges' || (value.group === undefined && group === undefined && 'source' in fields);
    if (!isEdge) {
      const key = idOf(fields.id, path, 'id');
      const attributes = nodeAttributes(fields, value, path);
      builder.addNode(key, attributes);
      continue;
    }
    const { id, source, target, ...attributes } = fields;
    const key = id === undefined || id === null ? undefined : idOf(id, path, 'id');
    builder.addEdge(key, idOf(source, path, 'source'), idOf(target, path, 'target'), false, attributes);
  }
  return builder.finish();
}
