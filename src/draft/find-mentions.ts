// Mentions in a sentence: runs of capitalised words and group nouns, each classified by the tables.
import type { ActorKind } from '../model/schema';
import { classify } from './classify-name';
import { findGroups } from './find-groups';
import { findReferences } from './find-references';
import type { Sentence } from './find-sentences';
import { findTopics } from './find-topics';
import type { Mention } from './mention';
import { settleMentions } from './settle-mentions';
import { lookUpState } from './state-index';
import { BODY_WORDS, GROUP_WORDS } from './tables/titles';
import { WEAPON_NAMES } from './tables/weapons';

export type { Mention };

// A capitalised word (or acronym, "U.S.", "Co-operation", "Stockholm-based"); lower-case joints inside names.
const RUN =
  /(?:[A-Z][\p{L}\p{N}'’.-]*|\d+)(?:\s+(?:(?:of|for|on|the|de|van|der|von|al|and|in)\s+)*(?:[A-Z][\p{L}\p{N}'’.-]*|\d+))*/gu;
const LEADING = new Set(
  'The A An In On At But And After Before While Last This That These Those It He She They His Her Its Their With For From By As When Since Under Over Meanwhile However Asked Both Neither Some Many Most Several Next Earlier Later According If Although Despite During Until Speaking Among Such Why What Who One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d+|EDT|EST|GMT|UTC|CET|CEST|BST|PST|PDT|MSK)$/;
// Bodies whose proper name goes on with "in" ("European Union Mission in Armenia"); other names end before "in".
const NAMED_IN = /^(Mission|Office|Embassy|Delegation|Representation|Consulate)$/;
// "… Co-operation in Europe": an organisation's name goes on with "in" a continent or world region.
const REGION_AFTER_IN = /^(Europe|Asia|Africa|Latin|Central|South|North|East|West|Eurasia|Oceania)$/;
const ORG_HINTS = /\b(Organization|Organisation|Union|Nations|Treaty|Alliance|Association)\b/;

/** Every mention in a sentence, in order; `tags` are compromise's people, places and organisations by offset. */
export function findMentions(sentence: Sentence, tags: Map<number, ActorKind>): Mention[] {
  const mentions: Mention[] = [];
  const headline = isHeadline(sentence.text);
  for (const m of sentence.text.matchAll(RUN)) {
    for (const part of splitRun(m[0], m.index)) {
      // In a headline every word is capitalised, so a run is no name: only the table's names and lone words count.
      const pieces = headline && !lookUpState(part.text) ? wordsOf(part) : [part];
      const known = headline ? new Map<number, ActorKind>() : tags;
      for (const p of pieces) mentions.push(...classify(p.text, sentence.start + p.at, sentence.text, p.at, known));
    }
  }
  return settleMentions(sentence, mentions, [
    ...findGroups(sentence),
    ...findTopics(sentence),
    ...findReferences(sentence),
  ]);
}

/** A line in title case ("Shadow Diplomacy Raises Alarms"): most of its longer words are capitalised. */
function isHeadline(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 3 && capitalised >= 0.8 * long.length && !/[.!?]["”’]?$/.test(text.trim());
}

/** The words of a part, each with its offset. */
function wordsOf(part: { text: string; at: number }): { text: string; at: number }[] {
  return [...part.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], at: part.at + w.index }));
}

/** A run cut where it is not one name: leading function words, calendar words, possessives, "X and Y" of places. */
function splitRun(run: string, at: number): { text: string; at: number }[] {
  const words = [...run.matchAll(/\S+/g)].map((w) => ({ text: w[0], at: at + w.index }));
  const parts: { text: string; at: number }[][] = [[]];
  const keepJoints = ORG_HINTS.test(run) || BODY_WORDS.test(run) || GROUP_WORDS.test(run);
  words.forEach((word, i) => {
    const inRegion = word.text === 'in' && REGION_AFTER_IN.test(words[i + 1]?.text ?? '');
    placeWord(word, parts, keepJoints, inRegion);
  });
  return parts
    .map((ws) => trimJoints(ws))
    .filter((ws) => ws.length > 0)
    .map((ws) => {
      const first = ws[0] as { text: string; at: number };
      const last = ws[ws.length - 1] as { text: string; at: number };
      return { text: run.slice(first.at - at, last.at - at + last.text.length), at: first.at };
    });
}

/** Puts one word of a run into the current part, or starts a new part where the name breaks. */
function placeWord(
  word: { text: string; at: number },
  parts: { text: string; at: number }[][],
  keepJoints: boolean,
  inRegion: boolean,
) {
  const current = parts[parts.length - 1] ?? [];
  const bare = /^(?:\p{Lu}\.){2,}$/u.test(word.text) ? word.text : word.text.replace(/[.,;:]+$/, '');
  const last = current[current.length - 1]?.text ?? '';
  // "Aster 30": a number after a weapon's name is part of it.
  const numbered = /^\d+$/.test(bare) && WEAPON_NAMES.has(last);
  if (
    !numbered &&
    breaksRun(bare, current.length === 0, keepJoints && (bare !== 'in' || inRegion || NAMED_IN.test(last)))
  ) {
    parts.push([]);
    return;
  }
  const based = bare.match(/^(.+)-(based|made|built|supplied|designed|backed|led|owned|brokered|hosted)$/);
  if (based) {
    // "Oslo-based": the city is its own part, a place by what follows it; "Turkish-made": the state.
    parts.push([{ text: based[1] ?? '', at: word.at }], []);
    return;
  }
  current.push({ text: bare.replace(/['’]s$/, ''), at: word.at });
  // "U.S. Mission": the full stop of an abbreviation does not end the name.
  if (/['’]s$/.test(bare) || (bare !== word.text && !/^(?:\p{Lu}\.){2,}$/u.test(word.text))) parts.push([]);
}

/** Whether a word ends the name before it: a calendar word, a function word opening a part, a bare "and"/"in". */
function breaksRun(bare: string, opening: boolean, keepJoints: boolean): boolean {
  if (CALENDAR.test(bare)) return true;
  if (opening && (LEADING.has(bare) || /^\p{Ll}/u.test(bare))) return true;
  return !keepJoints && (bare === 'and' || bare === 'in');
}

/** Drops lower-case joints at the ends of a part ("of the"). */
function trimJoints(ws: { text: string; at: number }[]): { text: string; at: number }[] {
  let a = 0;
  let b = ws.length;
  while (a < b && /^\p{Ll}/u.test(ws[a]?.text ?? '')) a++;
  while (b > a && /^\p{Ll}/u.test(ws[b - 1]?.text ?? '')) b--;
  return ws.slice(a, b);
}
