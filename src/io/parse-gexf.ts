// GEXF 1.1-1.3 into a raw graph through graphology-gexf, plus what it leaves out: dynamics, spells, hierarchy, missing nodes.

import Graph from 'graphology';
import createGexfParser, { type GexfParse } from 'graphology-gexf/common/parser.js';
import {
  type GexfModel,
  type GexfSlice,
  instantsOf,
  intervalOf,
  latestValue,
  readModel,
  slicesOf,
  spellsOf,
} from './gexf-dynamics';
import { instantTimes } from './gexf-timestamps';
import { describeDroppedEdges, type ParsedGraph } from './graph-builder';
import { prepareGexf } from './prepare-gexf';
import { parseXmlDocument } from './xml-document';
import { type XmlParser, xmlParser } from './xml-parser';

// graphology-gexf's factory, not its entries (see docs/design-choices.md#xml-parsers); one parse per XML parser.
const parsers = new WeakMap<XmlParser, GexfParse>();

function gexfParse(xml: XmlParser): GexfParse {
  let parse = parsers.get(xml);
  if (!parse) {
    parse = createGexfParser(xml.DOMParser, xml.Document);
    parsers.set(xml, parse);
  }
  return parse;
}

/** The element's start/end (or spells, or GEXF 1.3 instants) and changing values, as graph-data/README.md "Time" names them. */
function timesOf(element: Element, declared: GexfModel['node']): Record<string, unknown> {
  const times: Record<string, unknown> = { ...intervalOf(element) };
  const spells = spellsOf(element);
  if (spells.length > 0) times.spells = spells;
  // GEXF 1.3 instants, when the element gives no interval (an element with both keeps its intervals, as Gephi does).
  if (times.start === undefined && times.end === undefined && spells.length === 0)
    Object.assign(times, instantTimes(instantsOf(element)));
  const slices = slicesOf(element, declared);
  if (Object.keys(slices).length > 0) times.slices = slices;
  return times;
}

/** A node's parent in the graph: GEXF nests child nodes inside their parent, or names it with pid. */
function parentOf(graph: Graph, element: Element): string | undefined {
  const enclosing = element.parentNode?.parentNode as Element | null | undefined;
  const parent = element.getAttribute('pid') || (enclosing?.localName === 'node' ? enclosing.getAttribute('id') : '');
  return parent && graph.hasNode(parent) ? parent : undefined;
}

/** Adds times, slices and the hierarchy parent to the element's node or edge, never overwriting a declared attribute. */
function addTimes(graph: Graph, element: Element, isNode: boolean, model: GexfModel): void {
  const key = element.getAttribute('id') ?? '';
  if (isNode ? !graph.hasNode(key) : !graph.hasEdge(key)) return;
  const attributes = timesOf(element, model[isNode ? 'node' : 'edge']);
  const parent = isNode ? parentOf(graph, element) : undefined;
  if (parent) attributes.parent = parent;
  const target = isNode ? graph.getNodeAttributes(key) : graph.getEdgeAttributes(key);
  // graphology-gexf kept the value written last of a changing attribute: the one in force latest replaces it.
  const slices = (attributes.slices ?? {}) as Record<string, GexfSlice[]>;
  for (const [name, list] of Object.entries(slices)) target[name] = latestValue(list);
  for (const [name, value] of Object.entries(attributes)) if (!(name in target)) target[name] = value;
}

/** Removes nodes graphology-gexf had to add for edges that name undeclared ids, with their edges, and says so. */
function dropUndeclaredNodes(graph: Graph, declared: Set<string>, warnings: string[]): void {
  const missing = graph.filterNodes((node) => !declared.has(node));
  if (missing.length === 0) return;
  const dropped = new Set<string>();
  for (const node of missing) for (const edge of graph.edges(node)) dropped.add(edge);
  for (const node of missing) graph.dropNode(node);
  warnings.push(describeDroppedEdges(dropped.size, missing));
}

/** Parses GEXF text; edges to undeclared nodes are dropped with a warning rather than failing the whole file. */
export function parseGexf(text: string): ParsedGraph {
  const document = parseXmlDocument(text, 'gexf');
  const warnings: string[] = [];
  const { declared, repeats } = prepareGexf(document, warnings);
  // addMissingNodes lets the load go on; dropUndeclaredNodes then removes those made-up nodes and reports the edges.
  const graph = gexfParse(xmlParser())(Graph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  // Repeated <node>s were parsed under stand-in ids (already reported): only the first of each id stays.
  for (const stand of repeats) if (graph.hasNode(stand)) graph.dropNode(stand);
  dropUndeclaredNodes(graph, declared, warnings);
  const graphElement = document.getElementsByTagName('graph')[0];
  // The loader fits every bound to this axis (normalise-time.ts): integer and double give numbers, dates text.
  const timeformat = graphElement?.getAttribute('timeformat');
  if (timeformat) graph.setAttribute('timeFormat', timeformat);
  const model = readModel(document);
  for (const node of Array.from(document.getElementsByTagName('node'))) addTimes(graph, node, true, model);
  for (const edge of Array.from(document.getElementsByTagName('edge'))) addTimes(graph, edge, false, model);
  // GEXF gives an edge without a weight the weight 1.0; saying so keeps weighted metrics right.
  graph.forEachEdge((edge, attributes) => {
    if (attributes.weight === undefined) graph.setEdgeAttribute(edge, 'weight', 1);
  });
  return { kind: 'raw', graph, warnings };
}
