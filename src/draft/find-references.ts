// Definite descriptions and pronouns that stand for an actor named before: "the ministry", "The Polish minister", "he".

import type { Sentence } from './find-sentences';
import type { Mention } from './mention';
import { lookUpState } from './state-index';

const NOUNS =
  'minister|ministry|company|firm|alliance|bloc|commission|council|agency|institute|coast guard|navy|army|committee|group|envoy|president|foundation|centre|center|think tank|parliament|court';
const REFERENCE = new RegExp(
  `\\b([Tt]he|[Tt]his)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?(${NOUNS})\\b(?![\\s-]+(?:of|for|on)\\b)`,
  'gu',
);
const PRONOUN = /\b([Hh]e|[Ss]he)\b(?=\s+\p{Ll})/gu;

/** "the X" and "he/she" as mentions to resolve to the nearest fitting actor before them. */
export function findReferences(sentence: Sentence): Mention[] {
  const found: Mention[] = [];
  for (const m of sentence.text.matchAll(REFERENCE)) {
    const adjective = m[2];
    const state = adjective ? lookUpState(adjective) : undefined;
    // "the European Commission" is a name, not a reference; only a demonym may stand between ("the Polish minister").
    if (adjective && state?.way !== 'demonym') continue;
    const start = sentence.start + m.index;
    found.push({
      text: m[0],
      start,
      end: start + m[0].length,
      kind: 'unknown',
      name: m[0],
      refers: (m[3] ?? '').toLowerCase(),
      ...(state ? { stateOf: state.state.name } : {}),
    });
  }
  for (const m of sentence.text.matchAll(PRONOUN)) {
    const start = sentence.start + m.index;
    found.push({ text: m[0], start, end: start + m[0].length, kind: 'unknown', name: m[0], refers: 'person' });
  }
  return found;
}
