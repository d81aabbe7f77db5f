// The folded words of every actor's label and aliases, built once per graph, for search.

import type { ActorGraph } from './actor-graph';

/** Letters of scripts written without spaces between words: a typed word may match inside a name there. */
export const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** Letters that carry no combining mark to strip but are still read as plain Latin ones in a search. */
const PLAIN_LATIN: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

const ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folds a string for matching: lower case, no diacritics, typographic quotes and dashes made plain. */
export function foldText(text: string): string {
  // Most labels are plain ASCII: skipping Unicode normalisation for them halves the index's build time.
  if (ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  // NFKD also makes full-width Latin plain; only Latin-style combining marks go, so Japanese voicing marks stay.
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßłøđðþæœı]/g, (c) => PLAIN_LATIN[c] ?? c)
    .replace(/[‘’‛`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text: apostrophes join ("o'brien" is "obrien"), any other non-letter separates. */
export function toWords(text: string): string[] {
  return foldText(text)
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word.length > 0);
}

/** One name's words, and the words run together (for matching inside names written without spaces). */
export interface NameWords {
  words: string[];
  joined: string;
}

/** An actor as search sees it: its label first among its names, then its aliases, and its degree for ranking. */
export interface NamedActor {
  key: string;
  label: string;
  kind: string | undefined;
  degree: number;
  aliases: string[];
  names: NameWords[];
}

function nameWords(text: string): NameWords {
  const words = toWords(text);
  return { words, joined: words.join('') };
}

/** One actor's entry, read from the graph as it is now. */
function entryOf(graph: ActorGraph, key: string): NamedActor {
  const attrs = graph.getNodeAttributes(key);
  const label = typeof attrs.label === 'string' && attrs.label !== '' ? attrs.label : key;
  const aliases = (Array.isArray(attrs.aliases) ? attrs.aliases : []).filter(
    (alias): alias is string => typeof alias === 'string' && alias !== '',
  );
  const kind = typeof attrs.kind === 'string' ? attrs.kind : undefined;
  const names = [label, ...aliases].map(nameWords);
  return { key, label, kind, degree: graph.degree(key), aliases, names };
}

function buildIndex(graph: ActorGraph): Map<string, NamedActor> {
  const actors = new Map<string, NamedActor>();
  graph.forEachNode((key) => {
    actors.set(key, entryOf(graph, key));
  });
  return actors;
}

const indexes = new WeakMap<ActorGraph, Map<string, NamedActor>>();
const watched = new WeakSet<ActorGraph>();

type Payload = { key: string; source: string; target: string };

/**
 * How the index follows the graph's events, when it has been built: an actor added, dropped or renamed changes its
 * own entry; a relation added or dropped changes the degree of its two ends; a wholesale change drops the index.
 */
function follow(graph: ActorGraph): Record<string, (payload: Payload) => void> {
  const refresh = (key: string) => {
    const index = indexes.get(graph);
    if (index && graph.hasNode(key)) index.set(key, entryOf(graph, key));
  };
  const drop = () => indexes.delete(graph);
  return {
    nodeAdded: ({ key }) => refresh(key),
    nodeDropped: ({ key }) => indexes.get(graph)?.delete(key),
    nodeAttributesUpdated: ({ key }) => refresh(key),
    edgeAdded: ({ source, target }) => {
      refresh(source);
      refresh(target);
    },
    edgeDropped: ({ source, target }) => {
      refresh(source);
      refresh(target);
    },
    cleared: drop,
    edgesCleared: drop,
    eachNodeAttributesUpdated: drop,
  };
}

/**
 * The search index of a graph, built on first use and then kept up to date by the graph's own events, so that an
 * edit on a 50,000-actor graph re-reads one or two actors rather than all of them.
 */
export function indexActorNames(graph: ActorGraph): Iterable<NamedActor> {
  let index = indexes.get(graph);
  if (!index) {
    index = buildIndex(graph);
    indexes.set(graph, index);
    if (!watched.has(graph)) {
      watched.add(graph);
      const events = graph as unknown as { on(event: string, handler: (payload: Payload) => void): void };
      for (const [event, handler] of Object.entries(follow(graph))) events.on(event, handler);
    }
  }
  return index.values();
}
