// Drafting an article: text → sentences → mentions → actors → relations with evidence, offline and pure.
import nlp from 'compromise';
import type { ActorKind } from '../model/schema';
import { draftRelations } from './draft-relations';
import type { Draft, DraftActor, DraftOptions, DraftRelation, DraftSource, KnownActor } from './draft-types';
import { findMentions } from './find-mentions';
import { findSentences } from './find-sentences';
import type { Mention } from './mention';
import { editDistance, normaliseName } from './normalise-name';
import { resolveActors } from './resolve-actors';

export type { Draft, DraftActor, DraftRelation, DraftSource, KnownActor } from './draft-types';

/** Drafts actors and relations from an article; every relation quotes its whole sentence verbatim. */
export function draftFromText(text: string, source: DraftSource, options: DraftOptions = {}): Draft {
  const warnings: string[] = [];
  if (!text.trim()) return { source, actors: [], relations: [], warnings: ['The text is empty.'] };
  const sentences = findSentences(text);
  const tags = tagsOf(text);
  const perSentence: Mention[][] = sentences.map((sentence, i) => {
    options.onProgress?.(i, sentences.length * 2);
    return findMentions(sentence, tags);
  });
  const { actors, keys } = resolveActors(perSentence.flat(), text);
  const relations: DraftRelation[] = [];
  let k = 0;
  sentences.forEach((sentence, i) => {
    const found = (perSentence[i] ?? []).map((mention) => ({ mention, key: keys[k++] }));
    const named = found.filter((f): f is { mention: Mention; key: string } => f.key !== undefined);
    relations.push(...draftRelations(sentence, named, source.published));
    options.onProgress?.(sentences.length + i + 1, sentences.length * 2);
  });
  if (source.published && !/^\d{4}-\d{2}-\d{2}/.test(source.published)) {
    warnings.push(`Published "${source.published}" is not a date (YYYY-MM-DD): relative dates were not computed.`);
  }
  return { source, actors: matchKnown(actors, options.known ?? []), relations, warnings };
}

/** compromise's people, places and organisations, by their offset in the text. */
function tagsOf(text: string): Map<number, ActorKind> {
  const tags = new Map<number, ActorKind>();
  const doc = nlp(text);
  const put = (list: { offset: { start: number } }[], kind: ActorKind) => {
    for (const item of list) if (!tags.has(item.offset.start)) tags.set(item.offset.start, kind);
  };
  put(doc.people().json({ offset: true }), 'person');
  put(doc.organizations().json({ offset: true }), 'group');
  put(doc.places().json({ offset: true }), 'place');
  return tags;
}

/** Marks each actor "Same as" a known actor with its name, or close to those spelt nearly alike. */
export function matchKnown(actors: DraftActor[], known: readonly KnownActor[]): DraftActor[] {
  const names = known.flatMap((k) => [k.label, ...k.aliases].map((n) => ({ key: k.key, name: normaliseName(n) })));
  return actors.map((actor) => {
    const mine = [actor.label, ...actor.aliases].map(normaliseName);
    const same = names.find((n) => mine.includes(n.name));
    if (same) return { ...actor, sameAs: same.key };
    const close = names.filter((n) => n.name.length >= 5 && mine.some((m) => editDistance(m, n.name, 2) <= 2));
    const closeTo = [...new Set(close.map((n) => n.key))];
    return closeTo.length ? { ...actor, closeTo } : actor;
  });
}
