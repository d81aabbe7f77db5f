// Relations of one sentence: each pair of its actors, the code book's verb, the hedges' certainty and the date.
import * as chrono from 'chrono-node';
import type { Certainty } from '../model/schema';
import type { DraftRelation } from './draft-types';
import type { Sentence } from './find-sentences';
import type { Mention } from './mention';
import { keyOf } from './normalise-name';
import { HEDGES } from './tables/hedges';
import { DEFAULT_VERB, VERB_CODES, type VerbCode } from './tables/verbs';

/** Sentences with this many actors or fewer propose every pair; longer lists only the subject's and neighbours'. */
export const ALL_PAIRS_UP_TO = 4;

/** The certainty a sentence gives its claims: the first hedge found, else confirmed. */
export function certaintyOf(sentence: string): Certainty {
  return HEDGES.find((hedge) => hedge.pattern.test(sentence))?.certainty ?? 'confirmed';
}

/** The date a sentence gives, computed from the article's date, with the words that gave it. */
export function dateOf(sentence: string, published?: string): { date: string; dateText: string } | undefined {
  const reference = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? new Date(`${published}T12:00:00Z`) : undefined;
  if (!reference) return undefined;
  const found = chrono.parse(sentence, reference)[0];
  if (!found) return undefined;
  const iso = found.start.date().toISOString();
  const known = found.start;
  const date =
    known.isCertain('day') || known.isCertain('weekday')
      ? iso.slice(0, 10)
      : known.isCertain('month')
        ? iso.slice(0, 7)
        : iso.slice(0, 4);
  return { date, dateText: found.text };
}

/** The drafted relations of one sentence from its mentions and their actor keys (in text order). */
export function draftRelations(
  sentence: Sentence,
  mentions: readonly { mention: Mention; key: string }[],
  published?: string,
): DraftRelation[] {
  const titles = titleLinks(sentence, mentions);
  const firsts = new Map<string, Mention>();
  for (const { mention, key } of mentions) if (!firsts.has(key)) firsts.set(key, mention);
  const all = [...firsts.entries()];
  if (all.length < 2) return titles;
  const verb = VERB_CODES.find((code) => code.pattern.test(sentence.text)) ?? DEFAULT_VERB;
  const shared = { certainty: certaintyOf(sentence.text), when: dateOf(sentence.text, published), sentence };
  const isTopic = ([, m]: [string, Mention]) => m.kind === 'event' || m.kind === 'issue';
  const order = all.filter((a) => !isTopic(a));
  const topics = all.filter(isTopic);
  const pairs = new Map<string, [number, number]>();
  // The first actor is the sentence's subject more often than not; neighbours are linked too, for lists.
  for (let j = 1; j < order.length; j++) pairs.set(`0 ${j}`, [0, j]);
  if (order.length <= ALL_PAIRS_UP_TO) {
    for (let i = 1; i < order.length; i++) for (let j = i + 1; j < order.length; j++) pairs.set(`${i} ${j}`, [i, j]);
  }
  for (let i = 1; i + 1 < order.length; i++) pairs.set(`${i} ${i + 1}`, [i, i + 1]);
  const drafted = [...pairs.values()].map(([i, j]) =>
    relationOf(order[i] as [string, Mention], order[j] as [string, Mention], verb, shared),
  );
  // Every actor of the sentence takes part in its events and is concerned by its issues; events concern issues.
  const hubs = topics.flatMap((topic, t) => [
    ...order.map((actor) => relationOf(actor, topic, topicVerb(verb, topic[1]), shared)),
    ...topics.slice(t + 1).map((other) => relationOf(topic, other, { ...DEFAULT_VERB }, shared)),
  ]);
  return [...titles, ...drafted, ...hubs];
}

/** The relation an actor has with an event or issue: the sentence's verb when it fits one, else taking part in it. */
function topicVerb(verb: VerbCode, topic: Mention): VerbCode {
  const fits = topic.kind === 'event' ? EVENT_VERBS : ISSUE_VERBS;
  if (fits.has(verb.relation)) return verb;
  return topic.kind === 'event' ? { ...verb, relation: 'participates-in', stance: 'neutral' } : DEFAULT_VERB;
}

const EVENT_VERBS = new Set<string>([
  'mediates',
  'leads',
  'criticises',
  'condemns',
  'welcomes',
  'backs',
  'warns-about',
  'initiates',
  'signs',
  'vetoes',
  'attacks',
]);
const ISSUE_VERBS = new Set<string>([
  'criticises',
  'condemns',
  'welcomes',
  'backs',
  'warns-about',
  'urges',
  'supplies',
  'pursues',
  'fears',
  'signs',
  'vetoes',
]);

/** One drafted relation between two actors of a sentence. */
function relationOf(
  [source, a]: [string, Mention],
  [target, b]: [string, Mention],
  verb: VerbCode,
  { certainty, when, sentence }: { certainty: Certainty; when: ReturnType<typeof dateOf>; sentence: Sentence },
): DraftRelation {
  return {
    key: `${source}>${target}@${sentence.start}`,
    source,
    target,
    relation: verb.relation,
    stance: verb.stance,
    certainty,
    ...(when ?? {}),
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    marks: [
      { start: a.start, end: a.end },
      { start: b.start, end: b.end },
    ],
  };
}

/** "Italian Defence Minister Marco Bellini": the person is one of the state the title's demonym names, confirmed. */
function titleLinks(sentence: Sentence, mentions: readonly { mention: Mention; key: string }[]): DraftRelation[] {
  return mentions.flatMap(({ mention, key }) => {
    const state =
      mention.stateOf && mentions.find((m) => m.mention.kind === 'state' && m.mention.name === mention.stateOf);
    const target = state ? state.key : mention.stateOf && keyOf(mention.stateOf);
    if (!target || target === key) return [];
    const relation: DraftRelation = {
      key: `${key}>${target}@${sentence.start}:title`,
      source: key,
      target,
      relation: 'member-of',
      stance: 'cooperative',
      certainty: 'confirmed',
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      marks: [{ start: mention.start, end: mention.end }],
    };
    return [relation];
  });
}
