// GEXF 1.3 point times (timestamp, timestamps, <spell timestamp>, <attvalue timestamp>) read as the model's time.
import { describe, expect, it } from 'vitest';
import { parseTimestamps } from '../../../src/io/gexf-timestamps';
import { loadDataset } from '../../../src/io/load-dataset';
import type { InputFile } from '../../../src/io/load-types';
import { writeCsv } from '../../../src/io/write-csv';
import { writeGexf } from '../../../src/io/write-gexf';
import { writeGraphml } from '../../../src/io/write-graphml';
import { writeNative } from '../../../src/io/write-native';
import type { ActorGraph } from '../../../src/model/actor-graph';
import { intervalsOf } from '../../../src/model/time/intervals';

/** A small GEXF 1.3 file with timerepresentation="timestamp", written for this test. */
function gexf(timeformat: string, nodes: string, edges: string): InputFile {
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="${timeformat}" timerepresentation="timestamp">
    <attributes class="edge" mode="dynamic">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="stance" title="stance" type="string"/>
    </attributes>
    <nodes>${nodes}</nodes>
    <edges>${edges}</edges>
  </graph>
</gexf>`;
  return { name: 'stamps.gexf', text };
}

const DATED = gexf(
  'date',
  `<node id="a" label="Harbour Board" timestamp="2024-01-05"/>
   <node id="b" label="Dock Union" timestamps="&lt;[2024-02-01, 2024-03-01]&gt;"/>
   <node id="c" label="Ferry Line"><spells><spell timestamp="2024-04-01"/><spell timestamp="2024-02-15"/></spells></node>`,
  `<edge id="ab" source="a" target="b" timestamp="2024-03-10">
     <attvalues>
       <attvalue for="relation" value="talks-with"/>
       <attvalue for="stance" value="conflictual" timestamp="2024-06-01"/>
       <attvalue for="stance" value="cooperative" timestamp="2024-03-10"/>
     </attvalues>
   </edge>
   <edge id="bc" source="b" target="c" timestamps="2024-04-01; 2024-05-01"/>`,
);

const TIME = ['start', 'end', 'spells', 'slices', 'stance', 'timestamp', 'timestamps'] as const;

function timeOf(graph: ActorGraph) {
  const pick = (attributes: Record<string, unknown>) =>
    Object.fromEntries(TIME.filter((name) => attributes[name] !== undefined).map((name) => [name, attributes[name]]));
  return {
    timeFormat: graph.getAttribute('timeFormat'),
    nodes: Object.fromEntries(graph.mapNodes((key, attributes) => [key, pick(attributes)])),
    edges: Object.fromEntries(graph.mapEdges((key, attributes) => [key, pick(attributes)])),
  };
}

describe('GEXF 1.3 timestamps', () => {
  const loaded = loadDataset([DATED]);

  it('reads a timestamp as a start, a list of instants as spells from each to the next, without a warning', () => {
    expect(loaded.warnings).toEqual([]);
    const time = timeOf(loaded.graph);
    expect(time.timeFormat).toBeUndefined();
    expect(time.nodes).toEqual({
      a: { start: '2024-01-05' },
      b: { spells: [{ start: '2024-02-01', end: '2024-03-01' }, { start: '2024-03-01' }] },
      // <spell timestamp>s in any order are sorted.
      c: { spells: [{ start: '2024-02-15', end: '2024-04-01' }, { start: '2024-04-01' }] },
    });
    expect(time.edges.bc).toEqual({ spells: [{ start: '2024-04-01', end: '2024-05-01' }, { start: '2024-05-01' }] });
  });

  it('reads a value at an instant as holding until the next instant, the latest as the plain value', () => {
    expect(timeOf(loaded.graph).edges.ab).toEqual({
      start: '2024-03-10',
      stance: 'conflictual',
      slices: {
        stance: [
          { value: 'conflictual', start: '2024-06-01' },
          { value: 'cooperative', start: '2024-03-10', end: '2024-06-01' },
        ],
      },
    });
  });

  it('shows an element from its first instant on, as a dated relation without an end', () => {
    const spans = intervalsOf(loaded.graph.getNodeAttributes('b'), 'date', false) ?? [];
    const union = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    expect(union).toEqual({ start: Date.UTC(2024, 1, 1), end: Number.POSITIVE_INFINITY });
  });

  const csv = (graph: ActorGraph): InputFile[] => {
    const { nodes, edges } = writeCsv(graph);
    return [
      { name: 'nodes.csv', text: nodes },
      { name: 'edges.csv', text: edges },
    ];
  };
  it.each([
    ['GEXF', (graph: ActorGraph) => [{ name: 'back.gexf', text: writeGexf(graph) }]],
    ['GraphML', (graph: ActorGraph) => [{ name: 'back.graphml', text: writeGraphml(graph) }]],
    ['CSV', csv],
    ['graphology JSON', (graph: ActorGraph) => [{ name: 'back.json', text: writeNative(graph) }]],
  ])('comes back the same from %s (GEXF writes the instants as spells)', (_format, write) => {
    const back = loadDataset(write(loaded.graph));
    expect(back.warnings).toEqual([]);
    expect(timeOf(back.graph)).toEqual(timeOf(loaded.graph));
  });

  it('reads numeric instants on a double axis, "2" and "2.0" as one', () => {
    const numeric = loadDataset([
      gexf('double', '<node id="a" timestamps="&lt;[5.0, 2.0, 2, 7.5]&gt;"/><node id="b" timestamp="3"/>', ''),
    ]);
    expect(numeric.warnings).toEqual([]);
    expect(timeOf(numeric.graph)).toEqual({
      timeFormat: 'double',
      nodes: {
        a: { spells: [{ start: 2, end: 5 }, { start: 5, end: 7.5 }, { start: 7.5 }] },
        b: { start: 3 },
      },
      edges: {},
    });
  });

  it('keeps instants that read as no time, for the loader to set aside with a warning', () => {
    const odd = loadDataset([gexf('date', '<node id="a" timestamps="soon, later"/>', '')]);
    expect(odd.graph.getNodeAttribute('a', 'spells_original')).toHaveLength(2);
    expect(odd.warnings.join('\n')).toMatch(/1 node had a "spells" that is not an ISO 8601 date/);
  });
});

describe('parseTimestamps', () => {
  it('reads Gephi\'s "<[…]>" and plain lists, commas or semicolons', () => {
    expect(parseTimestamps('<[2.0, 5.0]>')).toEqual(['2.0', '5.0']);
    expect(parseTimestamps('2024-01; 2024-02 ,')).toEqual(['2024-01', '2024-02']);
    expect(parseTimestamps('')).toEqual([]);
  });
});
