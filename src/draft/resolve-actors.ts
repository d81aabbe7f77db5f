// One actor, many names: mentions become actors, with surnames, capitals, demonyms and acronyms as aliases.
import type { DraftActor } from './draft-types';
import type { Mention } from './find-mentions';
import { keyOf, normaliseName } from './normalise-name';

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
  const actors = new Map<string, DraftActor>();
  const byName = new Map<string, string>();
  const keys: (string | undefined)[] = [];
  let previous: { mention: Mention; key: string } | undefined;
  const add = (label: string, kind: DraftActor['kind'], alias?: string): string => {
    const found = byName.get(normaliseName(label));
    const key = found ?? uniqueKey(actors, label);
    const actor = actors.get(key) ?? { key, label, kind, aliases: [], mentions: 0 };
    actor.mentions++;
    if (alias && alias !== actor.label && !actor.aliases.includes(alias)) actor.aliases.push(alias);
    actors.set(key, actor);
    byName.set(normaliseName(label), key);
    if (alias) byName.set(normaliseName(alias), key);
    return key;
  };
  const keyOfMention = (mention: Mention): string | undefined => {
    const alias =
      mention.kind === 'unknown' ? aliasOf(mention, [...actors.values()], byName, previous, text) : undefined;
    if (alias) return add((actors.get(alias) as DraftActor).label, 'group', mention.text);
    if (mention.kind === 'person') return addPerson(mention, actors, byName, add);
    if (mention.kind !== 'unknown') return add(mention.name, mention.kind, mention.text);
    // A lone acronym with no expansion before it is an organisation in its own right ("ASEAN").
    return /^\p{Lu}{2,6}$/u.test(mention.text) ? add(mention.text, 'group') : undefined;
  };
  for (const mention of mentions) {
    const key = keyOfMention(mention);
    if (mention.stateOf) add(mention.stateOf, 'state');
    keys.push(key);
    if (key) previous = { mention, key };
  }
  return { actors: [...actors.values()], keys };
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

/** A key not yet taken, from the label. */
function uniqueKey(actors: Map<string, DraftActor>, label: string): string {
  const base = keyOf(label);
  let key = base;
  for (let i = 2; actors.has(key); i++) key = `${base}-${i}`;
  return key;
}
