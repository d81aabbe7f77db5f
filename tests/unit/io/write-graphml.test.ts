// GraphML export read back with graphology-graphml and with loadDataset: typed keys, escaping, directions, parallel edges.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { escapeXml, stripInvalidXml, toXmlIds, writeGraphml } from '../../../src/io/write-graphml';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';

const SEED = 'graph-data/sixth-call.json';
const readBack = (text: string) => graphml.parse(Graph, text);

/** What GraphML carries of a value: scalars as they are, structured values as JSON text, XML-illegal characters gone. */
function carried(value: unknown): unknown {
  if (typeof value === 'string') return stripInvalidXml(value);
  return value !== null && typeof value === 'object' ? stripInvalidXml(JSON.stringify(value)) : value;
}

function expectCarried(written: Attributes, read: Attributes) {
  const expected = Object.fromEntries(
    Object.entries(written)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => [name, carried(value)]),
  );
  expect(read).toEqual(expected);
}

function expectSameGraph(g: ActorGraph, back: Graph) {
  expect(back.nodes()).toEqual(g.nodes());
  const ends = (graph: Graph) => graph.mapEdges((key, _a, s, t, _sa, _ta, u) => ({ key, s, t, u }));
  expect(ends(back)).toEqual(ends(g));
  expectCarried(g.getAttributes(), back.getAttributes());
  g.forEachNode((key, attributes) => expectCarried(attributes, back.getNodeAttributes(key)));
  g.forEachEdge((key, attributes) => expectCarried(attributes, back.getEdgeAttributes(key)));
}

function handmade(): ActorGraph {
  const g = createActorGraph();
  g.mergeAttributes({ title: 'A <title> & "more"', sources: [{ id: 'a', title: 'Article' }] });
  g.addNode('trump', { label: 'Donald Trump', kind: 'person', aliases: ['Trump', 'POTUS, 47'], x: 1.5, y: -3 });
  g.addNode('putin', { label: "Владимир 'Vova' Путин", kind: 'person', verified: true });
  g.addNode('pentagon', { label: 'Pentagon', kind: 'government-body', note: ' padded\r\n\ttext ' });
  const evidence = [{ quote: 'said "no" &\tthen\r\n<yes>', source: 'a' }];
  g.addUndirectedEdgeWithKey('call', 'trump', 'putin', { relation: 'talks-with', certainty: 'expected', evidence });
  g.addUndirectedEdgeWithKey('call-2', 'trump', 'putin', { relation: 'talks-with', date: '2025-07' });
  g.addDirectedEdgeWithKey('leads', 'trump', 'pentagon', { relation: 'leads', stance: 'neutral' });
  g.addDirectedEdgeWithKey('leads-2', 'trump', 'pentagon', { relation: 'leads' });
  return g;
}

