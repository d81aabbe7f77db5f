// Reading a relation through the fields: quotes, evidence text, source links (http only), dates.
import { describe, expect, it } from 'vitest';
import { type FieldMap, NATIVE_FIELDS } from '../../../src/model/fields';
import { readRelation } from '../../../src/model/relation-fields';
import type { RelationAttributes } from '../../../src/model/schema';

const FOREIGN: FieldMap = { ...NATIVE_FIELDS, evidence: 'notes', source: 'Source(s)', date: 'when' };

describe('readRelation', () => {
  it('reads native quotes with their source ids', () => {
    const evidence: unknown = [{ quote: 'They spoke.', source: 's1' }, { nope: 1 }];
    const reading = readRelation({ evidence } as RelationAttributes, NATIVE_FIELDS);
    expect(reading.quotes).toEqual([{ quote: 'They spoke.', source: 's1' }]);
    expect(reading.links).toEqual([]);
  });

  it("reads a file's own note, its links (several in one cell) and its date", () => {
    const reading = readRelation(
      {
        notes: '  A filing names her as director. ',
        'Source(s)': 'https://a.example/1, http://b.example/2; javascript:alert(1)',
        when: '2017-03',
      },
      FOREIGN,
    );
    expect(reading.quotes).toEqual([{ quote: 'A filing names her as director.' }]);
    expect(reading.links).toEqual(['https://a.example/1', 'http://b.example/2']);
    expect(reading.sourceText).toEqual(['javascript:alert(1)']);
    expect(reading.date).toBe('2017-03');
  });

  it('reads nothing for fields the file does not have', () => {
    const none: FieldMap = { ...NATIVE_FIELDS, evidence: null, source: null, date: null };
    expect(readRelation({ evidence: [{ quote: 'q', source: 's' }], date: '2020' }, none)).toEqual({
      quotes: [],
      links: [],
      sourceText: [],
      date: undefined,
    });
  });
});
