// Time in the native format: valid start/end/spells/slices on either axis, and each broken variant's error.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/model/dataset-error';
import { endsBeforeStart, ISO_TIME, isTimeValue, timeInstant } from '../../../src/model/time/time-value';
import { validateDataset } from '../../../src/model/validate-dataset';

// biome-ignore lint/suspicious/noExplicitAny: the variants reach into the raw JSON to break it.
type Raw = any;

const schema = JSON.parse(readFileSync(new URL('../../../graph-data/schema.json', import.meta.url), 'utf8'));
const validateSchema = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function dataset(): Raw {
  const evidence = [{ quote: 'Ada chairs the board', source: 'notes' }];
  return {
    attributes: { format: 'backchannel/1', title: 'Boards', sources: [{ id: 'notes', title: 'Notes' }] },
    nodes: [
      { key: 'ada', attributes: { label: 'Ada', kind: 'person', start: '1971' } },
      { key: 'bolt', attributes: { label: 'Bolt', kind: 'group', start: '2003-05', end: '2024-11-30' } },
    ],
    edges: [
      {
        key: 'e-ada-bolt',
        source: 'ada',
        target: 'bolt',
        attributes: {
          relation: 'leads',
          stance: 'conflictual',
          certainty: 'confirmed',
          evidence,
          spells: [{ start: '2005-03', end: '2012-06-30' }, { start: '2015-01-01T09:30Z' }],
          slices: {
            stance: [
              { value: 'cooperative', end: '2019' },
              { value: 'conflictual', start: '2019' },
            ],
          },
        },
      },
      {
        key: 'e-bolt-ada',
        source: 'bolt',
        target: 'ada',
        attributes: {
          relation: 'supplies',
          stance: 'neutral',
          certainty: 'reported',
          evidence,
          start: '2011',
          end: '2013',
        },
      },
    ],
  };
}

const edge = (d: Raw) => d.edges[0].attributes;
const other = (d: Raw) => d.edges[1].attributes;

const BROKEN: [string, (d: Raw) => void, string, string][] = [
  ['a free-text start', (d) => (other(d).start = 'spring 2011'), 'edge "e-bolt-ada", field "start"', '"2025-03-14"'],
  ['a number on the date axis', (d) => (other(d).end = 2013), 'field "end"', 'ISO 8601'],
  ['an end before the start', (d) => (other(d).end = '2010-12'), 'edge "e-bolt-ada", field "end"', 'Swap'],
  [
    'a node ending before it starts',
    (d) => (d.nodes[1].attributes.end = '2003-04'),
    'node "bolt", field "end"',
    'before',
  ],
  ['a backwards spell', (d) => (edge(d).spells[0].end = '2004'), 'field "spells[0].end"', 'ends ("2004")'],
  ['spells beside start', (d) => (edge(d).start = '2005'), 'field "spells"', 'both "spells"'],
  ['empty spells', (d) => (edge(d).spells = []), 'field "spells"', 'list of intervals'],
  ['a slice without value', (d) => delete edge(d).slices.stance[0].value, 'field "slices.stance[0]"', 'no value'],
  ['slices as a list', (d) => (edge(d).slices = []), 'field "slices"', 'not an object'],
  ['an unknown timeFormat', (d) => (d.attributes.timeFormat = 'years'), 'field "timeFormat"', '"integer"'],
  [
    'a date on the integer axis',
    (d) => (d.attributes.timeFormat = 'integer'),
    'node "ada", field "start"',
    'whole number',
  ],
];

describe('validateDataset: time', () => {
  it('accepts dates of every precision, spells and slices, on the calendar axis', () => {
    expect(validateDataset(dataset()).warnings).toEqual([]);
    expect(validateSchema(dataset())).toBe(true);
  });

  it('accepts numbers on a numeric axis', () => {
    const raw = dataset();
    raw.attributes.timeFormat = 'double';
    raw.nodes[0].attributes.start = 1.5;
    raw.nodes[1].attributes = { label: 'Bolt', kind: 'group', start: 2, end: 7 };
    edge(raw).spells = [{ start: 2, end: 3 }, { start: 4.5 }];
    edge(raw).slices = { stance: [{ value: 'neutral', start: 2 }] };
    other(raw).start = 3;
    other(raw).end = 3.5;
    expect(validateDataset(raw).warnings).toEqual([]);
    expect(validateSchema(raw)).toBe(true);
  });

  it.each(BROKEN)('rejects %s, naming the place and the fix', (_name, breakIt, element, text) => {
    const raw = dataset();
    breakIt(raw);
    let error: unknown;
    try {
      validateDataset(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { where, message } = error as DatasetError;
    expect(where?.element).toContain(element);
    expect(message).toContain(text);
  });

  it('has schema.json refuse free text and malformed spells too', () => {
    const text = dataset();
    other(text).start = 'spring 2011';
    expect(validateSchema(text)).toBe(false);
    const spells = dataset();
    edge(spells).spells = [{ start: '2005', note: 'x' }];
    expect(validateSchema(spells)).toBe(false);
    const both = dataset();
    edge(both).start = '2005';
    expect(validateSchema(both)).toBe(false);
  });

  it("has schema.json read dates with the validator's own pattern", () => {
    expect(schema.$defs.timeValue.oneOf[0].pattern).toBe(ISO_TIME.source);
  });
});

describe('time values', () => {
  it.each(['2025', '2025-03', '2025-03-14', '2025-03-14T10', '2025-03-14T10:00Z', '2025-03-14T10:00:30.5+02:00'])(
    'reads %s as ISO 8601',
    (value) => {
      expect(ISO_TIME.test(value)).toBe(true);
      expect(timeInstant(value)).toBeTypeOf('number');
    },
  );

  it.each(['25', '2025-3', '2025-13', '2025-03-14 10:00', '2025-03-14T25:00', 'March 2025'])('refuses %s', (value) => {
    expect(isTimeValue(value)).toBe(false);
  });

  it('puts every date at its first instant, in UTC unless it names a zone', () => {
    expect(timeInstant('2025')).toBe(Date.UTC(2025, 0, 1));
    expect(timeInstant('2025-03')).toBe(Date.UTC(2025, 2, 1));
    expect(timeInstant('2025-03-14T10:00+02:00')).toBe(Date.UTC(2025, 2, 14, 8));
    expect(endsBeforeStart({ start: '2025-03-01', end: '2025-03' })).toBe(false);
    expect(endsBeforeStart({ start: '2025-03-02', end: '2025-03' })).toBe(true);
  });

  it('takes whole numbers only on the integer axis', () => {
    expect(isTimeValue(3, 'integer')).toBe(true);
    expect(isTimeValue(3.5, 'integer')).toBe(false);
    expect(isTimeValue(3.5, 'double')).toBe(true);
    expect(isTimeValue('3', 'double')).toBe(false);
  });
});
