// Checks a GEXF document before graphology-gexf reads it, and repairs what it would choke on: ids missing, repeated or reserved.

import { DatasetError } from '../model/dataset-error';
import { pluralise } from '../model/pluralise';
import { isReservedKey } from '../model/validate-dataset';
import { describeRenamed, freeKey, nameIds } from './graph-builder';
import { elementLine } from './xml-document';

/** What prepareGexf found: the node ids the file declares, and the stand-in ids of repeated nodes to drop after parsing. */
export interface PreparedGexf {
  declared: Set<string>;
  repeats: string[];
}

/** Every value of the given attribute on the given elements, with the element, for renaming in place. */
function references(elements: Element[], attributes: string[]): [Element, string, string][] {
  return elements.flatMap((element) =>
    attributes.flatMap((name): [Element, string, string][] => {
      const value = element.getAttribute(name);
      return value ? [[element, name, value]] : [];
    }),
  );
}

/** Renames reserved values (see isReservedKey) wherever they appear, the same way everywhere; returns old → new. */
function renameReserved(refs: [Element, string, string][], used: Set<string>): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const [element, name, value] of refs) {
    if (!isReservedKey(value)) continue;
    let to = renamed.get(value);
    if (to === undefined) {
      to = freeKey(value, (candidate) => used.has(candidate));
      used.add(to);
      renamed.set(value, to);
    }
    element.setAttribute(name, to);
  }
  return renamed;
}

/**
 * Node ids and attribute ids or titles named "__proto__", "constructor", ...: graphology-gexf files both in plain
 * objects, where such a name reaches Object.prototype (an edge to node "__proto__" pollutes every object).
 */
function renameReservedNames(document: Document, warnings: string[]): Set<string> {
  const nodes = Array.from(document.getElementsByTagName('node'));
  const edges = Array.from(document.getElementsByTagName('edge'));
  const nodeRefs = [...references(nodes, ['id', 'pid']), ...references(edges, ['source', 'target'])];
  const used = new Set(nodeRefs.map(([, , value]) => value));
  const ids = renameReserved(nodeRefs, used);
  if (ids.size > 0) warnings.push(describeRenamed(ids));
  const declarations = Array.from(document.getElementsByTagName('attribute'));
  const values = Array.from(document.getElementsByTagName('attvalue'));
  const attributeRefs = [...references(declarations, ['id', 'for', 'title']), ...references(values, ['id', 'for'])];
  const names = renameReserved(attributeRefs, new Set(attributeRefs.map(([, , value]) => value)));
  if (names.size > 0) warnings.push(describeRenamed(names, 'attribute name'));
  return used;
}

function place(element: Element, name: string, index: number) {
  return { line: elementLine(element), element: `${name} #${index + 1}` };
}

/**
 * How deep <node>s may nest inside <node>s. graphology-gexf searches each node's whole subtree for its attributes,
 * so reading time grows with the nesting: 4,000 nested nodes took 30 s. Real hierarchies nest a few levels.
 */
export const MAX_NODE_NESTING = 16;

/** Counts <node> ancestors (and self) of each element, each element once, so deep wrappers cost nothing extra. */
function nestingOf(element: Element, known: Map<Node, number>): number {
  const climb: Node[] = [];
  let at: Node | null = element;
  while (at && !known.has(at)) {
    climb.push(at);
    at = at.parentNode;
  }
  let depth = at ? (known.get(at) ?? 0) : 0;
  for (const node of climb.reverse()) {
    if (node.nodeType === 1 && ((node as Element).localName ?? node.nodeName) === 'node') depth += 1;
    known.set(node, depth);
  }
  return depth;
}

/** Refuses <node>s nested deeper than MAX_NODE_NESTING. */
function checkNesting(nodes: Element[]): void {
  const known = new Map<Node, number>();
  for (const [i, node] of nodes.entries()) {
    if (nestingOf(node, known) <= MAX_NODE_NESTING) continue;
    throw new DatasetError({
      where: place(node, '<node>', i),
      what: `<node>s nest inside each other more than ${MAX_NODE_NESTING} levels deep`,
      fix: 'Flatten the hierarchy: give nodes a pid="..." naming their parent instead of nesting them.',
    });
  }
}

