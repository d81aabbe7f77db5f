// What each parser keeps from its format: viz, dynamics, keys and defaults, compounds, big ids, kinds from CSV columns.

import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { fixture } from './fixture';

const load = (...names: string[]) => loadDataset(names.map(fixture)).graph;

describe('GEXF', () => {
  it('keeps viz colour, size and position, declared defaults, dynamics and spells', () => {
    const graph = load('backchannel__dynamic-viz.gexf');
    expect(graph.getNodeAttributes('a')).toMatchObject({
      label: 'Alice',
      color: '#1f77b4',
      size: 12.5,
      x: 10.25,
      y: -3,
      score: 0.5,
      kind: 'person',
      spells: [
        { start: '2020-01-01', end: '2021-06-30' },
        { start: '2023-01-01', end: '2024-12-31' },
      ],
    });
    // Spells replace the node's own start and end, which only bound them; a calendar axis is the default, unnamed.
    expect(graph.getNodeAttribute('a', 'start')).toBeUndefined();
    expect(graph.getNodeAttributes('b')).toMatchObject({ kind: 'government-body', color: 'rgba(255,127,14,0.8)' });
    expect(graph.getAttribute('timeFormat')).toBeUndefined();
  });

  it('keeps edge direction per edge, gives unnamed edges stable ids and missing weights the GEXF default 1', () => {
    const graph = load('backchannel__dynamic-viz.gexf');
    expect(graph.isDirected('ab')).toBe(true);
    expect(graph.getEdgeAttributes('ab')).toMatchObject({ weight: 2, start: '2021-03-01' });
    expect(graph.isUndirected('e0')).toBe(true);
    // One spell is one interval: plain start and end.
    expect(graph.getEdgeAttributes('e0')).toMatchObject({ weight: 1, start: '2022-05-01', end: '2022-05-31' });
    expect(graph.getEdgeAttribute('e0', 'spells')).toBeUndefined();
  });

  it('reads graphology basic.gexf: rgba colour, a directed and an undirected edge on the same pair, a list', () => {
    const graph = load('graphology+graphology__basic.gexf');
    expect(graph.getNodeAttributes('Suzy')).toMatchObject({
      label: 'Suzy, Ghost',
      color: 'rgba(234,34,12,0.6)',
      size: 34,
      x: 12,
      y: 35,
    });
    expect(graph.isDirected('J-S') && graph.isUndirected('J~S')).toBe(true);
    expect(graph.getEdgeAttribute('J-S', 'set')).toEqual(['truc', 'machin']);
  });
});

describe('GraphML', () => {
  it('reads mixed and parallel edges and applies a key default', () => {
    const graph = load('graphology+graphology__mixed_multigraph.graphml');
    expect(graph.isDirected('e3') && graph.isDirected('e6')).toBe(true);
    expect(graph.undirectedSize).toBe(6);
    expect(graph.extremities('e4')).toEqual(graph.extremities('e7'));
    expect(graph.getNodeAttribute('n1', 'color')).toBe('yellow');
    expect(graph.getEdgeAttribute('e6', 'weight')).toBe(1.1);
  });

  it('reads keys without `for` on edges, and per-edge directed="false"', () => {
    const graph = load('Calpano+graphinout__got-graph.graphml');
    expect(graph.undirectedSize).toBe(84);
    expect(graph.getNodeAttributes('0')).toMatchObject({ label: 'Robin Arryn', name: 'Robin Arryn' });
    expect(graph.getEdgeAttribute('e0', 'relation')).toBe('killed');
  });

  it('flattens nested graphs into compound parents, keeps a long beyond 2^53 as text, casts defaults', () => {
    const graph = load('backchannel__nested-ports.graphml');
    expect(graph.getNodeAttribute('org::unit', 'parent')).toBe('org');
    expect(graph.getNodeAttribute('org', 'big')).toBe('9007199254740993');
    expect(graph.getNodeAttribute('org', 'weight')).toBe(1.5);
    expect(graph.getEdgeAttribute('e1', 'weight')).toBe(3);
    expect(graph.isUndirected('e1')).toBe(true);
  });
});

