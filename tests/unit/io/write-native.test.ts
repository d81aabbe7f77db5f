// Native JSON export: exact round trips through Graph.from, the visible subgraph, the format stamp, the export table.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { NATIVE_FORMAT, writeNative } from '../../../src/io/write-native';
import { DATA_EXPORTS, getDataExport } from '../../../src/io/writers';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';

const SEED = 'graph-data/sixth-call.json';

function handmade(): ActorGraph {
  const g = createActorGraph();
  g.mergeAttributes({ title: 'Ünïcödé <&> "quoted"', sources: [{ id: 'a', title: 'Article' }] });
  g.addNode('trump', { label: 'Donald Trump', kind: 'person', aliases: ['Trump', 'POTUS, 47th'], x: 1.5, y: -3 });
  g.addNode('putin', { label: 'Владимир Путин', kind: 'person' });
  g.addNode('pentagon', { label: 'Pentagon', kind: 'government-body', color: '#336699', size: 12 });
  g.addNode('bare', { label: '' });
  const evidence = [{ quote: 'said "no", then <yes> & more', source: 'a' }];
  g.addUndirectedEdgeWithKey('call', 'trump', 'putin', { relation: 'talks-with', certainty: 'expected', evidence });
  g.addUndirectedEdgeWithKey('call-2', 'trump', 'putin', { relation: 'talks-with', date: '2025-07' });
  g.addDirectedEdgeWithKey('leads', 'trump', 'pentagon', { relation: 'leads', stance: 'neutral' });
  g.addDirectedEdge('pentagon', 'pentagon', { relation: 'monitors' });
  return g;
}

/** A random actor graph: unicode keys, any JSON values, mixed directions, parallel edges and self loops. */
const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const hostile = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });
// graphology keeps neighbours in plain objects: keys such as `__proto__` corrupt the graph itself, so none of those.
const key = fc
  .oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), hostile, fc.constantFrom('<&>"\'', '=1+2'))
  .filter((id) => !(id in Object.prototype));
const attributes = fc.dictionary(
  key.map((name) => `a${name}`),
  jsonValue,
  { maxKeys: 4 },
);
/** Adds an edge with its key, or with a made-up one when it has none or the key is taken. */
function addEdge(g: ActorGraph, [s, t]: [string, string], undirected: boolean, key: string | null, extra: Attributes) {
  if (key === null || g.hasEdge(key)) {
    if (undirected) g.addUndirectedEdge(s, t, extra);
    else g.addDirectedEdge(s, t, extra);
  } else if (undirected) g.addUndirectedEdgeWithKey(key, s, t, extra);
  else g.addDirectedEdgeWithKey(key, s, t, extra);
}

const randomGraph = fc
  .record({
    type: fc.constantFrom('mixed', 'directed', 'undirected') as fc.Arbitrary<'mixed' | 'directed' | 'undirected'>,
    graph: attributes,
    nodes: fc.uniqueArray(fc.record({ key, label: hostile, extra: attributes }), {
      selector: (n) => n.key,
      maxLength: 8,
    }),
    edges: fc.array(fc.record({ s: fc.nat(), t: fc.nat(), u: fc.boolean(), key: fc.option(key), extra: attributes }), {
      maxLength: 12,
    }),
  })
  .map(({ type, graph, nodes, edges }) => {
    const g: ActorGraph = new Graph({ type, multi: true, allowSelfLoops: true });
    g.replaceAttributes(graph);
    for (const node of nodes) g.addNode(node.key, { ...node.extra, label: node.label });
    for (const edge of edges) {
      const [s, t] = [nodes[edge.s % nodes.length]?.key, nodes[edge.t % nodes.length]?.key];
      if (s === undefined || t === undefined) continue;
      const undirected = type === 'undirected' || (type === 'mixed' && edge.u);
      addEdge(g, [s, t], undirected, edge.key, edge.extra);
    }
    return g;
  });

const readBack = (text: string) => Graph.from(JSON.parse(text));

describe('writeNative', () => {
  it('round-trips a handmade mixed multi-graph exactly: keys, undirected flags, attributes, evidence', () => {
    const g = handmade();
    expect(readBack(writeNative(g)).export()).toEqual(g.export());
  });

  it('writes pretty JSON in graphology’s export shape', () => {
    const text = writeNative(handmade());
    expect(text).toMatch(/^\{\n {2}"options": \{/);
    expect(Object.keys(JSON.parse(text))).toEqual(['options', 'attributes', 'nodes', 'edges']);
  });

  it('keeps only the visible nodes and the edges between them', () => {
    const back = readBack(writeNative(handmade(), { keys: new Set(['trump', 'putin']) }));
    expect(back.nodes()).toEqual(['trump', 'putin']);
    expect(back.edges()).toEqual(['call', 'call-2']);
    expect(back.getAttribute('title')).toBe('Ünïcödé <&> "quoted"');
  });

  it('stamps the native format only when asked, and never touches the graph', () => {
    const g = handmade();
    expect(readBack(writeNative(g)).getAttribute('format')).toBeUndefined();
    expect(readBack(writeNative(g, { native: true })).getAttribute('format')).toBe(NATIVE_FORMAT);
    expect(g.getAttribute('format')).toBeUndefined();
    g.setAttribute('format', 'something/else');
    expect(readBack(writeNative(g)).getAttribute('format')).toBe('something/else');
  });

  it.skipIf(!existsSync(SEED))(
    'round-trips the seed dataset exactly, format stamp included, also through loadDataset',
    () => {
      const g: ActorGraph = Graph.from(JSON.parse(readFileSync(SEED, 'utf8')));
      const text = writeNative(g, { native: true });
      const back = readBack(text);
      expect(back.export()).toEqual(g.export());
      expect(back.getAttribute('format')).toBe(NATIVE_FORMAT);
      const loaded = loadDataset([{ name: 'seed.json', text }]);
      expect(loaded.warnings).toEqual([]);
      expect(loaded.graph.export()).toEqual(g.export());
    },
  );

  it('round-trips random graphs exactly', () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        expect(readBack(writeNative(g)).export()).toEqual(g.export());
      }),
      { numRuns: 200 },
    );
  });
});

describe('DATA_EXPORTS', () => {
  it('lists json, gexf, graphml and csv; CSV writes two files', () => {
    expect(DATA_EXPORTS.map((entry) => entry.id)).toEqual(['json', 'gexf', 'graphml', 'csv']);
    const files = getDataExport('csv').write(handmade());
    expect(files.map((file) => file.suffix)).toEqual(['-nodes.csv', '-edges.csv']);
  });

  it('restricts every format to the visible nodes', () => {
    const keys = new Set(['trump', 'pentagon']);
    for (const entry of DATA_EXPORTS) {
      const text = entry
        .write(handmade(), { keys })
        .map((file) => file.text)
        .join('\n');
      expect(text, entry.id).toContain('Pentagon');
      expect(text, entry.id).not.toContain('Путин');
      expect(text, entry.id).not.toContain('call-2');
    }
  });
});
