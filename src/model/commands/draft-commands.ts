// An accepted draft as one batch of editing commands: its source, its new actors, names for existing ones, relations.

import type { ActorGraph } from '../actor-graph';
import type { ActorAttributes, Certainty, RelationAttributes, SourceRef, Stance } from '../schema';
import { foldText } from '../search-index';
import { sourceIds } from './check-fields';
import type { Command, CommandContext, CommandName } from './command';
import { newActorKey, newRelationKey } from './new-keys';

/** The document a draft was drawn from; `text`, when given, is what its quotes are checked against (never stored). */
export interface DraftSource {
  id: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
  text?: string;
}

/** A drafted actor; `sameAs` names the graph's actor it is, which then takes its names as aliases instead. */
export interface DraftActor {
  key: string;
  label: string;
  kind: string;
  role?: string;
  aliases: readonly string[];
  sameAs?: string;
}

/** A drafted relation between two drafted actors (by draft key; a graph key is taken as is), with its sentence. */
export interface DraftRelation {
  key: string;
  source: string;
  target: string;
  relation: string;
  stance: string;
  certainty: string;
  date?: string;
  dateText?: string;
  quote: string;
}

/** What the reviewer accepted, as plain data (src/draft builds it; the model does not depend on that layer). */
export interface AcceptedDraft {
  source: DraftSource;
  actors: readonly DraftActor[];
  relations: readonly DraftRelation[];
}

