// The search index follows edits: after random commands it equals an index built afresh, and finds renamed actors.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { type ActorGraph, createActorGraph } from '../../../src/model/actor-graph';
import { runCommand } from '../../../src/model/commands/run-command';
import { searchActors } from '../../../src/model/search-actors';
import { indexActorNames } from '../../../src/model/search-index';
import { commandFor, intent } from './commands/random-commands';

const seed = () => loadDataset([{ name: 's.json', text: readFileSync('graph-data/sixth-call.json', 'utf8') }]).graph;

const byKey = (graph: ActorGraph) => [...indexActorNames(graph)].sort((a, b) => a.key.localeCompare(b.key));

function fresh(graph: ActorGraph): ActorGraph {
  const copy = createActorGraph();
  copy.import(graph.export());
  return copy;
}

describe('the search index follows the graph’s events', () => {
  it('after random commands, equals an index built afresh (names, kinds and degrees)', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 50, maxLength: 50 }), (intents) => {
        const graph = seed();
        byKey(graph); // built before the edits, so that it must follow them
        for (const step of intents) {
          const command = commandFor(graph, step);
          if (command) runCommand(graph, command);
        }
        expect(byKey(graph)).toEqual(byKey(fresh(graph)));
      }),
      { numRuns: 20 },
    );
  });

  it('finds a merged actor by the other’s name', () => {
    const graph = seed();
    expect(searchActors(graph, 'Moscow').matches[0]?.key).toBe('russia');
    runCommand(graph, { type: 'merge-actors', from: 'russian-officials', into: 'russia' });
    expect(searchActors(graph, 'russian officials').matches.map((m) => m.key)).toEqual(['russia']);
  });
});
