// Time survives every export: load → write GEXF, GraphML, CSV or graphology JSON → load gives the same intervals.
import { describe, expect, it } from 'vitest';
import { type LoadResult, loadDataset } from '../../../src/io/load-dataset';
import type { InputFile } from '../../../src/io/load-types';
import { writeCsv } from '../../../src/io/write-csv';
import { writeGexf } from '../../../src/io/write-gexf';
import { writeGraphml } from '../../../src/io/write-graphml';
import { writeNative } from '../../../src/io/write-native';
import type { ActorGraph } from '../../../src/model/actor-graph';
import { fixture } from './fixture';

const TIME = ['start', 'end', 'spells', 'slices', 'stance', 'certainty', 'strength'] as const;

/** Every element's time attributes (and the plain values of the sliced ones), and the graph's time format. */
function timeOf(graph: ActorGraph) {
  const pick = (attributes: Record<string, unknown>) =>
    Object.fromEntries(TIME.filter((name) => attributes[name] !== undefined).map((name) => [name, attributes[name]]));
  return {
    timeFormat: graph.getAttribute('timeFormat'),
    nodes: graph.mapNodes((key, attributes) => [key, pick(attributes)]),
    edges: graph.mapEdges((key, attributes) => [key, pick(attributes)]),
  };
}

const load = (...files: InputFile[]): LoadResult => loadDataset(files);

const EXPORTS: [string, (graph: ActorGraph) => InputFile[]][] = [
  ['GEXF', (graph) => [{ name: 'back.gexf', text: writeGexf(graph) }]],
  ['GraphML', (graph) => [{ name: 'back.graphml', text: writeGraphml(graph) }]],
  [
    'CSV',
    (graph) => {
      const { nodes, edges } = writeCsv(graph);
      return [
        { name: 'nodes.csv', text: nodes },
        { name: 'edges.csv', text: edges },
      ];
    },
  ],
  ['graphology JSON', (graph) => [{ name: 'back.json', text: writeNative(graph) }]],
];

describe.each(['backchannel__integer-time.gexf', 'backchannel__dated-spells.gexf'])('time from %s', (name) => {
  const original = load(fixture(name));

  it('loads with time on every kind of element and no warning', () => {
    expect(original.warnings).toEqual([]);
    const time = timeOf(original.graph);
    expect(time.nodes.some(([, t]) => 'start' in (t as object))).toBe(true);
    expect(time.edges.some(([, t]) => 'spells' in (t as object))).toBe(true);
    expect(time.edges.some(([, t]) => 'slices' in (t as object))).toBe(true);
  });

  it.each(EXPORTS)('comes back the same from %s', (_format, write) => {
    const back = load(...write(original.graph));
    expect(back.warnings).toEqual([]);
    expect(timeOf(back.graph)).toEqual(timeOf(original.graph));
  });
});

describe('GEXF export', () => {
  it('writes timeformat and mode on <graph>, start/end attributes, <spells> and dynamic <attvalue>s', () => {
    const text = writeGexf(load(fixture('backchannel__integer-time.gexf')).graph);
    expect(text).toMatch(/<graph mode="dynamic" timeformat="integer"/);
    expect(text).toMatch(/<attributes class="edge" mode="dynamic">/);
    expect(text).toMatch(/<node id="south" label="Southern Party" start="1" end="8">/);
    expect(text).toContain('<spell start="6" end="9"/>');
    expect(text).toContain('<attvalue for="stance" value="conflictual" start="5" end="8"/>');
    // The time format is the <graph>'s, not a <meta> entry; start, end, spells and slices are no attribute values.
    expect(text).not.toMatch(/<timeFormat>|for="(start|end|spells|slices)"/);
  });

  it('writes dateTime when a bound has a time of day, and nothing dynamic for a graph without time', () => {
    const dated = writeGexf(load(fixture('backchannel__dated-spells.gexf')).graph);
    expect(dated).toMatch(/<graph mode="dynamic" timeformat="dateTime"/);
    expect(dated).toContain('start="2018-09-14T09:30Z" end="2021-02"');
    const plain = writeGexf(load(fixture('backchannel__shared-ids.gexf')).graph);
    expect(plain).not.toMatch(/mode="dynamic"|timeformat|<spells>/);
  });

  it('keeps slices whose values are not plain text or numbers as JSON text, read back as slices', () => {
    const graph = load(fixture('backchannel__dated-spells.gexf')).graph;
    const slices = { tags: [{ value: ['a', 'b'], start: '2020' }] };
    graph.setEdgeAttribute('crane-bolt', 'slices', slices);
    const back = load({ name: 'back.gexf', text: writeGexf(graph) });
    expect(back.graph.getEdgeAttribute('crane-bolt', 'slices')).toEqual(slices);
  });
});

describe('CSV export', () => {
  it('writes start and end next to the fixed columns, and no such columns without time', () => {
    const { nodes, edges } = writeCsv(load(fixture('backchannel__dated-spells.gexf')).graph);
    expect(nodes.split('\r\n')[0]).toBe('id,label,kind,start,end');
    expect(edges.split('\r\n')[0]).toMatch(
      /^id,source,target,directed,relation,stance,certainty,date,start,end,evidence,/,
    );
    const plain = writeCsv(load(fixture('backchannel__shared-ids.gexf')).graph);
    expect(plain.edges.split('\r\n')[0]).not.toMatch(/start|end/);
  });
});

describe('GEXF export of hostile names', () => {
  it('writes the attvalue of an attribute named "constructor" on an element with slices as it is', () => {
    const graph = load(fixture('backchannel__integer-time.gexf')).graph;
    const own = { value: 'x', enumerable: true, writable: true, configurable: true };
    Object.defineProperty(graph.getEdgeAttributes('ns'), 'constructor', own);
    const back = load({ name: 'back.gexf', text: writeGexf(graph) });
    expect(back.graph.getEdgeAttribute('ns', 'slices')).toEqual(graph.getEdgeAttribute('ns', 'slices'));
  });
});
