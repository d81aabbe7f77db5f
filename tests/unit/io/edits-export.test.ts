// Every export carries every edit; undoing every edit gives the same bytes as before the first, in every format.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { DATA_EXPORTS } from '../../../src/io/writers';
import type { ActorGraph } from '../../../src/model/actor-graph';
import type { Command } from '../../../src/model/commands/command';
import { runCommand } from '../../../src/model/commands/run-command';
import { commandFor, intent } from '../model/commands/random-commands';
import { graphContents } from './graph-contents';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const seed = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;

/** Every format's files, as one text per file. */
const exportAll = (graph: ActorGraph) =>
  Object.fromEntries(
    DATA_EXPORTS.flatMap((format) => format.write(graph).map((f) => [`${format.id}${f.suffix}`, f.text])),
  );

const EDITS: Command[] = [
  { type: 'add-actor', key: 'zelda-zed', attributes: { label: 'Zelda Zed', kind: 'person' } },
  {
    type: 'add-relation',
    key: 'e-zelda-iran',
    source: 'zelda-zed',
    target: 'iran',
    attributes: {
      relation: 'warns-about',
      stance: 'conflictual',
      certainty: 'reported',
      evidence: [{ quote: 'Zelda warns Tehran', source: 'wire' }],
    },
    newSource: { id: 'wire', title: 'The Wire (edited)' },
  },
  { type: 'merge-actors', from: 'russian-officials', into: 'russia' },
  { type: 'delete-actor', key: 'himars' },
  { type: 'update-actor', key: 'iran', changes: { role: 'Islamic Republic (edited)' } },
];

function applyEdits(graph: ActorGraph, commands: readonly Command[]): Command[] {
  return commands.map((command) => {
    const result = runCommand(graph, command);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    return result.inverse;
  });
}

const undoAll = (graph: ActorGraph, undos: Command[]) => {
  for (const undo of [...undos].reverse()) runCommand(graph, undo);
};

/** Nodes, edges and the sources, for deep comparison. */
const contents = (graph: ActorGraph) => ({ ...graphContents(graph), sources: graph.getAttribute('sources') });

describe('exports after edits', () => {
  it.each([
    ['json', 'x.json'],
    ['gexf', 'x.gexf'],
    ['graphml', 'x.graphml'],
  ])('%s carries every edit: read back, it is the edited graph', (id, name) => {
    const graph = seed();
    applyEdits(graph, EDITS);
    const text = exportAll(graph)[`${id}.${id}`] ?? '';
    const back = loadDataset([{ name, text }]).graph;
    // GEXF gives every edge a weight (1 when the file has none), so the reader adds it: an addition, not a loss.
    if (id === 'gexf') back.forEachEdge((_edge, attrs) => attrs.weight === 1 && delete attrs.weight);
    expect(contents(back)).toEqual(contents(graph));
  });

  it('csv carries every edit: the new actor and relation, the merge, the deletion, the edit', () => {
    const graph = seed();
    applyEdits(graph, EDITS);
    const files = exportAll(graph);
    const rows = (text = '') => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const nodes = new Map(rows(files['csv-nodes.csv']).map((row) => [row.id, row]));
    const edges = new Map(rows(files['csv-edges.csv']).map((row) => [row.id, row]));
    expect(nodes.get('zelda-zed')?.label).toBe('Zelda Zed');
    expect(nodes.has('himars') || nodes.has('russian-officials')).toBe(false);
    expect(JSON.parse(nodes.get('russia')?.aliases ?? '[]')).toContain('Russian officials');
    expect(nodes.get('iran')?.role).toBe('Islamic Republic (edited)');
    expect(edges.get('e-zelda-iran')?.evidence).toContain('Zelda warns Tehran');
    expect([...edges.values()].some((row) => row.source === 'himars' || row.target === 'himars')).toBe(false);
    expect(nodes.size).toBe(graph.order);
    expect(edges.size).toBe(graph.size);
  });

  it('undoing every edit gives the bytes of before the first, in every format', () => {
    const graph = seed();
    const before = exportAll(graph);
    const undos = applyEdits(graph, EDITS);
    const edited = exportAll(graph);
    for (const name of Object.keys(before)) expect(edited[name]).not.toBe(before[name]);
    undoAll(graph, undos);
    expect(exportAll(graph)).toEqual(before);
  });

  it('after random commands too, undoing all gives the same bytes in every format', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 150, maxLength: 150 }), (intents) => {
        const graph = seed();
        const before = exportAll(graph);
        const undos: Command[] = [];
        for (const step of intents) {
          const command = commandFor(graph, step);
          const result = command && runCommand(graph, command);
          if (result?.ok) undos.push(result.inverse);
        }
        undoAll(graph, undos);
        expect(exportAll(graph)).toEqual(before);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
