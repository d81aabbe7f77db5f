// detectFormat: content first, extension second, and an error that lists what is supported.

import { describe, expect, it } from 'vitest';
import { detectFormat, type FormatId } from '../../../src/io/formats';
import { DatasetError } from '../../../src/model/dataset-error';

const CASES: [text: string, name: string, expected: FormatId][] = [
  ['<?xml version="1.0"?>\n<!-- made by hand --><gexf version="1.3"/>', 'graph.xml', 'gexf'],
  ['<!DOCTYPE graphml SYSTEM "x.dtd">\n<graphml><graph/></graphml>', 'graph.txt', 'graphml'],
  ['<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns"/>', 'x', 'graphml'],
  ['{"options":{},"attributes":{},"nodes":[{"key":"a"}],"edges":[]}', 'data.json', 'graphology-json'],
  ['{"nodes":[],"edges":[]}', 'whatever', 'graphology-json'],
  ['{"data":{"name":"n"},"elements":{"nodes":[],"edges":[]}}', 'net.json', 'cytoscape-json'],
  ['[{"group":"nodes","data":{"id":"a"}}]', 'elements.json', 'cytoscape-json'],
  ['{"format_version":"1.0"}', 'net.cyjs', 'cytoscape-json'],
  ['{ broken json', 'graph.json', 'graphology-json'],
  ['source,target\na,b', 'edges.txt', 'csv'],
  ['from\tto\na\tb', 'edges', 'csv'],
  ['a;b\n1;2', 'x', 'csv'],
  ['lonely', 'nodes.csv', 'csv'],
];

describe('detectFormat', () => {
  it.each(CASES)('%j named %s is %s', (text, name, expected) => {
    expect(detectFormat(text, name)).toBe(expected);
  });

  it('says which formats are supported when it cannot tell', () => {
    expect(() => detectFormat('just words', 'notes.md')).toThrow(DatasetError);
    expect(() => detectFormat('just words', 'notes.md')).toThrow(/GEXF \(\.gexf\), GraphML \(\.graphml\)/);
    expect(() => detectFormat('<html><body/></html>', 'page.html')).toThrow(/root element is <html>/);
  });
});
