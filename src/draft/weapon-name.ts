// Weapon systems by name: the table, a model designation ("F-16"), or a name before a weapon noun ("… missiles").
import { lookUpState } from './state-index';
import { BODY_WORDS, GROUP_WORDS } from './tables/titles';
import { MODEL_CODE, WEAPON_NAMES, WEAPON_NOUNS } from './tables/weapons';

/** A weapon system a capitalised part names, with the demonym that came before it (to be its own state mention). */
export interface WeaponName {
  name: string;
  /** Offset of the weapon's name within the part. */
  at: number;
  /** The weapon noun after the name (" air-defence batteries"), part of its longer name. */
  noun?: string;
  demonym?: string;
}

/** The weapon system a part names ("Norwegian F-35", "Aurora-class", "Wing Loong II" before "drones"), if any. */
export function weaponName(part: string, after: string): WeaponName | undefined {
  const words = part.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && lookUpState(words[i] ?? '')?.way === 'demonym') i++;
  const rest = words.slice(i).join(' ');
  const at = part.length - rest.length;
  const demonym = i > 0 ? words.slice(0, i).join(' ') : undefined;
  const noun = after.match(WEAPON_NOUNS)?.[0];
  const out = (name: string): WeaponName => ({ name, at, ...(demonym ? { demonym } : {}), ...(noun ? { noun } : {}) });
  const classed = rest.match(/^(.+)-class$/);
  if (classed) return out(`${classed[1]} class`);
  // "ships of the Aurora class": a name before "class" is a ship or aircraft type.
  if (/^\s+class\b/.test(after) && /^\p{Lu}\p{Ll}+$/u.test(rest) && !lookUpState(rest)) return out(`${rest} class`);
  if (WEAPON_NAMES.has(rest) || MODEL_CODE.test(rest)) return out(rest);
  if (rest.split(/\s+/).some((w) => MODEL_CODE.test(w)) && WEAPON_NOUNS.test(after)) return out(rest);
  // "Wing Loong II drones": a name that is no state, body or organisation, followed by a weapon noun.
  if (!WEAPON_NOUNS.test(after) || lookUpState(rest) || BODY_WORDS.test(rest) || GROUP_WORDS.test(rest))
    return undefined;
  return /^\p{Lu}/u.test(rest) ? out(rest) : undefined;
}
