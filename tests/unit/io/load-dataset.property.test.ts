// Any text at all: loadDataset returns a result or throws a DatasetError (ColumnChoiceNeeded included), nothing else.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { DatasetError } from '../../../src/model/dataset-error';

const NAMES = [
  'data.json',
  'graph.gexf',
  'graph.graphml',
  'edges.csv',
  'edges.tsv',
  'net.cyjs',
  'file.txt',
  'noextension',
];

/** Texts that reach every parser: random strings, and random strings inside each format's opening. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }).map((s) => `<gexf><graph>${s}`),
  fc.string({ maxLength: 200 }).map((s) => `<graphml><graph>${s}</graph></graphml>`),
  fc.string({ maxLength: 200 }).map((s) => `{"nodes": [${s}`),
  fc.string({ maxLength: 200 }).map((s) => `[{"data": ${s}`),
  fc.string({ maxLength: 200 }).map((s) => `source,target\n${s}`),
  fc.json().map((s) => s),
  fc.jsonValue().map((value) => JSON.stringify({ nodes: value, edges: value })),
  fc.jsonValue().map((value) => JSON.stringify({ elements: value })),
);

describe('loadDataset on arbitrary text', () => {
  it('returns a LoadResult or throws a DatasetError, never anything else', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...NAMES), (content, name) => {
        try {
          const result = loadDataset([{ name, text: content }]);
          expect(result.graph.order).toBeGreaterThanOrEqual(0);
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      // fast-check prints the seed and the shrunk counterexample when this fails; pass them back via { seed, path }.
      { numRuns: 2000, verbose: 1 },
    );
  });
});
