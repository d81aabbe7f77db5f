// The known actors drafting is given, so that a drafted name already in the dataset is marked "Same as".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownActors } from '../../../src/app/draft-run';
import { matchKnown } from '../../../src/draft/draft-from-text';
import { loadDataset } from '../../../src/io/load-dataset';

const seed = () =>
  loadDataset([{ name: 'sixth-call.json', text: readFileSync('graph-data/sixth-call.json', 'utf8') }]).graph;

describe('knownActors', () => {
  it('lists every actor with its label and aliases, and none without a dataset', () => {
    const graph = seed();
    const known = knownActors(graph);
    expect(known).toHaveLength(graph.order);
    const putin = known.find((k) => k.label === 'Vladimir Putin');
    expect(putin?.aliases.length).toBeGreaterThan(0);
    expect(knownActors(undefined)).toEqual([]);
  });

  it('is what lets the drafter mark a drafted actor "Same as" one of the dataset', () => {
    const known = knownActors(seed());
    const putin = known.find((k) => k.label === 'Vladimir Putin');
    const drafted = { key: 'd1', label: 'Vladimir Putin', kind: 'person' as const, aliases: [], mentions: 2 };
    expect(matchKnown([drafted], known)[0]?.sameAs).toBe(putin?.key);
  });
});