/**
 * Gives repeated node elements stand-in ids (the first of each id wins) and returns the ids the file declares.
 * Stand-ins rather than removeChild: xmldom rebuilds the parent's child list on every removal, quadratic time.
 */
function checkNodes(document: Document, used: Set<string>, warnings: string[]): PreparedGexf {
  const declared = new Set<string>();
  const repeated: string[] = [];
  const repeats: string[] = [];
  let counter = 0;
  const nodes = Array.from(document.getElementsByTagName('node'));
  checkNesting(nodes);
  nodes.forEach((node, i) => {
    const id = node.getAttribute('id');
    if (!id) {
      throw new DatasetError({
        where: place(node, '<node>', i),
        what: 'a <node> has no id',
        fix: 'Give every <node> a unique id="..." attribute.',
      });
    }
    if (declared.has(id)) {
      repeated.push(id);
      let stand: string;
      do stand = `repeated-node-${counter++}`;
      while (used.has(stand));
      node.setAttribute('id', stand);
      repeats.push(stand);
      return;
    }
    declared.add(id);
  });
  if (repeated.length > 0) {
    warnings.push(
      `${pluralise(repeated.length, '<node> id is', '<node> ids are')} repeated (${nameIds(repeated)}): the first of each is kept`,
    );
  }
  return { declared, repeats };
}

/** Gives every edge a unique id (graphology would make up random ones), so later passes can find it by id. */
function checkEdges(document: Document, warnings: string[]): void {
  const edges = Array.from(document.getElementsByTagName('edge'));
  const taken = new Set<string>();
  const repeated: string[] = [];
  const unnamed: Element[] = [];
  edges.forEach((edge, i) => {
    if (!edge.getAttribute('source') || !edge.getAttribute('target')) {
      throw new DatasetError({
        where: place(edge, '<edge>', i),
        what: 'an <edge> has no source or no target',
        fix: 'Give every <edge> source="..." and target="..." attributes naming node ids.',
      });
    }
    const id = edge.getAttribute('id');
    if (id && !taken.has(id)) taken.add(id);
    else {
      if (id) repeated.push(id);
      unnamed.push(edge);
    }
  });
  let counter = 0;
  for (const edge of unnamed) {
    let id: string;
    do id = `e${counter++}`;
    while (taken.has(id));
    taken.add(id);
    edge.setAttribute('id', id);
  }
  if (repeated.length > 0) {
    warnings.push(
      `${pluralise(repeated.length, '<edge> id is', '<edge> ids are')} repeated (${nameIds(repeated)}): the repeats got new ids`,
    );
  }
}

/** Counts <attvalue>s naming attributes the file never declares; they load as text, with a warning. */
function checkAttributeDeclarations(document: Document, warnings: string[]): void {
  const declared = new Set<string>();
  for (const attribute of Array.from(document.getElementsByTagName('attribute'))) {
    const id = attribute.getAttribute('id') ?? attribute.getAttribute('for');
    if (id) declared.add(id);
  }
  const undeclared = new Set<string>();
  let count = 0;
  for (const value of Array.from(document.getElementsByTagName('attvalue'))) {
    const id = value.getAttribute('for') || value.getAttribute('id') || '';
    if (declared.has(id)) continue;
    count += 1;
    undeclared.add(id);
  }
  if (count > 0) {
    warnings.push(
      `${count} <attvalue>s name attributes that are never declared (${nameIds([...undeclared])}): loaded as text`,
    );
  }
}

/** Validates and repairs a parsed GEXF document in place; returns the node ids it declares and the stand-ins to drop. */
export function prepareGexf(document: Document, warnings: string[]): PreparedGexf {
  if (!document.getElementsByTagName('graph')[0]) {
    throw new DatasetError({
      what: 'the file has no <graph> element',
      fix: 'A GEXF file holds its nodes and edges in <gexf><graph>...</graph></gexf>.',
    });
  }
  const used = renameReservedNames(document, warnings);
  const prepared = checkNodes(document, used, warnings);
  checkEdges(document, warnings);
  checkAttributeDeclarations(document, warnings);
  return prepared;
}
