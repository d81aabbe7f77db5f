// Export the seed dataset to each data format that can be read back, reopen it, and lose nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { writeGexf } from '../../../src/io/write-gexf';
import { writeGraphml } from '../../../src/io/write-graphml';
import { writeNative } from '../../../src/io/write-native';
import { graphContents } from './graph-contents';

const seed = loadDataset([{ name: 'sixth-call.json', text: readFileSync('graph-data/sixth-call.json', 'utf8') }]).graph;

describe('the seed survives export and reopening', () => {
  it.each([
    ['sixth-call.json', () => writeNative(seed)],
    ['sixth-call.gexf', () => writeGexf(seed)],
    ['sixth-call.graphml', () => writeGraphml(seed)],
  ])('%s: every node, edge and attribute, evidence included, without warnings', (name, write) => {
    const back = loadDataset([{ name, text: write() }]);
    expect(back.warnings).toEqual([]);
    // GEXF gives every edge a weight (1 when the file has none), so the reader adds it: an addition, not a loss.
    if (name.endsWith('.gexf')) back.graph.forEachEdge((_edge, attrs) => attrs.weight === 1 && delete attrs.weight);
    expect(graphContents(back.graph)).toEqual(graphContents(seed));
    expect(back.graph.getAttribute('sources')).toEqual(seed.getAttribute('sources'));
  });
});
