// Groups and bodies named by common nouns: "critics", "EU officials", "aid groups", "the Italian navy".

import type { Sentence } from './find-sentences';
import { IN_PLACE_TAIL, type Mention } from './mention';
import { lookUpState } from './state-index';
import { BARE_GROUP_NOUNS, BODY_NOUNS, GROUP_MODIFIERS, MODIFIED_GROUP_NOUNS } from './tables/titles';

// Each word may open a sentence, so its first letter may be upper case ("Critics said…").
const alt = (words: readonly string[]) =>
  words.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1).replace(/ /g, '\\s+')}`).join('|');
// A capitalised word or acronym ("EU", "U.S.", "Western", "Norway's"), or a known lower-case modifier.
const MODIFIER = `(?:\\p{Lu}[\\p{L}.’'-]*|${alt(GROUP_MODIFIERS)})`;
const GROUPS = new RegExp(
  `(?<![\\p{L}-])((?:${MODIFIER}\\s+){0,2})(${alt(BARE_GROUP_NOUNS)}|${alt(MODIFIED_GROUP_NOUNS)})\\b`,
  'gu',
);
const BODIES = new RegExp(`(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,2})(${alt(BODY_NOUNS)})\\b`, 'gu');
/** Capitalised words that open a sentence or a clause and are not part of a group's name. */
const NOT_MODIFIERS =
  /^(The|A|An|But|And|In|On|At|Some|Many|Most|Several|Other|Two|Three|Four|Five|Both|All|Few|Its|Their|His|Her|Our|Top|When|While|As|If|After|Of|For|With|By|From|It|They|We|He|She|This|That|These|Those)$/;

const FOLLOWED_BY_GROUP = new RegExp(`^\\s+(?:${alt(MODIFIED_GROUP_NOUNS)}|${alt(BARE_GROUP_NOUNS)})\\b`, 'u');

/** Every group or body a common noun names in the sentence, with its modifier when it has one. */
export function findGroups(sentence: Sentence): Mention[] {
  return [...groupsOf(sentence), ...bodiesOf(sentence)];
}

/** "critics", "EU officials", "aid groups in Sudan": a bare voice, or a noun that needs its modifier. */
function groupsOf(sentence: Sentence): Mention[] {
  const found: Mention[] = [];
  for (const m of sentence.text.matchAll(GROUPS)) {
    const noun = m[2] ?? '';
    const mods = keptModifiers(m[1] ?? '', true);
    if (!BARE_GROUP_NOUNS.includes(noun.toLowerCase()) && !mods) continue;
    const group = mention(sentence, m.index + (m[1] ?? '').length - mods.length, `${mods}${noun}`, 'group');
    const tail = sentence.text.slice(group.end - sentence.start).match(IN_PLACE_TAIL)?.[0];
    found.push(tail ? { ...group, longer: `${group.text}${tail}` } : group);
  }
  return found;
}

/** "the Italian navy", "Norway's armed forces": a state's word before the noun makes it that state's body. */
function bodiesOf(sentence: Sentence): Mention[] {
  const found: Mention[] = [];
  for (const m of sentence.text.matchAll(BODIES)) {
    const mods = keptModifiers(m[1] ?? '', false);
    const first = mods.split(/\s+/)[0]?.replace(/['’]s$/, '') ?? '';
    if (!mods || !(lookUpState(first) || /^\p{Lu}\p{Ll}+$/u.test(first))) continue;
    // "Ukrainian military leaders", "government officials": the people, a group, not the body.
    if (FOLLOWED_BY_GROUP.test(sentence.text.slice(m.index + m[0].length))) continue;
    found.push(mention(sentence, m.index + (m[1] ?? '').length - mods.length, `${mods}${m[2]}`, 'government-body'));
  }
  return found;
}

/** The modifier words kept before a noun: function words opening a sentence are dropped. */
function keptModifiers(words: string, lowerOk: boolean): string {
  const list = words.split(/(?<=\s)/).filter((w) => w.trim());
  while (list.length && NOT_MODIFIERS.test(list[0]?.trim() ?? '')) list.shift();
  if (!lowerOk && list.some((w) => /^\p{Ll}/u.test(w))) return '';
  return list.join('');
}

/** A mention with the label's first letter in upper case ("aid groups" → "Aid groups"). */
function mention(sentence: Sentence, at: number, text: string, kind: 'group' | 'government-body'): Mention {
  const start = sentence.start + at;
  const name = text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/\s+/g, ' ');
  return { text, start, end: start + text.length, kind, name };
}
