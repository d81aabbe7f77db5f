// Hedges: the words that make a drafted relation speculated, expected or reported rather than confirmed.
// Source: issue 17's definitions, written for Backchannel; licence MIT (the project's).
import type { Certainty } from '../../model/schema';

/** Hedge patterns in the order they are tried: the first that matches gives the certainty. */
export const HEDGES: readonly { certainty: Exclude<Certainty, 'confirmed'>; pattern: RegExp }[] = [
  {
    certainty: 'speculated',
    pattern: /\b(could|may|might|suggest\w*|possibl\w*|perhaps|speculat\w*|rumou?r\w*|likely)\b/i,
  },
  {
    certainty: 'expected',
    pattern:
      /\b(is|are|was|were) (expected|due|set|scheduled) to\b|\b(will|would|plans? to|planned|planning to|scheduled|intends? to|next (week|month|year))\b/i,
  },
  {
    certainty: 'reported',
    pattern:
      /\b(according to|reportedly|report\w*|said|says|told|claim\w*|alleg\w*|stated|announced|quoted|sources)\b/i,
  },
  {
    // What a speaker is quoted as holding is theirs, not the text's: "critics warn that…", "argued that…", and
    // "called the call “an opportunity…”" (the seed's gold marks both reported; a phone call has no quote after it).
    certainty: 'reported',
    pattern:
      /\b(warn(s|ed)?|argue[sd]?|insist(s|ed)?|contend(s|ed)?|maintain(s|ed)?) that\b|\bcall(s|ed)? [^.“"]{0,60}[“"]/i,
  },
];
