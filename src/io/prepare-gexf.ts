// Checks a GEXF document before graphology-gexf reads it, and repairs what it would choke on: ids missing or repeated.

import { DatasetError } from '../model/dataset-error';
import { nameIds } from './graph-builder';
import { elementLine } from './xml-document';

function place(element: Element, name: string, index: number) {
  return { line: elementLine(element), element: `${name} #${index + 1}` };
}

/** Drops repeated node elements (the first wins) and returns the ids the file declares. */
function checkNodes(document: Document, warnings: string[]): Set<string> {
  const declared = new Set<string>();
  const repeated: string[] = [];
  Array.from(document.getElementsByTagName('node')).forEach((node, i) => {
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
      node.parentNode?.removeChild(node);
    }
    declared.add(id);
  });
  if (repeated.length > 0) {
    warnings.push(`${repeated.length} <node> ids are repeated (${nameIds(repeated)}): the first of each is kept`);
  }
  return declared;
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
    warnings.push(`${repeated.length} <edge> ids are repeated (${nameIds(repeated)}): the repeats got new ids`);
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

/** Validates and repairs a parsed GEXF document in place; returns the node ids it declares. */
export function prepareGexf(document: Document, warnings: string[]): Set<string> {
  if (!document.getElementsByTagName('graph')[0]) {
    throw new DatasetError({
      what: 'the file has no <graph> element',
      fix: 'A GEXF file holds its nodes and edges in <gexf><graph>...</graph></gexf>.',
    });
  }
  const declared = checkNodes(document, warnings);
  checkEdges(document, warnings);
  checkAttributeDeclarations(document, warnings);
  return declared;
}
