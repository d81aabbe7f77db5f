// Names that point back: "the ministry", "he", a shorter name of an earlier body, and the labels of events and issues.
import type { DraftActor } from './draft-types';
import type { Mention } from './mention';
import { escapeRegExp } from './normalise-name';

/** "the ministry", "The Polish minister", "he": the most recent actor the noun fits. */
export function referent(
  mention: Mention,
  recent: readonly string[],
  actors: Map<string, DraftActor>,
  statesOf: Map<string, string>,
): string | undefined {
  const noun = mention.refers ?? '';
  const fits = (a: DraftActor): boolean => {
    if (noun === 'person') return a.kind === 'person';
    if (PERSON_NOUNS.test(noun)) {
      const role = a.kind === 'person' && new RegExp(noun, 'i').test(a.role ?? '');
      return role && (!mention.stateOf || statesOf.get(a.key) === mention.stateOf);
    }
    const special = SPECIAL[noun];
    if (special) return special(a);
    return a.kind !== 'person' && a.label.toLowerCase().includes(noun);
  };
  // Forty mentions back is a few sentences: further than that, a description rarely points to the same actor.
  return recent.slice(0, 40).find((key) => fits(actors.get(key) as DraftActor));
}

const PERSON_NOUNS = /^(minister|envoy|president)$/;

/** A company's name: a group named in capitals, more than one word, not an international organisation. */
const isCompany = (a: DraftActor): boolean =>
  a.kind === 'group' &&
  /^\p{Lu}/u.test(a.label) &&
  a.label.includes(' ') &&
  !/\b(Union|Nations|Organi[sz]ation|Alliance|Association)\b/.test(a.label) &&
  !/(critics|officials|analysts|lawmakers|diplomats|groups|leaders)$/i.test(a.label);

/** Nouns whose referent is not found by its own word in the label. */
const SPECIAL: Record<string, (a: DraftActor) => boolean> = {
  alliance: (a) => /Alliance|Treaty Organi[sz]ation|^NATO$/.test(a.label),
  bloc: (a) => a.kind === 'group' && /Union|Association|Community|Bloc|Cooperation/.test(a.label),
  company: isCompany,
  firm: isCompany,
  group: isCompany,
};

/** "Foreign Ministry" after "Estonia's Foreign Ministry": the shorter name is the earlier body's. */
export function ownerOf(mention: Mention, actors: Map<string, DraftActor>): string | undefined {
  const name = mention.name;
  if (!/^\p{Lu}/u.test(name)) return undefined;
  return [...actors.values()].find(
    (a) => a.kind === mention.kind && a.label !== name && new RegExp(`(^|\\s)${escapeRegExp(name)}$`).test(a.label),
  )?.label;
}

/** An event or issue is labelled by its proper name if the text gives one, else by its fullest phrase. */
export function relabel(actor: DraftActor): void {
  const names = [actor.label, ...actor.aliases].map((n) => n.replace(/^(the|a|an|this|its|their)\s+/i, ''));
  const proper = names.find(
    (n) => /^\p{Lu}\p{Ll}+(\s+\p{Lu}[\p{L}\p{N}-]*)+$/u.test(n) && !/^(Talks|Summit)\b/.test(n),
  );
  const fullest = [...names].sort((a, b) => b.length - a.length)[0] ?? actor.label;
  const label = (proper ?? fullest).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (label === actor.label) return;
  if (!actor.aliases.includes(actor.label)) actor.aliases.unshift(actor.label);
  actor.aliases = actor.aliases.filter((a) => a !== label);
  actor.label = label;
}
