// Time in GraphML, CSV and graphology JSON: start/end columns by name, one axis per graph, what does not fit set aside.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { timeRole } from '../../../src/io/time-names';

const csv = (text: string) => loadDataset([{ name: 't.csv', text }]);
const json = (edges: object[]) =>
  loadDataset([
    {
      name: 't.json',
      text: JSON.stringify({
        nodes: [{ key: 'a' }, { key: 'b' }],
        edges: edges.map((e) => ({ ...e, source: 'a', target: 'b' })),
      }),
    },
  ]);
const edge = (result: ReturnType<typeof csv>, key = 'e0') => result.graph.getEdgeAttributes(key);

describe('timeRole', () => {
  it.each([
    ['start', 'start'],
    ['Start Date', 'start'],
    ['valid_from', 'start'],
    ['validFrom', 'start'],
    ['from date', 'start'],
    ['Date-From', 'start'],
    ['END', 'end'],
    ['to_date', 'end'],
    ['date to', 'end'],
    ['valid-to', 'end'],
    ['Valid Until', 'end'],
  ])('reads %s as %s', (name, role) => {
    expect(timeRole(name)).toBe(role);
  });

  it.each(['from', 'to', 'date', 'source', 'start node', 'fromDateText'])('leaves %s alone', (name) => {
    expect(timeRole(name)).toBeUndefined();
  });
});

describe('CSV time columns', () => {
  it('maps "from date"/"to date" onto start/end while from/to stay the ends', () => {
    const result = csv('from,to,from date,to date\nann,bob,2019-03,2021\nbob,cy,2020,\n');
    expect(result.graph.extremities('e0')).toEqual(['ann', 'bob']);
    expect(edge(result)).toEqual({ start: '2019-03', end: '2021' });
    expect(edge(result, 'e1')).toEqual({ start: '2020' });
    // Not a detail of the "from" node (its "date"), as "from kind" would be.
    expect(result.graph.getNodeAttributes('ann')).toEqual({ label: 'ann' });
  });

  it('does not take "from date"/"to date" for the end columns when the ends have other names', () => {
    const result = csv('Entity A,Entity B,Date From,Date To\nann,bob,2019,2020\n');
    expect(result.graph.extremities('e0')).toEqual(['ann', 'bob']);
    expect(edge(result)).toEqual({ start: '2019', end: '2020' });
  });

  it('reads whole numbers that are years as dates, and other numbers as an integer or double axis', () => {
    expect(edge(csv('source,target,valid_from,valid_to\na,b,1998,2004\n'))).toEqual({ start: '1998', end: '2004' });
    const steps = csv('source,target,valid_from,valid_to\na,b,3,9\nb,a,4,\n');
    expect(steps.graph.getAttribute('timeFormat')).toBe('integer');
    expect(edge(steps)).toEqual({ start: 3, end: 9 });
    expect(csv('source,target,start\na,b,0.5\n').graph.getAttribute('timeFormat')).toBe('double');
  });

  it('reads spreadsheet date-times with a space as ISO 8601', () => {
    expect(edge(csv('source,target,Start Date\na,b,2021-03-14 10:00\n'))).toEqual({ start: '2021-03-14T10:00' });
  });

  it('keeps a column named like a bound but holding other text under its own name', () => {
    expect(edge(csv('source,target,to date,sold\na,b,so far,3\n'))).toEqual({ 'to date': 'so far', sold: 3 });
  });

  it('keeps "start" over a second name for the same bound', () => {
    expect(edge(csv('source,target,start,valid_from\na,b,2020,2019\n'))).toEqual({ start: '2020', valid_from: 2019 });
  });
});

describe('GraphML time keys', () => {
  it('maps keys named valid_from/valid_to onto start/end and decodes spells written as JSON text', () => {
    const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="f" for="edge" attr.name="valid_from" attr.type="string"/>
      <key id="t" for="edge" attr.name="Valid To" attr.type="string"/>
      <key id="s" for="node" attr.name="spells" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="a"><data key="s">[{"start":"2001"},{"start":"2003","end":"2004"}]</data></node><node id="b"/>
        <edge id="x" source="a" target="b"><data key="f">2020-01</data><data key="t">2020-06</data></edge>
      </graph></graphml>`;
    const { graph, warnings } = loadDataset([{ name: 't.graphml', text }]);
    expect(warnings).toEqual([]);
    expect(graph.getEdgeAttributes('x')).toEqual({ start: '2020-01', end: '2020-06' });
    expect(graph.getNodeAttribute('a', 'spells')).toEqual([{ start: '2001' }, { start: '2003', end: '2004' }]);
  });
});

describe('graphology JSON time', () => {
  it('keeps a saved numeric axis and its numbers', () => {
    const text = JSON.stringify({
      attributes: { timeFormat: 'integer' },
      nodes: [{ key: 'a', attributes: { start: 2001 } }],
      edges: [],
    });
    const { graph } = loadDataset([{ name: 't.json', text }]);
    expect(graph.getAttribute('timeFormat')).toBe('integer');
    expect(graph.getNodeAttribute('a', 'start')).toBe(2001);
  });

  it('sets aside spells and slices that do not fit, with a warning each', () => {
    const result = json([
      { key: 'x', attributes: { spells: [{ start: '2020', end: '2019' }, { start: '2021' }] } },
      { key: 'y', attributes: { slices: { stance: [{ start: '2020' }] } } },
      { key: 'z', attributes: { slices: { stance: [{ value: 'neutral', start: '2020' }] }, stance: 'neutral' } },
    ]);
    expect(edge(result, 'x')).toHaveProperty('spells_original');
    expect(edge(result, 'y')).toHaveProperty('slices_original');
    expect(edge(result, 'z')).toMatchObject({ slices: { stance: [{ value: 'neutral', start: '2020' }] } });
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toMatch(/^1 edge had a "spells" that is not an ISO 8601 date/);
  });

  it('adds nothing to a graph without time', () => {
    const result = json([{ key: 'x', attributes: { relation: 'r' } }]);
    expect(result.graph.getAttributes()).toEqual({});
    expect(edge(result, 'x')).toEqual({ relation: 'r' });
  });
});

describe('hostile time', () => {
  it('keeps slices of an attribute named "__proto__" as data', () => {
    const text =
      '{"nodes":[{"key":"a","attributes":{"slices":{"__proto__":[{"value":1,"start":"2020"}]}}}],"edges":[]}';
    const slices = loadDataset([{ name: 't.json', text }]).graph.getNodeAttribute('a', 'slices');
    expect(Object.getPrototypeOf(slices)).toBe(Object.prototype);
    expect(Object.hasOwn(slices as object, '__proto__')).toBe(true);
  });
});
