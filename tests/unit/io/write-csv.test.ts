// CSV export: columns, formula neutralising (OWASP CSV injection), quoting that survives papaparse, and loadDataset.
import { existsSync, readFileSync } from 'node:fs';
import Graph from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { writeCsv } from '../../../src/io/write-csv';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';
import type { RelationAttributes } from '../../../src/model/schema';

const SEED = 'graph-data/sixth-call.json';
const HOSTILE_LABEL = 'Smith, "Jo"\nline two, and \'more\'';

/** Rows of a CSV text as objects keyed by header, every cell as text. */
function rows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function handmade(): ActorGraph {
  const g = createActorGraph();
  g.addNode('trump', { label: 'Donald Trump', kind: 'person', aliases: ['Trump', 'POTUS, 47'], x: -3.5, score: 2 });
  g.addNode('smith', { label: HOSTILE_LABEL, kind: 'person', note: '=HYPERLINK("http://evil.example","click")' });
  g.addNode('=cmd', { label: '+1', kind: 'group', note: '-2+3', '@SUM(A1)': '@SUM(A1:A9)' });
  g.addNode('tabs', { label: '\t=1+1', kind: 'issue', note: '\r=1', id: 'shadow' });
  const evidence = [
    { quote: 'first, "quoted"', source: 'a' },
    { quote: '=second', source: 'b' },
  ];
  g.addUndirectedEdgeWithKey('call', 'trump', 'smith', { relation: 'talks-with', certainty: 'expected', evidence });
  g.addDirectedEdgeWithKey('leads', 'trump', '=cmd', { relation: 'leads', stance: 'neutral', date: '2025-07', w: -1 });
  // Evidence that is not a list of quotes, as a foreign dataset may carry: written as JSON rather than lost.
  const odd = { not: 'a list' } as unknown as RelationAttributes['evidence'];
  g.addDirectedEdgeWithKey('odd', 'tabs', 'tabs', { evidence: odd, source: 'shadow' });
  return g;
}

describe('writeCsv', () => {
  it('writes the fixed columns first, then every other attribute', () => {
    const { nodes, edges } = writeCsv(handmade());
    expect(nodes.split('\r\n')[0]).toBe('id,label,kind,aliases,x,score,note,"\'@SUM(A1)",attribute:id');
    expect(edges.split('\r\n')[0]).toBe(
      'id,source,target,directed,relation,stance,certainty,date,evidence,w,attribute:source',
    );
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const nodes = rows(writeCsv(handmade()).nodes);
    const byId = new Map(nodes.map((row) => [row.id, row]));
    expect(byId.get('smith')?.note).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(byId.get("'=cmd")).toMatchObject({ label: "'+1", note: "'-2+3", "'@SUM(A1)": "'@SUM(A1:A9)" });
    expect(byId.get('tabs')).toMatchObject({ label: "'\t=1+1", note: "'\r=1", 'attribute:id': 'shadow' });
    expect(byId.get('trump')).toMatchObject({ x: '-3.5', score: '2' });
    const edges = rows(writeCsv(handmade()).edges);
    expect(edges[1]).toMatchObject({ target: "'=cmd", w: '-1' });
    expect(edges[0]?.evidence).toBe('first, "quoted"\n=second');
  });

  it('neutralises a formula even when a line break follows it', () => {
    const g = createActorGraph();
    g.addNode('a', { label: '=1+1\nsecond line' });
    expect(rows(writeCsv(g).nodes)[0]?.label).toBe("'=1+1\nsecond line");
  });

  it('keeps a label with commas, quotes and line breaks intact through papaparse', () => {
    const nodes = rows(writeCsv(handmade()).nodes);
    expect(nodes.find((row) => row.id === 'smith')?.label).toBe(HOSTILE_LABEL);
  });

  it('writes direction, relation fields, evidence quotes and structured values as JSON', () => {
    const { nodes, edges } = writeCsv(handmade());
    const [call, leads, odd] = rows(edges);
    expect(call).toMatchObject({
      id: 'call',
      source: 'trump',
      target: 'smith',
      directed: 'false',
      certainty: 'expected',
    });
    expect(leads).toMatchObject({ directed: 'true', relation: 'leads', stance: 'neutral', date: '2025-07' });
    expect(odd).toMatchObject({ evidence: '{"not":"a list"}', 'attribute:source': 'shadow' });
    expect(JSON.parse(rows(nodes)[0]?.aliases ?? '')).toEqual(['Trump', 'POTUS, 47']);
  });

  it('writes only the visible subgraph', () => {
    const { nodes, edges } = writeCsv(handmade(), { keys: new Set(['trump', 'smith']) });
    expect(rows(nodes).map((row) => row.id)).toEqual(['trump', 'smith']);
    expect(rows(edges).map((row) => row.id)).toEqual(['call']);
  });

  it('writes headers alone for an empty graph', () => {
    expect(writeCsv(createActorGraph())).toEqual({
      nodes: 'id,label,kind\r\n',
      edges: 'id,source,target,directed,relation,stance,certainty,date,evidence\r\n',
    });
  });

  it.skipIf(!existsSync(SEED))('round-trips the seed dataset through papaparse and through loadDataset', () => {
    const g: ActorGraph = Graph.from(JSON.parse(readFileSync(SEED, 'utf8')));
    const { nodes, edges } = writeCsv(g);
    const nodeRows = rows(nodes);
    expect(nodeRows.map((row) => [row.id, row.label, row.kind])).toEqual(
      g.mapNodes((key, attributes) => [key, attributes.label, attributes.kind]),
    );
    expect(rows(edges).map((row) => [row.id, row.source, row.target, row.directed === 'false'])).toEqual(
      g.mapEdges((key, _a, source, target, _sa, _ta, undirected) => [key, source, target, undirected]),
    );
    const loaded = loadDataset([
      { name: 'seed-nodes.csv', text: nodes },
      { name: 'seed-edges.csv', text: edges },
    ]).graph;
    expect(loaded.mapNodes((key, attributes) => [key, attributes.label, attributes.kind])).toEqual(
      g.mapNodes((key, attributes) => [key, attributes.label, attributes.kind]),
    );
    const ends = (graph: ActorGraph) =>
      graph.mapEdges((key, attributes, s, t, _sa, _ta, u) => [key, s, t, u, attributes.relation, attributes.certainty]);
    expect(ends(loaded)).toEqual(ends(g));
  });
});
