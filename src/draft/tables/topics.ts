// Events and issues named by common nouns ("the talks", "sanctions"): each class is one actor per article.
// Source: written for Backchannel from issue 17's list and common English news usage; licence MIT (the project's).
import type { ActorKind } from '../../model/schema';

/** One class of event or issue: its label, kind, the head nouns that name it, and whether a determiner is needed. */
export interface TopicClass {
  label: string;
  kind: Extract<ActorKind, 'event' | 'issue'>;
  heads: string[];
  /** Heads too common to take alone ("plan", "call") need "the/a/its…" or an ordinal before them. */
  needsDeterminer?: boolean;
}

/** The classes, events first. Synonyms share a class: "the deal" and "the agreement" are one actor in a report. */
export const TOPIC_CLASSES: readonly TopicClass[] = [
  { label: 'Talks', kind: 'event', heads: ['talks', 'negotiations', 'peace talks', 'peace process'] },
  { label: 'Summit', kind: 'event', heads: ['summit'] },
  { label: 'Exercise', kind: 'event', heads: ['exercise', 'exercises', 'drills', 'manoeuvres', 'war games'] },
  { label: 'Deal', kind: 'event', heads: ['deal', 'agreement', 'accord', 'contract'] },
  { label: 'Election', kind: 'event', heads: ['election', 'elections', 'presidential race'] },
  { label: 'Vote', kind: 'event', heads: ['vote', 'referendum', 'ballot'] },
  { label: 'Resolution', kind: 'event', heads: ['draft resolution', 'resolution', 'declaration', 'communique'] },
  // "the draft", "the French text": a resolution's other names, only with a determiner (same label, same actor).
  { label: 'Resolution', kind: 'event', heads: ['draft', 'text'], needsDeterminer: true },
  {
    label: 'Attack',
    kind: 'event',
    heads: ['attack', 'attacks', 'incident', 'raid', 'assault', 'ambush', 'collision'],
  },
  { label: 'Strikes', kind: 'event', heads: ['strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes'] },
  { label: 'Offensive', kind: 'event', heads: ['offensive', 'offensives', 'counteroffensive', 'incursion'] },
  { label: 'Operation', kind: 'event', heads: ['operation', 'mission'], needsDeterminer: true },
  { label: 'War', kind: 'event', heads: ['war', 'invasion'], needsDeterminer: true },
  { label: 'Dispute', kind: 'event', heads: ['dispute', 'standoff', 'row', 'stand-off'] },
  {
    label: 'Call',
    kind: 'event',
    heads: ['call', 'phone call', 'telephone call', 'conversation'],
    needsDeterminer: true,
  },
  { label: 'Visit', kind: 'event', heads: ['visit', 'state visit'], needsDeterminer: true },
  { label: 'Conference', kind: 'event', heads: ['conference', 'forum'], needsDeterminer: true },
  { label: 'Sanctions', kind: 'issue', heads: ['sanctions', 'sanctions relief', 'embargo', 'export controls'] },
  { label: 'Tariffs', kind: 'issue', heads: ['tariffs', 'tariff', 'duties', 'levies', 'import duties'] },
  { label: 'Ceasefire', kind: 'issue', heads: ['ceasefire', 'cease-fire', 'truce', 'armistice'] },
  { label: 'Nuclear programme', kind: 'issue', heads: ['nuclear programme', 'nuclear program', 'uranium enrichment'] },
  {
    label: 'Arms shipments',
    kind: 'issue',
    heads: [
      'arms shipments',
      'arms deliveries',
      'weapons deliveries',
      'weapons shipments',
      'military aid',
      'arms sales',
    ],
  },
  { label: 'Treaty', kind: 'issue', heads: ['treaty', 'peace treaty', 'pact'] },
  { label: 'Humanitarian corridor', kind: 'issue', heads: ['humanitarian corridor', 'corridor'] },
  { label: 'Security guarantees', kind: 'issue', heads: ['security guarantees', 'security guarantee'] },
  { label: 'Proposal', kind: 'issue', heads: ['proposal', 'plan', 'scheme', 'initiative'], needsDeterminer: true },
  { label: 'Infrastructure', kind: 'issue', heads: ['infrastructure'] },
  { label: 'Humanitarian aid', kind: 'issue', heads: ['humanitarian aid', 'aid deliveries', 'food aid'] },
];

/** Words that, before a head, make a verb of it or another sense ("to attack", "could strike", "exercise restraint"). */
export const NOT_A_TOPIC_BEFORE = /\b(to|could|would|will|may|might|must|not|did|does|do|can|cannot|shall)\s+$/i;
/** Words after a head that make it a verb or an idiom ("deal with", "call on", "strike a deal", "exercise restraint"). */
export const NOT_A_TOPIC_AFTER: Readonly<Record<string, RegExp>> = {
  deal: /^\s+with\b/i,
  call: /^\s+(on|for|off)\b/i,
  strike: /^\s+(a|an|the|back|at)\b/i,
  strikes: /^\s+(a|an|the|back|at)\b/i,
  exercise: /^\s+(restraint|caution|its|their|his|her|control|power)\b/i,
  attack: /^\s+(the|a|an|its|their|his|her)\b/i,
  attacks: /^\s+(the|a|an|its|their|his|her)\b/i,
  vote: /^\s+(for|against)\b/i,
};

/** Determiners and ordinals that let a common head name an event ("the call", "their sixth call"). */
export const DETERMINERS =
  /(?:\b(the|a|an|this|that|its|their|his|her|our|new|fresh|latest|first|second|third|fourth|fifth|sixth|seventh|next|last|joint|planned|proposed|upcoming|recent)|[\p{L}.]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Lower-case words that may stand before a head as part of the topic's name ("trade dispute", "peace treaty"). */
export const TOPIC_MODIFIERS = new Set(
  `peace trade border humanitarian nuclear shipping draft joint military naval presidential parliamentary undersea
  arms weapons energy gas grain security defence defense air missile drone ground economic retaliatory maritime
  bilateral trilateral multilateral regional annual emergency ministerial leaders leaders' naval snap electric vehicle
  critical tariff export import sixth fifth fourth third second first new fresh planned proposed upcoming large-scale
  two-week three-day joint-venture water-cannon cross-border`.split(/\s+/),
);
