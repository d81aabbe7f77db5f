// Mentions in a sentence: runs of capitalised words and group nouns, each classified by the tables.
import type { ActorKind } from '../model/schema';
import { findGroups } from './find-groups';
import { findReferences } from './find-references';
import type { Sentence } from './find-sentences';
import { findTopics } from './find-topics';
import type { Mention } from './mention';
import { settleMentions } from './settle-mentions';
import { lookUpState } from './state-index';
import { BODY_WORDS, EVENT_WORDS, GROUP_WORDS, TITLE_HEADS, TITLE_WORDS } from './tables/titles';
import { WEAPON_NAMES } from './tables/weapons';
import { weaponName } from './weapon-name';

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
const PLACE_WORDS =
  /\b(Sea|Strait|Ocean|Gulf|Islands?|River|Bay|Peninsula|Canal|Port|Harbour|Region|Province|Base|Valley|Pass|Shoal|Reef|Coast|Mountains|Desert|Airport|Oblast|Caucasus|Balkans|Baltics|Sahel|Arctic|Antarctic|Levant|Mediterranean|Pacific|Atlantic|Middle East|Horn of Africa|Donbas|Crimea|Kashmir|Siberia|Scandinavia)\b|^(?:(?:Eastern|Western|Central|Northern|Southern|North|South|East|West)\s+)?(?:Europe|Asia|Africa|Americas)$/;
// Bodies whose proper name goes on with "in" ("European Union Mission in Armenia"); other names end before "in".
const NAMED_IN = /^(Mission|Office|Embassy|Delegation|Representation|Consulate)$/;
// "… Co-operation in Europe": an organisation's name goes on with "in" a continent or world region.
const REGION_AFTER_IN = /^(Europe|Asia|Africa|Latin|Central|South|North|East|West|Eurasia|Oceania)$/;
// "a forum in Tromso", "near Porkkala", "off Palawan": a plain name after these is a place.
const PLACE_BEFORE =
  /\b(in|at|near|off|outside|around|on the|(?:town|city|port|village|island|region|base|province|outskirts|coast|shores|north|south|east|west) of)\s+$/;
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

/** What a part names, by the tables first and compromise's tags after; none when it names nothing. */
function classify(text: string, start: number, sentence: string, at: number, tags: Map<number, ActorKind>): Mention[] {
  const end = start + text.length;
  const base = { text, start, end };
  const before = sentence.slice(Math.max(0, at - 20), at);
  const after = sentence.slice(at + text.length, at + text.length + 30);
  if (after.startsWith('-based')) return [{ ...base, kind: 'place', name: text }];
  const weapon = weaponName(text, after);
  if (weapon) {
    // "Norwegian F-35 fighter jets": the demonym is the state, the rest the weapon system.
    const w = { text: text.slice(weapon.at), start: start + weapon.at, end, kind: 'weapon-system' as const };
    const demonym = weapon.demonym ? classify(weapon.demonym, start, sentence, at, tags) : [];
    return [...demonym, { ...w, name: weapon.name, ...(weapon.noun ? { longer: `${w.text}${weapon.noun}` } : {}) }];
  }
  const state = lookUpState(text);
  if (state) {
    // A capital after "in", "at" or "near" is the city where something happens, not the state acting.
    if (state.way === 'capital' && /\b(in|at|near|outside|to|from)\s+$/i.test(before)) {
      return [{ ...base, kind: 'place', name: text }];
    }
    return [{ ...base, kind: 'state', name: state.state.name, stateWay: state.way }];
  }
  const person = titledPerson(text.split(/\s+/));
  if (person) return [{ ...base, ...person, kind: 'person' }];
  const kind = plainKind(text, before, keywordKind(text) ?? tags.get(start));
  return kind ? [{ ...base, kind, name: text }] : [];
}

/** The kind of a name no table knows: a keyword's or compromise's, a place after "in", else a person or group. */
function plainKind(text: string, before: string, tagged: ActorKind | undefined): Mention['kind'] | undefined {
  if (tagged && tagged !== 'person') return tagged;
  const words = text.split(/\s+/);
  const plain = words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}ø'’-]+$/u.test(w));
  // "near Porkkala", "in New York": a plain name after a preposition of place is a place, not a person.
  if (plain && PLACE_BEFORE.test(before) && !tagged) return 'place';
  if (tagged) return tagged;
  if (words.length === 1) return 'unknown';
  if (words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^(van|de|der|von|al)$/.test(w))) {
    // Two to four plain capitalised words with no keyword: in news copy, a person's name far more often than not.
    return words.length <= 3 ? 'person' : 'group';
  }
  return /^\p{Lu}/u.test(text) && words.length > 1 ? 'group' : undefined;
}

/** The kind a keyword in a name gives it ("Ministry", "Organization", "Summit", "Sea"). */
function keywordKind(text: string): ActorKind | undefined {
  if (BODY_WORDS.test(text)) return 'government-body';
  if (GROUP_WORDS.test(text)) return 'group';
  if (EVENT_WORDS.test(text)) return 'event';
  return PLACE_WORDS.test(text) ? 'place' : undefined;
}

/** A person behind a title ("Italian Defence Minister Marco Bellini"): name, role and the demonym's state. */
function titledPerson(words: string[]): Pick<Mention, 'name' | 'role' | 'stateOf'> | undefined {
  let i = 0;
  let stateOf: string | undefined;
  const role: string[] = [];
  while (i < words.length) {
    const word = words[i] ?? '';
    const state = lookUpState(word);
    if (state?.way === 'demonym' && !stateOf) stateOf = state.state.name;
    else if (TITLE_WORDS.has(word) || (role.length > 0 && /^(of|for|the)$/.test(word))) role.push(word);
    else break;
    i++;
  }
  const rest = words.slice(i).join(' ');
  if (i === 0 || !rest || role.length === 0 || !TITLE_HEADS.test(role.join(' '))) return undefined;
  if (BODY_WORDS.test(rest) || GROUP_WORDS.test(rest) || lookUpState(rest) || !/^\p{Lu}\p{Ll}/u.test(rest)) {
    return undefined;
  }
  return { name: rest, role: role.join(' '), ...(stateOf ? { stateOf } : {}) };
}