describe('writeGraphml', () => {
  it('round-trips a handmade mixed multi-graph: ids, directions, parallel edges, attributes, JSON values', () => {
    const g = handmade();
    expectSameGraph(g, readBack(writeGraphml(g)));
  });

  it('declares keys with inferred types, string where values disagree', () => {
    const g = handmade();
    g.mergeNodeAttributes('putin', { score: 2 });
    g.mergeNodeAttributes('pentagon', { score: 'high' });
    const text = writeGraphml(g);
    expect(text).toContain('<key id="n3" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('attr.name="verified" attr.type="boolean"');
    expect(text).toContain('attr.name="score" attr.type="string"');
    expect(text).toContain('attr.name="evidence" attr.type="string"');
    expect(readBack(text).getNodeAttribute('putin', 'score')).toBe('2');
  });

  it('defaults to directed, and to undirected with directed="true" on each directed edge once any edge is not', () => {
    const directed = createActorGraph();
    directed.addNode('a', { label: 'A' });
    directed.addDirectedEdgeWithKey('e', 'a', 'a', {});
    expect(writeGraphml(directed)).toContain('<graph edgedefault="directed">');
    const text = writeGraphml(handmade());
    expect(text).toContain('<graph edgedefault="undirected">');
    expect(text).toContain('<edge id="call" source="trump" target="putin" directed="false">');
    expect(text).toContain('<edge id="leads" source="trump" target="pentagon" directed="true">');
  });

  it('escapes markup and quotes and strips what XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>\t\n\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;&#9;&#10;&#13;',
    );
    expect(escapeXml('NUL\u0000 bell\u0007 \uFFFE lone\uDC00 pair😀 nel\u0085')).toBe(
      'NUL bell  lone pair😀 nel&#x85;',
    );
    const g = createActorGraph();
    g.addNode('a\u0000', { label: 'x\u0001y', '<name attr="1">': '</data><data>' });
    g.addNode('a', { label: 'A' });
    g.addNode('', { label: 'empty key' });
    const back = readBack(writeGraphml(g));
    expect(back.nodes()).toEqual(['a~1', 'a', '~1']);
    expect(back.getNodeAttributes('a~1')).toEqual({ label: 'xy', '<name attr="1">': '</data><data>' });
  });

  it('gives XML-safe, distinct ids', () => {
    expect([...toXmlIds(['a\u0000', 'a', 'a~1', 'b\u0001', '']).values()]).toEqual(['a~2', 'a', 'a~1', 'b', '~1']);
  });

  it('writes only the visible subgraph', () => {
    const back = readBack(writeGraphml(handmade(), { keys: new Set(['trump', 'pentagon']) }));
    expect(back.nodes()).toEqual(['trump', 'pentagon']);
    expect(back.edges()).toEqual(['leads', 'leads-2']);
  });

  it.skipIf(!existsSync(SEED))('round-trips the seed dataset, also through loadDataset', () => {
    const g: ActorGraph = Graph.from(JSON.parse(readFileSync(SEED, 'utf8')));
    const text = writeGraphml(g);
    expectSameGraph(g, readBack(text));
    const loaded = loadDataset([{ name: 'seed.graphml', text }]).graph;
    expect(loaded.nodes()).toEqual(g.nodes());
    expect(loaded.mapEdges((key, _a, s, t, _sa, _ta, u) => [key, s, t, u])).toEqual(
      g.mapEdges((key, _a, s, t, _sa, _ta, u) => [key, s, t, u]),
    );
    g.forEachNode((key, attributes) => expect(loaded.getNodeAttribute(key, 'label')).toBe(attributes.label));
    g.forEachEdge((key, attributes) => {
      const back = loaded.getEdgeAttributes(key);
      expect([back.relation, back.stance, back.certainty, back.date]).toEqual([
        attributes.relation,
        attributes.stance,
        attributes.certainty,
        attributes.date,
      ]);
      // The loader keeps JSON text it cannot type under `<name>_original`; decoded, it is the evidence written.
      expect(back.evidence ?? JSON.parse(String(back.evidence_original))).toEqual(attributes.evidence);
    });
  });

  it('round-trips random graphs: ids, directions, every attribute as GraphML carries it', () => {
    fc.assert(
      fc.property(randomGraph, (g) => expectSameGraph(g, readBack(writeGraphml(g)))),
      { numRuns: 200 },
    );
  });
});

// Any UTF-16 text in values (controls, lone surrogates, markup); names and keys from printable text, since XML-illegal
// characters in them are renamed (tested above). Names carry their type in a prefix: one GraphML key, one type.
const hostile = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('<&>"\'', ' a, b\t', '\r\n'));
// graphology keeps neighbours in plain objects, so keys such as `__proto__` corrupt the graph itself.
const key = text.filter((id) => id !== '' && !(id in Object.prototype));
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const named = <T>(prefix: string, value: fc.Arbitrary<T>) =>
  fc.dictionary(
    text.map((name) => prefix + name),
    value,
    { maxKeys: 2 },
  );
const attributes = fc
  .tuple(
    named('s_', hostile),
    named('n_', number),
    named('b_', fc.boolean()),
    named(
      'o_',
      fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null && typeof v === 'object'),
    ),
  )
  .map((parts) => JSON.parse(JSON.stringify(Object.assign({}, ...parts))) as Attributes);
const randomGraph = fc
  .record({
    type: fc.constantFrom('mixed', 'directed', 'undirected') as fc.Arbitrary<'mixed' | 'directed' | 'undirected'>,
    graph: attributes,
    nodes: fc.uniqueArray(fc.tuple(key, hostile, attributes), { selector: ([id]) => id, maxLength: 8 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.option(key), attributes), { maxLength: 12 }),
  })
  .map(({ type, graph, nodes, edges }) => {
    const g: ActorGraph = new Graph({ type, multi: true, allowSelfLoops: true });
    g.replaceAttributes(graph);
    for (const [id, label, more] of nodes) g.addNode(id, { ...more, label });
    for (const [s, t, u, id, more] of edges) {
      const [source, target] = [nodes[s % nodes.length]?.[0], nodes[t % nodes.length]?.[0]];
      if (source === undefined || target === undefined) continue;
      const edgeKey = id !== null && !g.hasEdge(id) ? id : `${g.size}#`;
      if (g.hasEdge(edgeKey)) continue;
      if (type === 'undirected' || (type === 'mixed' && u)) g.addUndirectedEdgeWithKey(edgeKey, source, target, more);
      else g.addDirectedEdgeWithKey(edgeKey, source, target, more);
    }
    return g;
  });
