// Random commands for the property tests: fast-check draws numbers, and each is read against the graph as it is then.
import fc from 'fast-check';
import type { ActorGraph } from '../../../../src/model/actor-graph';
import type { Command } from '../../../../src/model/commands/command';
import { newActorKey, newRelationKey, newSourceId } from '../../../../src/model/commands/new-keys';
import { runCommand } from '../../../../src/model/commands/run-command';
import { ACTOR_KINDS, CERTAINTIES, RELATION_NAMES, STANCES } from '../../../../src/model/schema';

/** One drawn step: which command, three numbers to pick elements and values, and a piece of text. */
export interface Intent {
  type: number;
  a: number;
  b: number;
  c: number;
  text: string;
}

/**
 * Intents of every command type, refused ones included (type 10 and bad picks). Additions come more often than
 * deletions and merges, so that 500 steps leave a graph with something in it rather than one actor.
 */
export const intent: fc.Arbitrary<Intent> = fc.record({
  type: fc.constantFrom(0, 0, 0, 0, 1, 1, 2, 3, 3, 3, 3, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ maxLength: 12 }),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function sourceOf(graph: ActorGraph, n: number): string {
  const sources = graph.getAttribute('sources') ?? [];
  return pick(sources, n)?.id ?? 'no-source';
}

function relationAttributes(graph: ActorGraph, { b, c, text }: Intent) {
  return {
    relation: pick(RELATION_NAMES, c) as string,
    stance: pick(STANCES, b),
    certainty: pick(CERTAINTIES, c + b),
    ...(c % 3 === 0 ? { date: `20${10 + (c % 20)}` } : {}),
    evidence: [{ quote: text.trim() ? text : `quote ${c}`, source: sourceOf(graph, b) }],
  };
}

function relationCommand(graph: ActorGraph, it: Intent, nodes: string[], edges: string[]): Command | null {
  const { type, a, b, c, text } = it;
  const edge = pick(edges, a);
  if (type === 3) {
    const source = pick(nodes, a);
    const target = pick(nodes, b);
    if (!source || !target) return null;
    const key = newRelationKey(graph, source, target);
    if (c % 5 !== 0) return { type: 'add-relation', key, source, target, attributes: relationAttributes(graph, it) };
    const id = newSourceId(graph, `Paper ${c}`);
    const attributes = { ...relationAttributes(graph, it), evidence: [{ quote: 'new words', source: id }] };
    return { type: 'add-relation', key, source, target, attributes, newSource: { id, title: `Paper ${c}` } };
  }
  if (!edge) return null;
  if (type === 4) {
    const changes = c % 2 ? { relation: pick(RELATION_NAMES, b) } : { stance: pick(STANCES, b), date: undefined };
    return c % 3 === 0
      ? { type: 'update-relation', key: edge, changes, target: pick(nodes, b) }
      : { type: 'update-relation', key: edge, changes };
  }
  if (type === 5) return { type: 'delete-relation', key: edge };
  if (type === 6)
    return { type: 'add-evidence', relation: edge, evidence: { quote: text || 'more', source: sourceOf(graph, c) } };
  return { type: 'remove-evidence', relation: edge, index: c % 3 };
}

function actorCommand(graph: ActorGraph, { type, a, b, c, text }: Intent, nodes: string[]): Command | null {
  const node = pick(nodes, a);
  if (type === 0) {
    const label = `${text} ${a}`.trim();
    const attributes = { label, kind: pick(ACTOR_KINDS, b), ...(c % 2 ? { role: text } : {}) };
    return { type: 'add-actor', key: newActorKey(graph, label), attributes };
  }
  if (!node) return null;
  if (type === 1) {
    const changes = [{ role: text }, { description: undefined, aliases: [`${text}x`] }, { label: `${text} ${c}` }][
      c % 3
    ];
    return { type: 'update-actor', key: node, changes: changes ?? {} };
  }
  if (type === 2) return { type: 'delete-actor', key: node };
  if (type === 8) return { type: 'merge-actors', from: node, into: pick(nodes, b) ?? node };
  // Refused on purpose: another actor's label, or a relation with no evidence.
  const other = pick(nodes, b) ?? node;
  if (c % 2) return { type: 'update-actor', key: node, changes: { label: graph.getNodeAttribute(other, 'label') } };
  return { type: 'add-relation', key: 'e-bad', source: node, target: other, attributes: { relation: 'leads' } };
}

/** The command an intent stands for on this graph, or null when the graph has nothing to pick from. */
export function commandFor(graph: ActorGraph, it: Intent): Command | null {
  const nodes = graph.nodes();
  if (it.type === 9) {
    const title = `Source ${it.text} ${it.c}`;
    return { type: 'add-source', source: { id: newSourceId(graph, title), title } };
  }
  if (it.type >= 3 && it.type <= 7) return relationCommand(graph, it, nodes, graph.edges());
  return actorCommand(graph, it, nodes);
}

/** A random native graph: a few actors of every kind, relations of the vocabulary between them, one source. */
export const nativeGraph = fc.record({
  actors: fc.integer({ min: 0, max: 25 }),
  links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 60 }),
});

/**
 * A batch of the intents' commands, each drawn against the graph as the earlier ones leave it (run on trial, then
 * undone). A refused one stays in the batch with the steps after it, so such a batch refuses half-way. When the
 * first intent says so, the first three steps are a batch of their own inside it.
 */
export function batchFor(graph: ActorGraph, intents: readonly Intent[]): Command | null {
  const commands: Command[] = [];
  const undos: Command[] = [];
  for (const it of intents) {
    const command = commandFor(graph, it);
    if (!command) continue;
    commands.push(command);
    const result = runCommand(graph, command);
    if (result.ok) undos.unshift(result.inverse);
  }
  for (const undo of undos) if (!runCommand(graph, undo).ok) throw new Error('A trial step could not be undone.');
  if (commands.length === 0) return null;
  const nest = commands.length > 3 && (intents[0]?.a ?? 0) % 4 === 0;
  return nest
    ? { type: 'batch', commands: [{ type: 'batch', commands: commands.slice(0, 3) }, ...commands.slice(3)] }
    : { type: 'batch', commands };
}

/** One drawn step of a run: one command, or (about one in six) a batch of two to eight. */
export type Step = Intent | Intent[];

/** Steps of a run with batches among them. */
export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: intent },
  { weight: 1, arbitrary: fc.array(intent, { minLength: 2, maxLength: 8 }) },
);

/** The command a step stands for on this graph, or null when there is nothing to pick from. */
export function commandForStep(graph: ActorGraph, drawn: Step): Command | null {
  return Array.isArray(drawn) ? batchFor(graph, drawn) : commandFor(graph, drawn);
}
