// GEXF 1.1-1.3 into a raw graph through graphology-gexf, plus what it leaves out: dynamics, spells, hierarchy, missing nodes.

import Graph from 'graphology';
import createGexfParser, { type GexfParse } from 'graphology-gexf/common/parser.js';
import { describeDroppedEdges, type ParsedGraph } from './graph-builder';
import { prepareGexf } from './prepare-gexf';
import { parseXmlDocument } from './xml-document';
import { type XmlParser, xmlParser } from './xml-parser';

/** Time attributes GEXF writes on nodes, edges and spells; kept as written (dates or numbers, per `timeformat`). */
const TIME_ATTRIBUTES = ['start', 'end', 'startopen', 'endopen', 'timestamp', 'timestamps'] as const;

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

function timesOf(element: Element): Record<string, string> {
  const times: Record<string, string> = {};
  for (const name of TIME_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) times[name] = value;
  }
  return times;
}

/** The element's own child elements with a given local name (not those of nested nodes). */
function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter(
    (child): child is Element => child.nodeType === 1 && (child as Element).localName === name,
  );
}

/** A node's parent in the graph: GEXF nests child nodes inside their parent, or names it with pid. */
function parentOf(graph: Graph, element: Element): string | undefined {
  const enclosing = element.parentNode?.parentNode as Element | null | undefined;
  const parent = element.getAttribute('pid') || (enclosing?.localName === 'node' ? enclosing.getAttribute('id') : '');
  return parent && graph.hasNode(parent) ? parent : undefined;
}

/** Adds start/end, spells and the hierarchy parent to the element's node or edge, never overwriting a declared attribute. */
function addTimes(graph: Graph, element: Element, isNode: boolean): void {
  const key = element.getAttribute('id') ?? '';
  if (isNode ? !graph.hasNode(key) : !graph.hasEdge(key)) return;
  const attributes: Record<string, unknown> = timesOf(element);
  const spells = children(element, 'spells').flatMap((list) => children(list, 'spell').map(timesOf));
  if (spells.length > 0) attributes.spells = spells;
  const parent = isNode ? parentOf(graph, element) : undefined;
  if (parent) attributes.parent = parent;
  const target = isNode ? graph.getNodeAttributes(key) : graph.getEdgeAttributes(key);
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
  const timeformat = graphElement?.getAttribute('timeformat');
  if (timeformat) graph.setAttribute('timeformat', timeformat);
  for (const node of Array.from(document.getElementsByTagName('node'))) addTimes(graph, node, true);
  for (const edge of Array.from(document.getElementsByTagName('edge'))) addTimes(graph, edge, false);
  // GEXF gives an edge without a weight the weight 1.0; saying so keeps weighted metrics right.
  graph.forEachEdge((edge, attributes) => {
    if (attributes.weight === undefined) graph.setEdgeAttribute(edge, 'weight', 1);
  });
  return { kind: 'raw', graph, warnings };
}
