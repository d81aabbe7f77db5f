// GraphML into a raw graph: typed keys and defaults, mixed and parallel edges; nested graphs flattened, hyperedges refused.

import { DatasetError } from '../model/dataset-error';
import { pluralise } from '../model/pluralise';
import { GraphBuilder, type ParsedGraph } from './graph-builder';
import { childElements, type DataTally, describeTally, readData, readKeys } from './graphml-data';
import { elementLine, parseXmlDocument } from './xml-document';

// Our own walk rather than graphology-graphml. See docs/design-choices.md#our-own-graphml-reader.

interface Walk {
  builder: GraphBuilder;
  keys: ReturnType<typeof readKeys>;
  tally: DataTally;
  ports: number;
  nested: number;
}

function requireId(element: Element, attribute: string, what: string, fix: string): string {
  const value = element.getAttribute(attribute);
  if (value) return value;
  throw new DatasetError({ where: { line: elementLine(element), element: `<${element.localName}>` }, what, fix });
}

/** Reads one <graph>'s nodes and edges; nested graphs are walked with their enclosing node as `parent`. */
function walkGraph(graph: Element, parent: string | undefined, inherited: boolean, walk: Walk): void {
  const edgeDefault = graph.getAttribute('edgedefault');
  const directedByDefault = edgeDefault ? edgeDefault === 'directed' : inherited;
  for (const node of childElements(graph, 'node')) {
    const id = requireId(node, 'id', 'a <node> has no id', 'Give every <node> a unique id="..." attribute.');
    const attributes = readData(node, 'node', walk.keys, walk.tally);
    if (parent !== undefined) attributes.parent = parent;
    walk.builder.addNode(id, attributes);
    walk.ports += childElements(node, 'port').length;
    for (const inner of childElements(node, 'graph')) {
      walk.nested += 1;
      walkGraph(inner, id, directedByDefault, walk);
    }
  }
  for (const edge of childElements(graph, 'edge')) {
    const fix = 'Give every <edge> source="..." and target="..." attributes naming node ids.';
    const source = requireId(edge, 'source', 'an <edge> has no source', fix);
    const target = requireId(edge, 'target', 'an <edge> has no target', fix);
    const directed = edge.getAttribute('directed');
    const undirected = directed ? directed !== 'true' : !directedByDefault;
    if (edge.getAttribute('sourceport') || edge.getAttribute('targetport')) walk.ports += 1;
    const attributes = readData(edge, 'edge', walk.keys, walk.tally);
    walk.builder.addEdge(edge.getAttribute('id') || undefined, source, target, undirected, attributes);
  }
  const hyperedge = childElements(graph, 'hyperedge')[0];
  if (hyperedge) {
    throw new DatasetError({
      where: { line: elementLine(hyperedge), element: '<hyperedge>' },
      what: 'the file has hyperedges (edges joining more than two nodes), which Backchannel cannot show',
      fix: 'Replace each <hyperedge> with ordinary <edge>s between pairs of its endpoints, or remove them.',
    });
  }
}

/** Parses GraphML text; edges to undeclared nodes are dropped with a warning, as in every other format. */
export function parseGraphml(text: string): ParsedGraph {
  const root = parseXmlDocument(text, 'graphml').documentElement;
  const graphs = childElements(root, 'graph');
  const [graph] = graphs;
  if (!graph) {
    throw new DatasetError({
      what: 'the file has no <graph> element',
      fix: 'A GraphML file holds its nodes and edges in <graphml><graph edgedefault="...">...</graph></graphml>.',
    });
  }
  const walk: Walk = {
    builder: new GraphBuilder(),
    keys: readKeys(root),
    tally: { undeclared: new Map(), misplaced: new Map() },
    ports: 0,
    nested: 0,
  };
  const attributes = readData(graph, 'graph', walk.keys, walk.tally);
  const id = graph.getAttribute('id');
  if (id) attributes.id = id;
  // GraphML's own <desc> (of the graph, else of the document) describes the data: kept for an image's credit.
  const desc = (childElements(graph, 'desc')[0] ?? childElements(root, 'desc')[0])?.textContent?.trim();
  if (desc && attributes.description === undefined) attributes.description = desc;
  walk.builder.graph.replaceAttributes(attributes);
  // GraphML requires edgedefault; like graphology and NetworkX, a file without one is read as undirected.
  walkGraph(graph, undefined, false, walk);
  const result = walk.builder.finish();
  result.warnings.push(...describeTally(walk.tally));
  if (graphs.length > 1) result.warnings.push(`the file holds ${graphs.length} graphs: only the first is shown`);
  if (walk.ports > 0)
    result.warnings.push(
      `${pluralise(walk.ports, 'port is', 'ports are')} ignored: edges attach to their nodes, not to ports`,
    );
  if (walk.nested > 0) {
    result.warnings.push(
      `${pluralise(walk.nested, 'nested graph was', 'nested graphs were')} flattened: their nodes name the enclosing node as "parent"`,
    );
  }
  return result;
}
