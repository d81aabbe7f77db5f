// Finds actors by label or alias, ignoring case and accents, best matches first.

import type { ActorGraph } from './actor-graph';

/** One suggestion: the actor, and the name that matched when it is an alias rather than the label. */
export interface ActorMatch {
  key: string;
  label: string;
  kind: string | undefined;
  /** The alias that matched, when the label itself did not. */
  alias?: string;
}

/** Folds a string for matching: lower case, no diacritics, typographic quotes and dashes made plain. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’‛`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ranks how well a folded name matches a folded query: 0 exact, 1 prefix, 2 word prefix, 3 substring. */
function rank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  return name.includes(query) ? 3 : -1;
}

/** The best rank among an actor's label and aliases (-1 for no match), and the alias when one beat the label. */
function bestName(label: string, aliases: unknown, folded: string): { score: number; alias?: string } {
  let best: { score: number; alias?: string } = { score: rank(foldText(label), folded) };
  for (const name of Array.isArray(aliases) ? aliases : []) {
    if (typeof name !== 'string') continue;
    const score = rank(foldText(name), folded);
    if (score >= 0 && (best.score < 0 || score < best.score)) best = { score, alias: name };
  }
  return best;
}

/** Actors whose label or an alias contains the query, best first, at most `limit` of them. */
export function searchActors(graph: ActorGraph, query: string, limit = 10): ActorMatch[] {
  const folded = foldText(query);
  if (!folded) return [];
  const scored: { match: ActorMatch; score: number }[] = [];
  graph.forEachNode((key, attrs) => {
    const label = typeof attrs.label === 'string' ? attrs.label : key;
    const { score, alias } = bestName(label, attrs.aliases, folded);
    if (score < 0) return;
    const kind = typeof attrs.kind === 'string' ? attrs.kind : undefined;
    scored.push({ match: alias ? { key, label, kind, alias } : { key, label, kind }, score });
  });
  scored.sort((a, b) => a.score - b.score || a.match.label.localeCompare(b.match.label));
  return scored.slice(0, limit).map((s) => s.match);
}

/** The single best actor for a query (what Enter selects), or undefined. */
export function findActor(graph: ActorGraph, query: string): ActorMatch | undefined {
  return searchActors(graph, query, 1)[0];
}
