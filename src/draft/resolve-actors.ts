// One actor, many names: mentions become actors, with surnames, capitals, demonyms and acronyms as aliases.
import type { DraftActor } from './draft-types';
import type { Mention } from './mention';
import { keyOf, normaliseName } from './normalise-name';
import { ownerOf, referent, relabel } from './refer-actors';

/** The actors of an article and, for each mention, the key of its actor (undefined when it names none). */
export interface ResolvedActors {
  actors: DraftActor[];
  keys: (string | undefined)[];
}

/** The initials of a name's capitalised words ("North Atlantic Treaty Organization" → "NATO"). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Groups mentions (in text order) into actors; `text` is the article, to see "(NATO)" after a name. */
export function resolveActors(mentions: readonly Mention[], text: string): ResolvedActors {
  const state: ResolveState = { actors: new Map(), byName: new Map(), recent: [], statesOf: new Map(), text };
  const keys: (string | undefined)[] = [];
  for (const mention of mentions) {
    const key = take(mention, state);
    const actor = key ? state.actors.get(key) : undefined;
    // The longer name ("Tu-95 bombers", "critics in Washington") is one more alias of the same actor.
    if (actor && mention.longer && mention.longer !== actor.label && !actor.aliases.includes(mention.longer)) {
      actor.aliases.push(mention.longer);
    }
    keys.push(key);
  }
  for (const actor of state.actors.values()) if (actor.kind === 'event' || actor.kind === 'issue') relabel(actor);
  return { actors: [...state.actors.values()], keys };
}

/** Resolves one mention and remembers it: its title's state, and the latest actor named. */
function take(mention: Mention, state: ResolveState): string | undefined {
  const key = keyOfMention(mention, state);
  if (mention.refers) {
    if (key) state.recent.unshift(key);
    return key;
  }
  if (mention.stateOf) add(state, mention.stateOf, 'state');
  if (key && mention.stateOf) state.statesOf.set(key, mention.stateOf);
  if (key) state.previous = { mention, key };
  if (key) state.recent.unshift(key);
  return key;
}

/** What resolving has seen so far: the actors, their names, the latest first, and the states of titled people. */
interface ResolveState {
  actors: Map<string, DraftActor>;
  byName: Map<string, string>;
  recent: string[];
  statesOf: Map<string, string>;
  previous?: { mention: Mention; key: string };
  text: string;
}

/** Adds a name to the actor with that label (or a new one) and returns its key. */
function add(state: ResolveState, label: string, kind: DraftActor['kind'], alias?: string): string {
  const { actors, byName } = state;
  const key = byName.get(normaliseName(label)) ?? uniqueKey(actors, label);
  const actor = actors.get(key) ?? { key, label, kind, aliases: [], mentions: 0 };
  actor.mentions++;
  if (alias && alias !== actor.label && !actor.aliases.includes(alias)) actor.aliases.push(alias);
  actors.set(key, actor);
  byName.set(normaliseName(label), key);
  if (alias) byName.set(normaliseName(alias), key);
  return key;
}

/** The actor a mention names: a reference, a shorter name, an alias, a person, or a new actor of its kind. */
function keyOfMention(mention: Mention, state: ResolveState): string | undefined {
  const { actors, byName } = state;
  if (mention.refers) return referent(mention, state.recent, actors, state.statesOf);
  const whole = mention.kind === 'government-body' || mention.kind === 'group' ? ownerOf(mention, actors) : undefined;
  if (whole) return add(state, whole, mention.kind as DraftActor['kind'], mention.text);
  const alias =
    mention.kind === 'unknown' ? aliasOf(mention, [...actors.values()], byName, state.previous, state.text) : undefined;
  if (alias) return add(state, (actors.get(alias) as DraftActor).label, 'group', mention.text);
  // "… with Van Dam": a "place" after a preposition that is the surname of a person named before is that person.
  const person = mention.kind === 'place' ? personNamed(mention.name, actors) : undefined;
  if (person) return add(state, person.label, 'person', mention.text);
  if (mention.kind === 'person') return addPerson(mention, actors, byName, (l, k, a) => add(state, l, k, a));
  if (mention.kind !== 'unknown') return add(state, mention.name, mention.kind, mention.text);
  // A lone acronym with no expansion before it is an organisation in its own right ("ASEAN").
  return /^\p{Lu}{2,6}$/u.test(mention.text) ? add(state, mention.text, 'group') : undefined;
}

/** A person by full name, or an earlier person whose surname this is; the role is kept from any titled mention. */
function addPerson(
  mention: Mention,
  actors: Map<string, DraftActor>,
  byName: Map<string, string>,
  add: (label: string, kind: DraftActor['kind'], alias?: string) => string,
): string {
  const earlier = [...actors.values()].find(
    (a) => a.kind === 'person' && a.label !== mention.name && a.label.endsWith(` ${mention.name}`),
  );
  const key = earlier ? add(earlier.label, 'person', mention.text) : add(mention.name, 'person', mention.text);
  const actor = actors.get(key) as DraftActor;
  if (mention.role && !actor.role) actor.role = mention.role;
  byName.set(normaliseName(mention.name), key);
  return key;
}

/** The actor a lone word names: a surname of an earlier person, an acronym after its expansion, or a known name. */
function aliasOf(
  mention: Mention,
  actors: DraftActor[],
  byName: Map<string, string>,
  previous: { mention: Mention; key: string } | undefined,
  text: string,
): string | undefined {
  const direct = byName.get(normaliseName(mention.text));
  if (direct) return direct;
  const word = mention.text;
  const surname = actors.find((a) => a.kind === 'person' && a.label.split(/\s+/).slice(1).join(' ').endsWith(word));
  if (surname && /^\p{Lu}\p{Ll}/u.test(word)) return surname.key;
  if (!/^\p{Lu}{2,}$/u.test(word)) return undefined;
  const between = previous ? text.slice(previous.mention.end, mention.start) : '';
  if (previous && /^\s*\(\s*$|^,\s*(known as|or)\s+$/.test(between)) return previous.key;
  return actors.find((a) => a.kind !== 'person' && initialsOf(a.label).toUpperCase() === word)?.key;
}

/** The earlier person whose full name or surname this is. */
function personNamed(name: string, actors: Map<string, DraftActor>): DraftActor | undefined {
  const lower = name.toLowerCase();
  return [...actors.values()].find(
    (a) => a.kind === 'person' && (a.label.toLowerCase() === lower || a.label.toLowerCase().endsWith(` ${lower}`)),
  );
}

/** A key not yet taken, from the label. */
function uniqueKey(actors: Map<string, DraftActor>, label: string): string {
  const base = keyOf(label);
  let key = base;
  for (let i = 2; actors.has(key); i++) key = `${base}-${i}`;
  return key;
}
