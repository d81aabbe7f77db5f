// One sentence's mentions put together: names, groups and topics, with the rules that join or drop them.

import type { Sentence } from './find-sentences';
import { isTopicHead } from './find-topics';
import type { Mention } from './mention';

// "The exercise, called Northern Bastion": the name after these words names the event before them.
const NAMING = /^,?\s+(?:called|dubbed|named|code-?named|known as)\s+$/;
const HEAD_WORD = /^(talks|summit|exercise|deal|agreement|treaty|accord|conference|initiative|operation)$/i;

/** The sentence's mentions in text order: a name inside a topic ("Talks in Geneva") is the topic's. */
export function settleMentions(sentence: Sentence, names: Mention[], extra: Mention[]): Mention[] {
  const topics = extra.filter((m) => m.kind === 'event' || m.kind === 'issue');
  const kept = names.filter(
    (n) => !(HEAD_WORD.test(n.text) && topics.some((t) => t.start <= n.start && n.end <= t.end)),
  );
  for (const topic of topics.filter((t) => t.kind === 'event')) {
    const next = kept.find((n) => n.start >= topic.end && NAMING.test(textBetween(sentence, topic.end, n.start)));
    if (next) Object.assign(next, { kind: 'event', name: topic.name });
    // "NATO's Baltic Sentry mission": a plain name just before the head is the event's own name, not a person.
    const own = kept.find(
      (n) =>
        n.start === topic.start &&
        n.end < topic.end &&
        (n.kind === 'person' || n.kind === 'unknown') &&
        !n.role &&
        !isTopicHead(n.text),
    );
    if (own && /^\s+\S+$/.test(textBetween(sentence, own.end, topic.end))) {
      Object.assign(own, { kind: 'event', name: topic.name });
    }
  }
  return [...kept.flatMap((n, i) => withOwner(sentence, n, kept[i + 1])), ...extra].sort((a, b) => a.start - b.start);
}

/** "Estonia's Foreign Ministry": the body takes its state's name as its own, and the state stays a mention. */
function withOwner(sentence: Sentence, mention: Mention, next: Mention | undefined): Mention[] {
  if (mention.kind !== 'state' || next?.kind !== 'government-body') return [mention];
  if (!/^['’]s\s+$/.test(textBetween(sentence, mention.end, next.start))) return [mention];
  const text = textBetween(sentence, mention.start, next.end);
  Object.assign(next, { text, start: mention.start, name: text });
  return [mention];
}

/** The sentence's text between two offsets of the article. */
function textBetween(sentence: Sentence, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start);
}
