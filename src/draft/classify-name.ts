// What a capitalised part of a sentence names: a weapon, a state or its capital, a titled person, a body, a group,
// an event or a place, by the tables first and compromise's tags after.
import type { ActorKind } from '../model/schema';
import type { Mention } from './mention';
import { lookUpState } from './state-index';
import { BODY_WORDS, EVENT_WORDS, GROUP_WORDS, TITLE_HEADS, TITLE_WORDS } from './tables/titles';
import { weaponName } from './weapon-name';

const PLACE_WORDS =
  /\b(Sea|Strait|Ocean|Gulf|Islands?|River|Bay|Peninsula|Canal|Port|Harbour|Region|Province|Base|Valley|Pass|Shoal|Reef|Coast|Mountains|Desert|Airport|Oblast|Caucasus|Balkans|Baltics|Sahel|Arctic|Antarctic|Levant|Mediterranean|Pacific|Atlantic|Middle East|Horn of Africa|Donbas|Crimea|Kashmir|Siberia|Scandinavia)\b|^(?:(?:Eastern|Western|Central|Northern|Southern|North|South|East|West)\s+)?(?:Europe|Asia|Africa|Americas)$/;
// "a forum in Tromso", "near Porkkala", "off Palawan": a plain name after these is a place.
const PLACE_BEFORE =
  /\b(in|at|near|off|outside|around|on the|(?:town|city|port|village|island|region|base|province|outskirts|coast|shores|north|south|east|west) of)\s+$/;

/** What a part names, by the tables first and compromise's tags after; none when it names nothing. */
export function classify(
  text: string,
  start: number,
  sentence: string,
  at: number,
  tags: Map<number, ActorKind>,
): Mention[] {
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
  // Treaties, pacts and conventions are issues the parties argue over; talks, deals and summits are events.
  if (/\b(Treaty|Pact|Convention|Protocol|Doctrine)\b/.test(text)) return 'issue';
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
