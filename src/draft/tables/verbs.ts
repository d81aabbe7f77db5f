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
// Each verb has its own relation of the vocabulary (issue 17's code book, appended to RELATIONS); "warns" is
// warns-about, and verbs of harm short of an attack (seize, block, cut) are affects.
/** The code book, most specific first. */
export const VERB_CODES: readonly VerbCode[] = [
  {
    pattern: /\b(mediat\w*|broker\w*|facilitat\w*|host(s|ed|ing)? (the )?talks)\b/i,
    relation: 'mediates',
    stance: 'cooperative',
  },
  { pattern: /\b(negotiat\w*|bargain\w*)\b/i, relation: 'negotiates-with', stance: 'neutral' },
  {
    pattern: /\b(phoned|telephoned|phone call|telephone call|call with|spoke by phone|speak by phone)\b/i,
    relation: 'calls',
    stance: 'cooperative',
  },
  { pattern: /\b(met|meets?|meeting with|held talks|visit\w*)\b/i, relation: 'meets', stance: 'cooperative' },
  { pattern: /\b(talks? with|talked|spoke|speaks?)\b/i, relation: 'talks-with', stance: 'cooperative' },
  { pattern: /\b(veto\w*)\b/i, relation: 'vetoes', stance: 'conflictual' },
  { pattern: /\b(sign(s|ed|ing)?|co-?sign\w*)\b/i, relation: 'signs', stance: 'cooperative' },
  { pattern: /\b(agree\w*|deal)\b/i, relation: 'talks-with', stance: 'cooperative' },
  {
    pattern: /\b(suppl\w*|deliver\w*|sell\w*|sold|buy\w*|bought|ship\w*|provid\w*|export\w*|fund\w*|financ\w*)\b/i,
    relation: 'supplies',
    stance: 'cooperative',
  },
  {
    pattern: /\b(sanctioned|sanctioning|impos\w* (new |fresh |further )?sanctions|slapped sanctions)\b/i,
    relation: 'sanctions',
    stance: 'conflictual',
  },
  { pattern: /\b(accus\w*|blam\w*)\b/i, relation: 'accuses', stance: 'conflictual' },
  { pattern: /\b(condemn\w*|denounc\w*)\b/i, relation: 'condemns', stance: 'conflictual' },
  {
    pattern: /\b(criticis\w*|criticiz\w*|reject\w*|object\w*|question\w*|protest\w*|dismiss\w*)\b/i,
    relation: 'criticises',
    stance: 'conflictual',
  },
  { pattern: /\b(threaten(s|ed|ing)?)\b/i, relation: 'threatens', stance: 'conflictual' },
  { pattern: /\b(warn\w*)\b/i, relation: 'warns-about', stance: 'conflictual' },
  {
    pattern: /\b(attack(s|ed|ing)?|strik(e|es|ing)|struck|fired (on|at)|shell\w*|bomb\w*|raid\w*|ram(s|med|ming)?)\b/i,
    relation: 'attacks',
    stance: 'conflictual',
  },
  {
    pattern: /\b(seiz\w*|block\w*|damag\w*|cut|sever\w*|intercept\w*|harass\w*)\b/i,
    relation: 'affects',
    stance: 'conflictual',
  },
  {
    pattern: /\b(urg\w*|press\w*|push\w*|demand\w*|call(s|ed)? (on|for)|ask\w*)\b/i,
    relation: 'urges',
    stance: 'neutral',
  },
  { pattern: /\b(back(s|ed|ing)?|support\w*|endors\w*)\b/i, relation: 'backs', stance: 'cooperative' },
  { pattern: /\b(welcom\w*|prais\w*|hail\w*)\b/i, relation: 'welcomes', stance: 'cooperative' },
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
