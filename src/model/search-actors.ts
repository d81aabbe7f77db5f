// Finds actors by the words of their labels and aliases, in any order, accents and case folded; best matches first.

import type { ActorGraph } from './actor-graph';
import { indexActorNames, type NamedActor, type NameWords, NO_SPACE_SCRIPT, toWords } from './search-index';

export { foldText } from './search-index';

/** One suggestion: the actor, and the name that matched when it is an alias rather than the label. */
export interface ActorMatch {
  key: string;
  label: string;
  kind: string | undefined;
  /** The alias that matched, when the label itself did not. */
  alias?: string;
}

/** The best matches, and how many actors matched in all (so a cut list can say how many more there are). */
export interface ActorSearch {
  matches: ActorMatch[];
  total: number;
}

/** How many matches to return, and which actors may be offered at all (the ones the filters leave visible). */
export interface SearchOptions {
  limit?: number;
  include?: (key: string) => boolean;
}

/** How well a name matches, best first: the whole name, whole words, word prefixes, inside a word (scripts without spaces). */
const TIER = { whole: 0, words: 1, prefixes: 2, inside: 3, none: -1 } as const;

/** How one typed word matches one name: 0 the same word, 1 a word's beginning, 2 inside it (no-space scripts), -1 no. */
function matchWord(name: NameWords, typed: string, noSpace: boolean): number {
  let best = -1;
  for (const word of name.words) {
    if (word === typed) return 0;
    if (word.startsWith(typed)) best = 1;
  }
  if (best < 0 && noSpace && name.joined.includes(typed)) return 2;
  return best;
}

/** The tier of a name for the typed words: every typed word must match one of its words (-1 when one does not). */
function tierOf(name: NameWords, typed: readonly string[], noSpace: readonly boolean[]): number {
  let worst = 0;
  for (let i = 0; i < typed.length; i++) {
    const found = matchWord(name, typed[i] as string, noSpace[i] as boolean);
    if (found < 0) return TIER.none;
    worst = Math.max(worst, found);
  }
  if (worst === 0) return typed.length === name.words.length ? TIER.whole : TIER.words;
  return worst === 1 ? TIER.prefixes : TIER.inside;
}

/** An actor's best tier over its label and aliases; the label wins a tie, an alias is named when it did better. */
function bestName(actor: NamedActor, typed: readonly string[], noSpace: readonly boolean[]) {
  let tier: number = TIER.none;
  let alias: string | undefined;
  actor.names.forEach((name, i) => {
    const found = tierOf(name, typed, noSpace);
    if (found < 0 || (tier >= 0 && found >= tier)) return;
    tier = found;
    alias = i === 0 ? undefined : actor.aliases[i - 1];
  });
  return { tier, alias };
}

interface Scored {
  actor: NamedActor;
  tier: number;
  alias: string | undefined;
}

/** Best tier first, then the most connected actor (a hub before its namesakes), then the label matched over an alias, then A to Z. */
function compareScored(a: Scored, b: Scored): number {
  return (
    a.tier - b.tier ||
    b.actor.degree - a.actor.degree ||
    Number(a.alias !== undefined) - Number(b.alias !== undefined) ||
    a.actor.label.localeCompare(b.actor.label)
  );
}

/** Actors whose label or an alias has every typed word (as a word or a word's beginning), best first, with the total. */
export function searchActors(graph: ActorGraph, query: string, options: SearchOptions = {}): ActorSearch {
  const typed = toWords(query);
  if (typed.length === 0) return { matches: [], total: 0 };
  const noSpace = typed.map((word) => NO_SPACE_SCRIPT.test(word));
  const scored: Scored[] = [];
  for (const actor of indexActorNames(graph)) {
    if (options.include && !options.include(actor.key)) continue;
    const { tier, alias } = bestName(actor, typed, noSpace);
    if (tier >= 0) scored.push({ actor, tier, alias });
  }
  scored.sort(compareScored);
  const matches = scored.slice(0, options.limit ?? 10).map(({ actor, alias }) => {
    const { key, label, kind } = actor;
    return alias === undefined ? { key, label, kind } : { key, label, kind, alias };
  });
  return { matches, total: scored.length };
}

/** The single best actor for a query (what Enter selects), or undefined. */
export function findActor(
  graph: ActorGraph,
  query: string,
  include?: (key: string) => boolean,
): ActorMatch | undefined {
  return searchActors(graph, query, include ? { limit: 1, include } : { limit: 1 }).matches[0];
}
