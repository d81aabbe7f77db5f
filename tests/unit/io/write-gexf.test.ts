// GEXF export read back with graphology-gexf's own parser: viz, attribute types, JSON values, hostile text, mixed edges.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { writeGexf } from '../../../src/io/write-gexf';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';
import { ACTOR_KINDS, type ActorAttributes, CERTAINTIES, RELATION_NAMES, STANCES } from '../../../src/model/schema';

const SEED = 'graph-data/sixth-call.json';
const readBack = (text: string) => gexf.parse(Graph, text);

/** Structured values come back as GEXF lists or as JSON text: decode the latter. */
function decode(value: unknown): unknown {
  return typeof value === 'string' && /^[[{]/.test(value) ? JSON.parse(value) : value;
}

/** Every attribute of `written` is read back as GEXF can carry it; nothing else appears. */
function expectCarried(written: Attributes, read: Attributes) {
  for (const [name, value] of Object.entries(written)) {
    if (value === '' || value === null || value === undefined) expect(read[name], name).toBeUndefined();
    else if (Array.isArray(value) && value.length === 0) expect(decode(read[name]) ?? [], name).toEqual([]);
    else if (typeof value === 'object') expect(decode(read[name]), name).toEqual(value);
    else expect(read[name], name).toEqual(value);
  }
  for (const name of Object.keys(read)) expect(written, `unexpected ${name}`).toHaveProperty([name]);
}

function expectSameGraph(g: ActorGraph, back: Graph) {
  expect(back.order).toBe(g.order);
  expect(back.size).toBe(g.size);
  expect(back.nodes()).toEqual(g.nodes());
  g.forEachNode((key, attributes) => expectCarried(attributes, back.getNodeAttributes(key)));
  const ends = (graph: Graph) => graph.mapEdges((key, _a, s, t, _sa, _ta, u) => ({ key, s, t, u }));
  expect(ends(back)).toEqual(ends(g));
  g.forEachEdge((key, attributes) => expectCarried(attributes, back.getEdgeAttributes(key)));
}

function handmade(): ActorGraph {
  const g = createActorGraph();
  g.mergeAttributes({ title: 'A <title> & more', asOf: '2025', sources: [{ id: 'a', title: 'Article' }] });
  g.addNode('trump', { label: 'Donald Trump', kind: 'person', aliases: ['Trump', 'POTUS 47'], x: 1.5, y: -3, size: 4 });
  g.addNode('putin', { label: 'Владимир "Vova" Путин', kind: 'person', aliases: ['Putin, V.'] });
  g.addNode('pentagon', { label: 'Pentagon', kind: 'government-body', color: '#336699' });
  g.addNode('kyiv', { label: 'Kyiv', kind: 'place', color: 'rgba(10,20,30,0.5)', x: 0, y: 0 });
  const evidence = [{ quote: 'said "no" &\tthen\r\n<yes>', source: 'a' }];
  g.addUndirectedEdgeWithKey('call', 'trump', 'putin', { relation: 'talks-with', certainty: 'expected', evidence });
  g.addUndirectedEdgeWithKey('call-2', 'trump', 'putin', { relation: 'talks-with', date: '2025-07' });
  g.addDirectedEdgeWithKey('leads', 'trump', 'pentagon', { relation: 'leads', weight: 2, kind: 'structural' });
  g.addDirectedEdgeWithKey('loop', 'pentagon', 'pentagon', { relation: 'monitors', color: '#f00', thickness: 3 });
  return g;
}

describe('writeGexf', () => {
  it('round-trips a handmade mixed multi-graph: keys, per-edge type, labels, viz, lists and JSON evidence', () => {
    const g = handmade();
    const text = writeGexf(g);
    expect(text).toContain('<gexf version="1.3"');
    expect(text).toContain('<edge id="call" type="undirected"');
    expectSameGraph(g, readBack(text));
  });

  it('writes colour, size and position as viz so Gephi draws the same picture', () => {
    const text = writeGexf(handmade());
    expect(text).toContain('<viz:color hex="#336699"/>');
    expect(text).toContain('<viz:size value="4"/>');
    expect(text).toContain('<viz:position x="1.5" y="-3"/>');
    expect(text).toContain('<viz:color r="10" g="20" b="30" a="0.5"/>');
  });

  it('writes safe string lists as GEXF lists and anything else as JSON text', () => {
    const text = writeGexf(handmade());
    expect(text).toMatch(/<attribute id="aliases" title="aliases" type="string"\/>/);
    const listed = createActorGraph();
    listed.addNode('a', { label: 'A', aliases: ['Alpha', 'The A'] });
    const out = writeGexf(listed);
    expect(out).toContain('type="liststring"');
    expect(readBack(out).getNodeAttribute('a', 'aliases')).toEqual(['Alpha', 'The A']);
  });

  it('writes each node in the colour and size it is drawn in, over what it stores', () => {
    const lookOf = (key: string, attrs: ActorAttributes) => ({
      color: attrs.kind === 'person' ? '#c00000' : '#00c000',
      size: key === 'trump' ? 52 : 12,
    });
    const text = writeGexf(handmade(), { lookOf });
    const nodes = text.split('<node ').slice(1);
    expect(nodes).toHaveLength(4);
    for (const node of nodes) expect(node.split('</node>')[0]).toMatch(/<viz:color [\s\S]*<viz:size /);
    const back = readBack(text);
    expect(back.mapNodes((key, attrs) => [key, attrs.color, attrs.size])).toEqual([
      ['trump', '#c00000', 52],
      ['putin', '#c00000', 12],
      ['pentagon', '#00c000', 12],
      ['kyiv', '#00c000', 12],
    ]);
    // Opened again, the file's colours and sizes are what the app reads as stored ones.
    const loaded = loadDataset([{ name: 'drawn.gexf', text }]).graph;
    expect(loaded.getNodeAttribute('putin', 'color')).toBe('#c00000');
    expect(loaded.getNodeAttribute('trump', 'size')).toBe(52);
  });

  it("keeps a node's own colour and size where the look leaves them unset", () => {
    const back = readBack(writeGexf(handmade(), { lookOf: () => ({}) }));
    expect(back.getNodeAttribute('pentagon', 'color')).toBe('#336699');
    expect(back.getNodeAttribute('trump', 'size')).toBe(4);
    expect(back.getNodeAttribute('putin', 'color')).toBeUndefined();
  });

  it('keeps scalar graph attributes as meta and structured ones as JSON text', () => {
    const back = readBack(writeGexf(handmade()));
    expect(back.getAttribute('title')).toBe('A <title> & more');
    expect(back.getAttribute('asof')).toBe('2025');
    expect(JSON.parse(back.getAttribute('sources'))).toEqual([{ id: 'a', title: 'Article' }]);
  });

  it('writes values of mixed types under one name as text instead of mangling them', () => {
    const g = createActorGraph();
    g.addNode('a', { label: 'A', v: 1 });
    g.addNode('b', { label: 'B', v: true });
    g.addNode('c', { label: 'C', v: 'x' });
    const back = readBack(writeGexf(g));
    expect(back.mapNodes((_key, attributes) => attributes.v)).toEqual(['1', 'true', 'x']);
  });

  it('strips characters XML cannot carry and keeps keys distinct', () => {
    const g = createActorGraph();
    g.addNode('a\u0000', { label: 'NUL\u0000 bell\u0007 \uFFFF lone\uD800 pair😀' });
    g.addNode('a', { label: 'A', note: 'x\u001Fy' });
    g.addNode('b', { label: 'B', '': 'empty name', '1bad<meta>': 1 });
    g.addNode('', { label: 'empty key' });
    g.setAttribute('1abc', 'bad meta name');
    g.setAttribute('é', 'no ascii letter');
    g.setAttribute('lastModifiedDate', true);
    g.addDirectedEdgeWithKey('e\u0001', 'a\u0000', 'a', {});
    const back = readBack(writeGexf(g));
    expect(back.nodes()).toEqual(['a~1', 'a', 'b', '~1']);
    expect(back.getNodeAttributes('b')).toEqual({ label: 'B', '1bad<meta>': 1 });
    expect(back.getNodeAttribute('a~1', 'label')).toBe('NUL bell  lone pair😀');
    expect(back.getNodeAttribute('a', 'note')).toBe('xy');
    expect(back.edges()).toEqual(['e']);
    expect(back.source('e')).toBe('a~1');
  });

  it('writes only the visible subgraph', () => {
    const back = readBack(writeGexf(handmade(), { keys: new Set(['trump', 'putin']) }));
    expect(back.nodes()).toEqual(['trump', 'putin']);
    expect(back.edges()).toEqual(['call', 'call-2']);
  });

  it.skipIf(!existsSync(SEED))('round-trips the seed dataset, also through loadDataset', () => {
    const g: ActorGraph = Graph.from(JSON.parse(readFileSync(SEED, 'utf8')));
    const text = writeGexf(g);
    const back = readBack(text);
    expectSameGraph(g, back);
    expect(back.getAttribute('format')).toBe('backchannel/1');
    const loaded = loadDataset([{ name: 'seed.gexf', text }]).graph;
    const ends = (graph: Graph) => graph.mapEdges((key, _a, s, t, _sa, _ta, u) => [key, s, t, u]);
    expect(ends(loaded)).toEqual(ends(g));
    g.forEachNode((key, attributes) => {
      expect(loaded.getNodeAttributes(key)).toMatchObject({ label: attributes.label, kind: attributes.kind });
      expect(loaded.getNodeAttribute(key, 'aliases')).toEqual(attributes.aliases);
    });
    g.forEachEdge((key, attributes) => {
      const read = loaded.getEdgeAttributes(key);
      expect([read.relation, read.stance, read.certainty, read.date]).toEqual([
        attributes.relation,
        attributes.stance,
        attributes.certainty,
        attributes.date,
      ]);
      // The loader keeps JSON text it cannot type under `<name>_original`; decoded, it is the evidence written.
      expect(read.evidence ?? JSON.parse(String(read.evidence_original))).toEqual(attributes.evidence);
    });
  });

  it('carries random graphs: counts, keys, labels, scalar attributes and structured values', () => {
    fc.assert(
      fc.property(randomGraph, (g) => expectSameGraph(g, readBack(writeGexf(g)))),
      { numRuns: 200 },
    );
  });
});

// Random graphs over text XML can carry (hostile markup and whitespace included); attribute names carry their type
// in a prefix, since GEXF declares one type per attribute (mixed types are tested above).
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom('<&>"\'', 'a, b', ' lead', 'trail ', 'tab\there', 'line\r\nbreak', '=HYPERLINK("x")', 'back\\slash'),
);
// graphology keeps neighbours in plain objects, so keys such as `__proto__` corrupt the graph itself; and the
// GEXF and GraphML readers turn an empty id into a generated one (the writers rename it, tested above).
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
const extras = fc
  .tuple(named('s_', text), named('n_', number), named('b_', fc.boolean()), named('o_', fc.object({ maxDepth: 2 })))
  .map((parts) => JSON.parse(JSON.stringify(Object.assign({}, ...parts))) as Attributes);
const evidence = fc.array(fc.record({ quote: text, source: text }), { maxLength: 2 });
const opt = { requiredKeys: [] as [] };
const nodeAttributes = fc.record(
  {
    label: text,
    kind: fc.constantFrom(...ACTOR_KINDS),
    aliases: fc.array(text, { maxLength: 3 }),
    x: number,
    y: number,
    size: fc.double({ min: 0, max: 1000, noNaN: true }),
    color: fc.constantFrom('#abc', '#12ab9f', 'rgb(1,2,3)', 'rgba(10,20,30,0.5)', 'tomato'),
  },
  opt,
);
const edgeAttributes = fc.record(
  {
    relation: fc.constantFrom(...RELATION_NAMES),
    stance: fc.constantFrom(...STANCES),
    certainty: fc.constantFrom(...CERTAINTIES),
    date: fc.constantFrom('2025', '2025-07', '2025-07-03'),
    evidence,
    weight: number,
  },
  opt,
);
const randomGraph = fc
  .record({
    type: fc.constantFrom('mixed', 'directed', 'undirected') as fc.Arbitrary<'mixed' | 'directed' | 'undirected'>,
    nodes: fc.uniqueArray(fc.tuple(key, nodeAttributes, extras), { selector: ([id]) => id, maxLength: 8 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.option(key), edgeAttributes, extras), {
      maxLength: 12,
    }),
  })
  .map(({ type, nodes, edges }) => {
    const g: ActorGraph = new Graph({ type, multi: true, allowSelfLoops: true });
    // Foreign datasets may have nodes without a label: the writer must carry them too.
    for (const [key, attributes, more] of nodes) g.addNode(key, { ...more, ...attributes } as ActorAttributes);
    for (const [s, t, u, key, attributes, more] of edges) {
      const [source, target] = [nodes[s % nodes.length]?.[0], nodes[t % nodes.length]?.[0]];
      if (source === undefined || target === undefined) continue;
      const undirected = type === 'undirected' || (type === 'mixed' && u);
      const id = key !== null && !g.hasEdge(key) ? key : `${g.size}#`;
      if (g.hasEdge(id)) continue;
      if (undirected) g.addUndirectedEdgeWithKey(id, source, target, { ...more, ...attributes });
      else g.addDirectedEdgeWithKey(id, source, target, { ...more, ...attributes });
    }
    return g;
  });
