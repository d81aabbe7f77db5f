// 500 random commands on the seed and on random graphs, then undo all: the native export is the same bytes; redo all
// gives the state before the undos; a refused command changes nothing.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import { writeNative } from '../../../../src/io/write-native';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import type { Command, FieldErrors } from '../../../../src/model/commands/command';
import { runCommand } from '../../../../src/model/commands/run-command';
import { RELATION_NAMES, RELATIONS } from '../../../../src/model/schema';
import { NATIVE_FORMAT } from '../../../../src/model/validate-dataset';
import { commandForStep, type Intent, intent, nativeGraph, type Step, step } from './random-commands';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const seed = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;

/** A native graph from drawn numbers, or (native false) the same shape without the format and with free kinds. */
function randomGraph(spec: { actors: number; links: [number, number, number][] }, native: boolean): ActorGraph {
  const graph = createActorGraph();
  graph.replaceAttributes({
    ...(native ? { format: NATIVE_FORMAT } : {}),
    title: 'Random',
    sources: [{ id: 's', title: 'S' }],
  });
  for (let i = 0; i < spec.actors; i++)
    graph.addNode(`n${i}`, { label: `Actor ${i}`, kind: native ? 'person' : `kind ${i % 3}` });
  spec.links.forEach(([a, b, r], i) => {
    if (spec.actors === 0) return;
    const relation = RELATION_NAMES[r % RELATION_NAMES.length] as keyof typeof RELATIONS;
    const attributes = {
      relation,
      stance: 'neutral' as const,
      certainty: 'confirmed' as const,
      evidence: [{ quote: `q${i}`, source: 's' }],
    };
    const [source, target] = [`n${a % spec.actors}`, `n${b % spec.actors}`];
    if (RELATIONS[relation].directed) graph.addDirectedEdgeWithKey(`e${i}`, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(`e${i}`, source, target, attributes);
  });
  return graph;
}

/** Batches run and refused in a run, so that a test can tell it drew both. */
const batches = { done: 0, refused: 0, halfway: 0 };

/** A refused command: errors (a batch's under its steps), nothing changed; counts batches refused after step 1. */
function checkRefused(graph: ActorGraph, command: Command, errors: FieldErrors, before: string) {
  const fields = Object.keys(errors);
  expect(fields.length).toBeGreaterThan(0);
  expect(writeNative(graph)).toBe(before);
  if (command.type !== 'batch') return;
  for (const field of fields) expect(field).toMatch(/^(form$|commands\[\d+\]\.)/);
  if (fields.some((field) => /^commands\[[1-9]/.test(field))) batches.halfway += 1;
}

/** Runs the steps, checking that a refused command leaves the export as it was; returns the undo commands. */
function runAll(graph: ActorGraph, steps: readonly Step[]): Command[] {
  const undos: Command[] = [];
  for (const drawn of steps) {
    const command = commandForStep(graph, drawn);
    if (!command) continue;
    const before = writeNative(graph);
    const result = runCommand(graph, command);
    if (command.type === 'batch') batches[result.ok ? 'done' : 'refused'] += 1;
    if (result.ok) undos.push(result.inverse);
    else checkRefused(graph, command, result.errors, before);
  }
  return undos;
}

/** Undoes all, checks the bytes, redoes all, checks the bytes again. */
function undoRedoAll(graph: ActorGraph, intents: readonly Step[]) {
  const original = writeNative(graph);
  const undos = runAll(graph, intents);
  const edited = writeNative(graph);
  const redos: Command[] = [];
  for (const undo of undos.reverse()) {
    const result = runCommand(graph, undo);
    if (!result.ok) throw new Error(`An undo was refused: ${JSON.stringify(result.errors)}`);
    redos.push(result.inverse);
  }
  expect(writeNative(graph)).toBe(original);
  for (const redo of redos.reverse()) {
    const result = runCommand(graph, redo);
    if (!result.ok) throw new Error(`A redo was refused: ${JSON.stringify(result.errors)}`);
  }
  expect(writeNative(graph)).toBe(edited);
}

const FIVE_HUNDRED = fc.array(intent, { minLength: 500, maxLength: 500 });
/** 300 steps, one in six a batch of two to eight commands: about 500 commands in all. */
const WITH_BATCHES = fc.array(step, { minLength: 300, maxLength: 300 });

/**
 * Few runs of 500 steps each keep the file at a few seconds. No shrinking: shrinking 500 steps takes minutes and
 * prints megabytes; fast-check still prints the seed and path to replay the failing run with { seed, path }.
 */
const RUN = { numRuns: 4, endOnFailure: true } as const;

describe('500 random commands, then undo all and redo all', () => {
  it('on the seed: undo gives the same native JSON, byte for byte; redo gives the edited one', () => {
    fc.assert(
      fc.property(FIVE_HUNDRED, (intents) => undoRedoAll(seed(), intents)),
      RUN,
    );
  });

  it('on random native and foreign graphs', () => {
    fc.assert(
      fc.property(nativeGraph, fc.boolean(), FIVE_HUNDRED, (spec, native, intents) =>
        undoRedoAll(randomGraph(spec, native), intents),
      ),
      { ...RUN, numRuns: 6 },
    );
  });

  it('with batches among the commands, some refused half-way, on the seed and on random graphs', () => {
    Object.assign(batches, { done: 0, refused: 0, halfway: 0 });
    fc.assert(
      fc.property(WITH_BATCHES, (steps) => undoRedoAll(seed(), steps)),
      RUN,
    );
    fc.assert(
      fc.property(nativeGraph, fc.boolean(), WITH_BATCHES, (spec, native, steps) =>
        undoRedoAll(randomGraph(spec, native), steps),
      ),
      RUN,
    );
    expect(batches.done).toBeGreaterThan(10);
    expect(batches.refused).toBeGreaterThan(10);
    expect(batches.halfway).toBeGreaterThan(5);
  });

  it('the seed edited by many commands is really changed (the test would catch an undo that does nothing)', () => {
    const graph = seed();
    const original = writeNative(graph);
    const intents = fc.sample(FIVE_HUNDRED, { numRuns: 1, seed: 16 })[0] as Intent[];
    expect(runAll(graph, intents).length).toBeGreaterThan(100);
    expect(writeNative(graph)).not.toBe(original);
  });
});
