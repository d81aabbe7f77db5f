// Events and issues named by common nouns in a sentence ("the talks in Geneva", "sanctions", "the NATO summit").

import type { Sentence } from './find-sentences';
import { IN_PLACE_TAIL, type Mention } from './mention';
import { escapeRegExp } from './normalise-name';
import {
  DETERMINERS,
  NOT_A_TOPIC_AFTER,
  NOT_A_TOPIC_BEFORE,
  TOPIC_CLASSES,
  TOPIC_MODIFIERS,
  type TopicClass,
} from './tables/topics';

const HEADS = TOPIC_CLASSES.flatMap((c) => c.heads.map((head) => ({ head, topic: c }))).sort(
  (a, b) => b.head.length - a.head.length,
);
const HEAD_PATTERN = new RegExp(`\\b(${HEADS.map((h) => escapeRegExp(h.head)).join('|')})\\b`, 'gi');
const CLASS_OF = new Map(HEADS.map((h) => [h.head, h.topic]));

/** Every event or issue a common noun names in the sentence; `name` is the class label, `text` the phrase. */
export function findTopics(sentence: Sentence): Mention[] {
  const found: Mention[] = [];
  for (const m of sentence.text.matchAll(HEAD_PATTERN)) {
    const head = m[0];
    const topic = CLASS_OF.get(head.toLowerCase());
    // A capitalised head inside a sentence belongs to a name ("Mutual Defense Treaty"), which the name rules take.
    if (!topic || (/^\p{Lu}/u.test(head) && m.index > 0 && !isPhraseStart(sentence.text, m.index))) continue;
    const before = sentence.text.slice(0, m.index);
    const after = sentence.text.slice(m.index + head.length);
    if (NOT_A_TOPIC_BEFORE.test(before) || NOT_A_TOPIC_AFTER[head.toLowerCase()]?.test(after)) continue;
    if (topic.needsDeterminer && !DETERMINERS.test(before)) continue;
    const from = m.index - modifiersBefore(before).length;
    const to = m.index + head.length;
    const tail = topic.kind === 'event' ? after.match(IN_PLACE_TAIL)?.[0] : undefined;
    const text = sentence.text.slice(from, to);
    const mention: Mention = {
      text,
      start: sentence.start + from,
      end: sentence.start + to,
      kind: topic.kind,
      name: topic.label,
    };
    found.push(tail ? { ...mention, longer: `${text}${tail}` } : mention);
  }
  return found;
}

/** Whether a word is the head of an event or issue ("Ceasefire", "talks"), and so not another thing's name. */
export function isTopicHead(word: string): boolean {
  return CLASS_OF.has(word.toLowerCase());
}

/** The class a topic label names, for the rules that treat events and issues apart. */
export function topicClass(label: string): TopicClass | undefined {
  return TOPIC_CLASSES.find((c) => c.label === label);
}

/** The words before a head that are part of its name: capitalised words and known modifiers, at most three. */
function modifiersBefore(before: string): string {
  const words = before.match(/(?:[\p{L}\p{N}'’.-]+\s+){1,3}$/u)?.[0] ?? '';
  const list = words.split(/\s+/).filter(Boolean);
  let keep = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const w = list[i] ?? '';
    const ok = TOPIC_MODIFIERS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}.-]*$/u.test(w) || /^\d[\d,.-]*-\w+$/u.test(w);
    if (!ok || /^(The|A|An|But|And|In|On)$/.test(w)) break;
    keep++;
  }
  if (!keep) return '';
  const tail = list.slice(list.length - keep).join(' ');
  return before.slice(before.lastIndexOf(tail));
}

/** Whether a capitalised head opens its phrase: at the start of the sentence or after "The"/"A". */
function isPhraseStart(text: string, at: number): boolean {
  return /^(?:(?:The|A|An)\s+)?$/.test(text.slice(0, at));
}