/** The batch to run, the context its quotes are checked in, and where each draft key landed in the graph. */
export interface DraftBatch {
  command: Extract<Command, { type: 'batch' }>;
  context: CommandContext;
  /** Draft actor key to graph key: a new key, or the `sameAs` actor. */
  actorKeys: Readonly<Record<string, string>>;
  /** Draft relation key to the new relation's key. */
  relationKeys: Readonly<Record<string, string>>;
  /** The draft key each step stands for (the source's id for add-source), to show a refused step's errors on its row. */
  steps: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Add draft from “Title”: 12 actors, 18 relations", and its past and noun forms. */
export function nameDraft(title: string, actors: number, relations: number): CommandName {
  const what = `draft from “${title}”: ${plural(actors, 'actor')}, ${plural(relations, 'relation')}`;
  return { action: `Add ${what}`, past: `Added ${what}`, noun: `addition of ${what}` };
}

/** The source as the dataset stores it: the publisher is the format's `outlet`; the text stays out. */
function sourceRef({ id, title, publisher, published, url }: DraftSource): SourceRef {
  return {
    id,
    title,
    ...(publisher ? { outlet: publisher } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
}

/** Names not yet among `names` (folded), trimmed and once each; adds them to `names`. */
function freshNames(candidates: readonly string[], names: Set<string>): string[] {
  const fresh: string[] = [];
  for (const candidate of candidates) {
    const name = candidate.trim();
    if (name === '' || names.has(foldText(name))) continue;
    names.add(foldText(name));
    fresh.push(name);
  }
  return fresh;
}

/** The update-actor steps that give existing actors the names their "Same as" draft actors were found under. */
function sameAsSteps(graph: ActorGraph, actors: readonly DraftActor[], steps: string[]): Command[] {
  const grown = new Map<string, { names: Set<string>; aliases: string[]; keys: string[] }>();
  for (const actor of actors) {
    if (actor.sameAs === undefined) continue;
    const into = actor.sameAs;
    let entry = grown.get(into);
    if (!entry) {
      const attrs = graph.hasNode(into) ? graph.getNodeAttributes(into) : { label: '' };
      const own = Array.isArray(attrs.aliases) ? attrs.aliases : [];
      entry = { names: new Set([attrs.label, ...own].map(foldText)), aliases: [...own], keys: [] };
      grown.set(into, entry);
    }
    entry.keys.push(actor.key);
    entry.aliases.push(...freshNames([actor.label, ...actor.aliases], entry.names));
  }
  const commands: Command[] = [];
  for (const [key, { aliases, keys }] of grown) {
    const own = graph.hasNode(key) ? graph.getNodeAttribute(key, 'aliases') : undefined;
    // Nothing new to call it: no step (an edit that changes nothing is refused). An unknown key gets a step, refused.
    if (graph.hasNode(key) && aliases.length === (Array.isArray(own) ? own.length : 0)) continue;
    commands.push({ type: 'update-actor', key, changes: { aliases } });
    steps.push(keys.join(' '));
  }
  return commands;
}

/** The add-actor steps of the draft's new actors, under keys free in the graph and among each other. */
function newActorSteps(
  graph: ActorGraph,
  actors: readonly DraftActor[],
  keys: Record<string, string>,
  steps: string[],
) {
  const reserved = new Set<string>();
  const commands: Command[] = [];
  for (const actor of actors) {
    if (actor.sameAs !== undefined) continue;
    const key = newActorKey(graph, actor.label, reserved);
    reserved.add(key);
    keys[actor.key] = key;
    const aliases = freshNames(actor.aliases, new Set([foldText(actor.label)]));
    const attributes: ActorAttributes = { label: actor.label.trim(), kind: actor.kind, aliases };
    if (actor.role?.trim()) attributes.role = actor.role.trim();
    commands.push({ type: 'add-actor', key, attributes });
    steps.push(actor.key);
  }
  return commands;
}

/** The add-relation steps, each citing its sentence from the draft's source. */
function relationSteps(graph: ActorGraph, draft: AcceptedDraft, actorKeys: Record<string, string>, steps: string[]) {
  const reserved = new Set<string>();
  const relationKeys: Record<string, string> = {};
  const commands: Command[] = draft.relations.map((relation) => {
    const source = actorKeys[relation.source] ?? relation.source;
    const target = actorKeys[relation.target] ?? relation.target;
    const key = newRelationKey(graph, source, target, reserved);
    reserved.add(key);
    relationKeys[relation.key] = key;
    steps.push(relation.key);
    const attributes: RelationAttributes = {
      relation: relation.relation,
      stance: relation.stance as Stance,
      certainty: relation.certainty as Certainty,
      ...(relation.date ? { date: relation.date } : {}),
      ...(relation.dateText ? { dateText: relation.dateText } : {}),
      evidence: [{ quote: relation.quote, source: draft.source.id }],
    };
    return { type: 'add-relation', key, source, target, attributes };
  });
  return { commands, relationKeys };
}

/**
 * The accepted draft as one batch: the source (unless the dataset lists its id already), the names of "Same as"
 * actors as aliases of the actors they are, the new actors, then the relations, whose ends are the new keys or the
 * "Same as" actors. Pure: the graph is read, not changed; running the batch checks it whole.
 */
export function draftCommands(graph: ActorGraph, draft: AcceptedDraft): DraftBatch {
  const steps: string[] = [];
  const commands: Command[] = [];
  if (!sourceIds(graph).has(draft.source.id)) {
    commands.push({ type: 'add-source', source: sourceRef(draft.source) });
    steps.push(draft.source.id);
  }
  const actorKeys: Record<string, string> = {};
  for (const actor of draft.actors) if (actor.sameAs !== undefined) actorKeys[actor.key] = actor.sameAs;
  commands.push(...sameAsSteps(graph, draft.actors, steps));
  const added = newActorSteps(graph, draft.actors, actorKeys, steps);
  commands.push(...added);
  const { commands: relations, relationKeys } = relationSteps(graph, draft, actorKeys, steps);
  commands.push(...relations);
  const name = nameDraft(draft.source.title, added.length, relations.length);
  const { id, text } = draft.source;
  const context = text === undefined ? {} : { sourceTexts: { [id]: text } };
  return { command: { type: 'batch', name, commands }, context, actorKeys, relationKeys, steps };
}
