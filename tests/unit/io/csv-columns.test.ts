// Guessing a CSV's end columns and the columns that describe each end, from header text alone.

import { describe, expect, it } from 'vitest';
import { ColumnChoiceNeeded } from '../../../src/io/column-choice-needed';
import { endDetails, findIdColumn, guessEnds, words } from '../../../src/io/csv-columns';
import { loadDataset } from '../../../src/io/load-dataset';

const HEADERS: [header: string[], source: string | undefined, target: string | undefined][] = [
  [['Source', 'Target', 'Weight'], 'Source', 'Target'],
  [['from', 'to'], 'from', 'to'],
  [['sourceId', 'targetId', 'label'], 'sourceId', 'targetId'],
  [['source_type', 'source', 'target_kind', 'target'], 'source', 'target'],
  [['Entity A Type', 'Entity A', 'Entity B Type', 'Entity B'], 'Entity A', 'Entity B'],
  [['Actor1Code', 'Actor1Type', 'Actor2Code', 'Actor2Type'], 'Actor1Code', 'Actor2Code'],
  [['node1', 'node2', 'score'], 'node1', 'node2'],
  [['subject', 'predicate', 'object'], 'subject', 'object'],
  [['person', 'friend', 'since'], undefined, undefined],
  [['id', 'label'], undefined, undefined],
];

describe('guessEnds', () => {
  it.each(HEADERS)('%j → %s, %s', (header, source, target) => {
    const ends = guessEnds(header);
    expect(ends ? [header[ends.source], header[ends.target]] : [undefined, undefined]).toEqual([source, target]);
  });
});

describe('endDetails', () => {
  it('turns type-like columns into kind and other extensions into named attributes', () => {
    const header = ['Entity A Type', 'Entity A', 'Entity B Type', 'Entity B', 'Entity A Country'];
    expect(endDetails(header, { source: 1, target: 3 })).toEqual([
      { column: 0, end: 'source', attribute: 'kind' },
      { column: 2, end: 'target', attribute: 'kind' },
      { column: 4, end: 'source', attribute: 'country' },
    ]);
    expect(endDetails(['source_id', 'target_id', 'source_name', 'target kind'], { source: 0, target: 1 })).toEqual([
      { column: 2, end: 'source', attribute: 'name' },
      { column: 3, end: 'target', attribute: 'kind' },
    ]);
  });
});

describe('headers', () => {
  it('splits words across case, digits and punctuation', () => {
    expect(words('Entity A Type')).toEqual(['entity', 'a', 'type']);
    expect(words('sourceNodeID')).toEqual(['source', 'node', 'id']);
    expect(words('actor1_name')).toEqual(['actor', '1', 'name']);
  });

  it('finds the id column of a nodes table whatever its case', () => {
    expect(findIdColumn(['Label', 'Id'])).toBe(1);
    expect(findIdColumn(['name', 'group'])).toBe(-1);
  });
});

describe('the columns question', () => {
  it('starts the dialog from a half guess, filled up with a free column', () => {
    const text = 'x,from,y\n1,2,3\n';
    try {
      loadDataset([{ name: 'half.csv', text }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ColumnChoiceNeeded);
      expect((error as ColumnChoiceNeeded).guesses).toEqual({ source: 'from', target: 'x' });
    }
  });

  it('refuses a one-column table that has no id column', () => {
    expect(() => loadDataset([{ name: 'one.csv', text: 'people\nAna\nBen\n' }])).toThrow(/a single column/);
  });
});