describe('GraphML from yEd', () => {
  it('takes the label, centre and fill colour from yFiles node graphics', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
      <key for="node" id="d6" yfiles.type="nodegraphics"/>
      <graph edgedefault="directed"><node id="n0"><data key="d6"><y:ShapeNode>
        <y:Geometry height="30.0" width="40.0" x="100.0" y="50.0"/><y:Fill color="#FFCC00" transparent="false"/>
        <y:NodeLabel>Harbour</y:NodeLabel></y:ShapeNode></data></node></graph></graphml>`;
    const { graph } = loadDataset([{ name: 'yed.graphml', text }]);
    expect(graph.getNodeAttributes('n0')).toEqual({ label: 'Harbour', x: 120, y: 65, color: '#FFCC00' });
  });
});

describe('Cytoscape JSON', () => {
  it('keeps compound parents, positions and array data; ids become strings', () => {
    const graph = load('backchannel__cytoscape-elements.cyjs');
    expect(graph.getNodeAttributes('1')).toMatchObject({ label: 'One', x: 5, y: 6, tags: ['a', 'b'] });
    expect(graph.getNodeAttribute('2', 'parent')).toBe('1');
    expect(graph.hasNode('18446744073709551617')).toBe(true);
    expect(graph.getAttribute('name')).toBe('Small network');
  });

  it('reads compound parents two levels deep and edges ending on a parent', () => {
    const graph = load('cytoscape+cytoscape.js__cose-bilkent-layout-compound_data.json');
    const parents = new Set(graph.mapNodes((_, a) => a.parent).filter((p) => typeof p === 'string'));
    expect(parents.size).toBe(4);
    expect(graph.someEdge((_, __, source, target) => parents.has(source) || parents.has(target))).toBe(true);
  });

  it('keeps parallel edges and array-valued edge data of a Cytoscape desktop export', () => {
    const graph = load('cytoscape+cytoscape.js__genemania-export_data.json');
    expect(graph.getEdgeAttribute('343', 'networks')).toEqual([
      'I2D-BioGRID-Yeast2Human',
      'I2D-Krogan-Greenblatt-2006-Core-Yeast2Human',
    ]);
    expect(graph.getNodeAttributes('296')).toMatchObject({ x: 147.454345703125, gene_name: 'MED6' });
  });
});

describe('graphology JSON', () => {
  it('keeps ids above 2^53 exactly, whether written as numbers or strings', () => {
    const graph = load('backchannel__big-ids.json');
    expect(graph.nodes()).toEqual(['9007199254740993', '12345678901234567890123', '42']);
    expect(graph.hasEdge('18446744073709551617')).toBe(true);
    expect(graph.getNodeAttributes('42')).toMatchObject({ x: 1.5, y: -2, size: 3, label: '42' });
  });

  it('keeps undirected edges, array attributes and labels from a name list', () => {
    const graph = load('pg-format+pgraphs__example.graphology');
    expect(graph.undirectedSize).toBe(1);
    expect(graph.getNodeAttributes('101')).toMatchObject({ name: ['Alice', 'Carol'], label: 'Alice, Carol' });
  });
});

describe('CSV', () => {
  it('reads quoted cells and numeric columns of an edge list', () => {
    const graph = load('backchannel__edges-only.csv');
    expect(graph.getEdgeAttributes('e0')).toEqual({ weight: 3, note: 'summit, in person' });
    expect(graph.getEdgeAttributes('e2')).toEqual({ weight: 2, note: 'said "maybe"' });
    expect(graph.edges('Paris', 'Berlin')).toHaveLength(2);
  });

  it('turns "Entity A Type" columns into the kind of each end', () => {
    const graph = load('backchannel__entity-pairs.csv');
    expect(graph.getNodeAttributes('Jane Doe')).toEqual({ label: 'Jane Doe', kind: 'person' });
    expect(graph.getNodeAttribute('Freedonia', 'kind')).toBe('state');
    expect(graph.getEdgeAttributes('e0')).toEqual({ relation: 'leads' });
  });

  it('joins a nodes table and an edges table, by id or by label, with a Gephi Type column', () => {
    const graph = load('backchannel__pair-nodes.csv', 'backchannel__pair-edges.csv');
    expect(graph.getNodeAttributes('n2')).toMatchObject({ label: 'Jane Doe', kind: 'person' });
    expect(graph.extremities('e1')).toEqual(['n2', 'n3']);
    expect(graph.isUndirected('e1') && graph.isDirected('e0')).toBe(true);
  });

  it('reads a TSV by its extension and from/to headers', () => {
    const graph = load('backchannel__edges.tsv');
    expect(graph.extremities('e0')).toEqual(['Alpha', 'Beta']);
  });

  it('skips a node row without an id and still resolves edges by label', () => {
    const nodes = { name: 'nodes.csv', text: 'id,name\na,Alpha\n,Ghost\nc,Gamma\n' };
    const edges = { name: 'edges.csv', text: 'source,target\nAlpha,Gamma\n' };
    const result = loadDataset([nodes, edges]);
    expect(result.graph.nodes()).toEqual(['a', 'c']);
    expect(result.graph.extremities('e0')).toEqual(['a', 'c']);
    expect(result.warnings).toEqual(['nodes.csv: skipped 1 row with an empty id (row 3)']);
  });
});
