// An accepted draft as one batch of editing commands: its source, its new actors, names for existing ones, relations.

import type { ActorGraph } from '../actor-graph';
import type { ActorAttributes, Certainty, RelationAttributes, SourceRef, Stance } from '../schema';
import { foldText } from '../search-index';
import type { AcceptedDraft, DraftActor, DraftBatch, DraftSource } from './accepted-draft';
import { sourceIds } from './check-fields';
import type { Command, CommandName } from './command';
import { newActorKey, newRelationKey } from './new-keys';

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

/** The names an actor goes by (label and aliases, folded) and its aliases: what a "Same as" actor's names join. */
interface Grown {
  names: Set<string>;
  aliases: string[];
  own: number;
  keys: string[];
}

function grownOf(graph: ActorGraph, key: string): Grown {
  const attrs = graph.hasNode(key) ? graph.getNodeAttributes(key) : { label: '' };
  const own = Array.isArray(attrs.aliases) ? attrs.aliases : [];
  return { names: new Set([attrs.label, ...own].map(foldText)), aliases: [...own], own: own.length, keys: [] };
}

/** The update-actor steps that give existing actors the names their "Same as" draft actors were found under. */
function sameAsSteps(graph: ActorGraph, actors: readonly DraftActor[], steps: string[]): Command[] {
  const grown = new Map<string, Grown>();
  for (const actor of actors) {
    if (actor.sameAs === undefined) continue;
    const entry = grown.get(actor.sameAs) ?? grownOf(graph, actor.sameAs);
    grown.set(actor.sameAs, entry);
    entry.keys.push(actor.key);
    entry.aliases.push(...freshNames([actor.label, ...actor.aliases], entry.names));
  }
  const commands: Command[] = [];
  for (const [key, { aliases, own, keys }] of grown) {
    // Nothing new to call it: no step (an edit that changes nothing is refused). An unknown key gets a step, refused.
    if (graph.hasNode(key) && aliases.length === own) continue;
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
