// The verb code book: verb forms in a sentence, the relation they draft (in the dataset vocabulary of
// src/model/schema.ts) and its stance. Who acts is the actor named before the verb; the one acted on comes after.
// Source: written for Backchannel, after the spirit (not the text) of event code books such as CAMEO; licence MIT.
import type { RelationName, Stance } from '../../model/schema';

/** One entry of the code book: a pattern over the sentence, the relation it drafts, and its stance. */
export interface VerbCode {
  pattern: RegExp;
  relation: RelationName;
  stance: Stance;
}

// Order matters: the first entry whose verb appears in the sentence wins, so the specific come before the general.
// Verbs without a relation of their own yet map to the nearest one (accuses and condemns to criticises, backs to
// welcomes, sanctions and threatens and attacks to warns-about or affects); docs/design-choices.md lists them.
/** The code book, most specific first. */
export const VERB_CODES: readonly VerbCode[] = [
  {
    pattern: /\b(mediat\w*|broker\w*|facilitat\w*|host(s|ed|ing)? (the )?talks)\b/i,
    relation: 'mediates',
    stance: 'cooperative',
  },
  { pattern: /\b(negotiat\w*|bargain\w*)\b/i, relation: 'negotiates-with', stance: 'neutral' },
  {
    pattern: /\b(met|meets?|meeting|talks? with|talked|spoke|speaks?|called|phoned|held talks|visit\w*)\b/i,
    relation: 'talks-with',
    stance: 'cooperative',
  },
  { pattern: /\b(sign\w*|agree\w*|deal)\b/i, relation: 'talks-with', stance: 'cooperative' },
  {
    pattern: /\b(suppl\w*|deliver\w*|sell\w*|sold|buy\w*|bought|ship\w*|provid\w*|export\w*|fund\w*|financ\w*)\b/i,
    relation: 'supplies',
    stance: 'cooperative',
  },
  {
    pattern:
      /\b(accus\w*|condemn\w*|criticis\w*|criticiz\w*|denounc\w*|blam\w*|reject\w*|object\w*|question\w*|protest\w*|veto\w*|dismiss\w*)\b/i,
    relation: 'criticises',
    stance: 'conflictual',
  },
  { pattern: /\b(warn\w*|threat\w*|sanction\w*)\b/i, relation: 'warns-about', stance: 'conflictual' },
  {
    pattern: /\b(attack\w*|strik\w*|struck|seiz\w*|block\w*|damag\w*|cut|sever\w*|intercept\w*|harass\w*|ram\w*)\b/i,
    relation: 'affects',
    stance: 'conflictual',
  },
  { pattern: /\b(urg\w*|press\w*|push\w*|demand\w*|call(s|ed)? on|ask\w*)\b/i, relation: 'urges', stance: 'neutral' },
  {
    pattern: /\b(welcom\w*|back\w*|prais\w*|support\w*|endors\w*|hail\w*)\b/i,
    relation: 'welcomes',
    stance: 'cooperative',
  },
  { pattern: /\b(fear\w*|worr\w*|concern\w*)\b/i, relation: 'fears', stance: 'conflictual' },
  {
    pattern: /\b(monitor\w*|watch\w*|track\w*|patrol\w*|shadow\w*|investigat\w*|inspect\w*)\b/i,
    relation: 'monitors',
    stance: 'neutral',
  },
  { pattern: /\b(lead\w*|led|head\w*|chair\w*|command\w*|run\w*)\b/i, relation: 'leads', stance: 'neutral' },
  { pattern: /\b(join\w*|member\w*)\b/i, relation: 'member-of', stance: 'cooperative' },
  { pattern: /\b(described|describ\w*|call(ed|s)? (it|the|them)|said)\b/i, relation: 'describes', stance: 'neutral' },
];

/** The relation for a sentence with two actors and none of the verbs above. */
export const DEFAULT_VERB: VerbCode = { pattern: /$^/, relation: 'concerns', stance: 'neutral' };
