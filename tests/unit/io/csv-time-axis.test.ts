// A numeric time axis survives a CSV export (the header names it), and four-digit numbers read as years are reported.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import type { InputFile } from '../../../src/io/load-types';
import { writeCsv } from '../../../src/io/write-csv';
import { writeGraphml } from '../../../src/io/write-graphml';
import { writeNative } from '../../../src/io/write-native';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';

/** Rounds 1000 to 1010 of a game on an integer axis: four-digit numbers that are not years. */
function rounds(): ActorGraph {
  const graph = createActorGraph();
  graph.setAttribute('timeFormat', 'integer');
  graph.addNode('red', { label: 'Red Team', kind: 'group', start: 1000 });
  graph.addNode('blue', { label: 'Blue Team', kind: 'group', spells: [{ start: 1001, end: 1004 }, { start: 1007 }] });
  graph.addDirectedEdgeWithKey('rb', 'red', 'blue', {
    relation: 'talks-with',
    start: 1002,
    end: 1010,
    stance: 'cooperative',
    slices: {
      stance: [
        { value: 'conflictual', end: 1005 },
        { value: 'cooperative', start: 1005 },
      ],
    },
  });
  return graph;
}

const TIME = ['start', 'end', 'spells', 'slices'] as const;
function timeOf(graph: ActorGraph) {
  const pick = (attributes: Record<string, unknown>) =>
    Object.fromEntries(TIME.filter((name) => attributes[name] !== undefined).map((name) => [name, attributes[name]]));
  return {
    timeFormat: graph.getAttribute('timeFormat'),
    nodes: graph.mapNodes((key, attributes) => [key, pick(attributes)]),
    edges: graph.mapEdges((key, attributes) => [key, pick(attributes)]),
  };
}

const csvFiles = (graph: ActorGraph): InputFile[] => {
  const { nodes, edges } = writeCsv(graph);
  return [
    { name: 'nodes.csv', text: nodes },
    { name: 'edges.csv', text: edges },
  ];
};

describe('a numeric time axis in CSV', () => {
  it('names the axis in the start and end headers', () => {
    const { nodes, edges } = writeCsv(rounds());
    expect(nodes.split('\r\n')[0]).toBe('id,label,kind,start (integer),spells (integer)');
    expect(edges.split('\r\n')[0]).toMatch(/,date,start \(integer\),end \(integer\),evidence,slices \(integer\)/);
  });

  it.each([
    ['CSV', csvFiles],
    ['GraphML', (graph: ActorGraph) => [{ name: 'back.graphml', text: writeGraphml(graph) }]],
    ['graphology JSON', (graph: ActorGraph) => [{ name: 'back.json', text: writeNative(graph) }]],
  ])('keeps rounds 1000 to 1010 as integers through %s, without a warning', (_format, write) => {
    const back = loadDataset(write(rounds()));
    expect(back.warnings).toEqual([]);
    expect(timeOf(back.graph)).toEqual(timeOf(rounds()));
  });

  it('names the axis in the spells header when the file has only spells', () => {
    const graph = rounds();
    graph.removeNodeAttribute('red', 'start');
    graph.dropEdge('rb');
    const files = csvFiles(graph);
    expect(files[0]?.text.split('\r\n')[0]).toBe('id,label,kind,spells (integer)');
    const back = loadDataset(files);
    expect(back.warnings).toEqual([]);
    expect(back.graph.getAttribute('timeFormat')).toBe('integer');
    expect(back.graph.getNodeAttribute('blue', 'spells')).toEqual([{ start: 1001, end: 1004 }, { start: 1007 }]);
  });
});

describe('a CSV that names no axis', () => {
  const edges = (header: string): InputFile => ({
    name: 'edges.csv',
    text: `source,target,relation,${header}\r\nred,blue,talks-with,1998,2004\r\nblue,red,talks-with,2001,\r\n`,
  });

  it('reads four-digit whole numbers as years and says so, with how to read them as numbers', () => {
    const loaded = loadDataset([edges('start,end')]);
    expect(loaded.graph.getAttribute('timeFormat')).toBeUndefined();
    expect(loaded.graph.mapEdges((_key, attributes) => [attributes.start, attributes.end])).toEqual([
      ['1998', '2004'],
      ['2001', undefined],
    ]);
    const note = loaded.warnings.find((warning) => warning.includes('read as years'));
    expect(note).toBe(
      'the times 1998 to 2004 are whole numbers of four digits and were read as years: if they count something else (rounds, steps), name the columns "start (integer)" and "end (integer)"',
    );
  });

  it('reads them as numbers when a header names the axis, in any case and brackets', () => {
    const loaded = loadDataset([edges('Start (Integer),End [integer]')]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.graph.getAttribute('timeFormat')).toBe('integer');
    expect(loaded.graph.mapEdges((_key, attributes) => [attributes.start, attributes.end])).toEqual([
      [1998, 2004],
      [2001, undefined],
    ]);
  });

  it('says nothing when the times are dates written as text', () => {
    const loaded = loadDataset([
      { name: 'edges.csv', text: 'source,target,start,end\r\nred,blue,2019-03,2020\r\nblue,red,2001,\r\n' },
    ]);
    expect(loaded.warnings).toEqual([]);
  });
});
