// Reading time from GEXF: start/end, open bounds, spells, dynamic attribute values as slices, timeformat.
import { describe, expect, it } from 'vitest';
import { latestValue } from '../../../src/io/gexf-dynamics';
import { loadDataset } from '../../../src/io/load-dataset';
import { fixture } from './fixture';

const load = (name: string) => loadDataset([fixture(name)]).graph;
const gexf = (graph: string, body: string) =>
  loadDataset([
    {
      name: 't.gexf',
      text: `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph ${graph}>${body}</graph></gexf>`,
    },
  ]);

describe('GEXF with integer time', () => {
  const graph = load('backchannel__integer-time.gexf');

  it('names the numeric axis and keeps numbers as numbers', () => {
    expect(graph.getAttribute('timeFormat')).toBe('integer');
    expect(graph.getNodeAttributes('south')).toMatchObject({ start: 1, end: 8 });
    expect(graph.getNodeAttributes('north')).toMatchObject({ start: 1 });
    expect(graph.getNodeAttribute('north', 'end')).toBeUndefined();
  });

  it('keeps several spells as spells (an open one too) and makes one spell plain start and end', () => {
    expect(graph.getNodeAttribute('east', 'spells')).toEqual([{ start: 2, end: 4 }, { start: 6 }]);
    expect(graph.getEdgeAttribute('ne', 'spells')).toEqual([
      { start: 2, end: 4 },
      { start: 6, end: 9 },
    ]);
    expect(graph.getEdgeAttributes('ms')).toMatchObject({ start: 7, end: 8 });
    expect(graph.getEdgeAttribute('ms', 'spells')).toBeUndefined();
  });

  it('keeps every slice of a changing value, typed, and the value in force latest as the plain value', () => {
    expect(graph.getEdgeAttribute('ns', 'slices')).toEqual({
      stance: [
        { value: 'conflictual', start: 5, end: 8 },
        { value: 'cooperative', start: 1, end: 5 },
      ],
      strength: [
        { value: 3, start: 1, end: 5 },
        { value: 1, start: 5 },
      ],
    });
    // Written first, but it ends last: conflictual is the stance in force at the latest time.
    expect(graph.getEdgeAttributes('ns')).toMatchObject({ stance: 'conflictual', strength: 1 });
    expect(graph.getEdgeAttributes('ne')).toMatchObject({ stance: 'cooperative', certainty: 'confirmed' });
    expect(graph.getEdgeAttribute('ne', 'slices')).toEqual({
      certainty: [
        { value: 'reported', start: 2, end: 6 },
        { value: 'confirmed', start: 6 },
      ],
    });
    expect(graph.getEdgeAttribute('mn', 'slices')).toBeUndefined();
  });
});

describe('GEXF with dates', () => {
  const graph = load('backchannel__dated-spells.gexf');

  it('keeps dates of every precision as written, and leaves the calendar axis unnamed', () => {
    expect(graph.getAttribute('timeFormat')).toBeUndefined();
    expect(graph.getNodeAttributes('ada')).toMatchObject({ start: '1971' });
    expect(graph.getNodeAttributes('bolt')).toMatchObject({ start: '2003-05', end: '2024-11-30' });
    expect(graph.getEdgeAttribute('ada-bolt', 'spells')).toEqual([
      { start: '2005-03', end: '2012-06-30' },
      { start: '2015', end: '2024-11-30' },
    ]);
    expect(graph.getEdgeAttributes('bolt-crane')).toMatchObject({ start: '2011', end: '2013' });
  });

  it('reads GEXF 1.2 startopen and endopen as start and end', () => {
    expect(graph.getNodeAttributes('crane')).toMatchObject({ start: '2010-01-01' });
    expect(graph.getEdgeAttributes('ada-crane')).toMatchObject({ start: '2018-09-14T09:30Z', end: '2021-02' });
    expect(graph.getNodeAttribute('crane', 'startopen')).toBeUndefined();
  });

  it('takes the slice without an end as the plain value', () => {
    expect(graph.getEdgeAttributes('ada-bolt')).toMatchObject({
      stance: 'conflictual',
      slices: {
        stance: [
          { value: 'cooperative', start: '2005-03', end: '2019' },
          { value: 'conflictual', start: '2019' },
        ],
      },
    });
  });
});

describe('GEXF time formats', () => {
  const body = '<nodes><node id="a" start="1.5" end="2.25"/><node id="b"/></nodes><edges/>';

  it('reads double time as numbers, dateTime as dates, and guesses numbers without a timeformat', () => {
    expect(gexf('timeformat="double"', body).graph.getNodeAttributes('a')).toMatchObject({ start: 1.5, end: 2.25 });
    expect(gexf('', body).graph.getAttribute('timeFormat')).toBe('double');
    const dated = gexf('timeformat="dateTime"', '<nodes><node id="a" start="2020-01-01T10:00:00"/></nodes>');
    expect(dated.graph.getAttribute('timeFormat')).toBeUndefined();
    expect(dated.graph.getNodeAttribute('a', 'start')).toBe('2020-01-01T10:00:00');
  });

  it('sets aside a bound that does not fit the axis, and an end before the start, saying so', () => {
    const nodes = '<nodes><node id="a" start="soon"/><node id="b" start="2020" end="2019"/></nodes>';
    const result = gexf('timeformat="date"', nodes);
    expect(result.graph.getNodeAttributes('a')).toMatchObject({ start_original: 'soon' });
    expect(result.graph.getNodeAttributes('b')).toMatchObject({ start: '2020', end_original: '2019' });
    expect(result.warnings).toEqual([
      '1 node had a "start" that is not an ISO 8601 date ("2025", "2025-03-14", "2025-03-14T10:00Z") or runs backwards: kept as "start_original"',
      '1 node ends before it starts ("b"): "end" kept as "end_original"',
    ]);
  });

  it('reports an unknown timeformat and reads the axis from the values', () => {
    const result = gexf('timeformat="seconds"', body);
    expect(result.warnings).toContain('the time format "seconds" is unknown: read from the values instead');
    expect(result.graph.getAttribute('timeFormat')).toBe('double');
  });
});

describe('latestValue', () => {
  it('prefers the value without an interval, then the one ending last, then the one starting last', () => {
    expect(latestValue([{ value: 'a', start: '1' }, { value: 'b' }])).toBe('b');
    expect(
      latestValue([
        { value: 'a', end: '2020' },
        { value: 'b', start: '2019', end: '2021-06' },
      ]),
    ).toBe('b');
    expect(
      latestValue([
        { value: 'a', start: '1' },
        { value: 'b', start: '3' },
        { value: 'c', end: '9' },
      ]),
    ).toBe('b');
  });
});
