// The dataset vocabulary: actor kinds, relations, stance and certainty, and the attribute types built on them.

/** Kinds of actor a node can be; the native format requires one of these on every node. */
export const ACTOR_KINDS = [
  'person',
  'state',
  'government-body',
  'group',
  'issue',
  'event',
  'weapon-system',
  'place',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Human labels for the kinds, for legends and the inspector. */
export const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  'government-body': 'Government body',
  group: 'Group',
  issue: 'Issue',
  event: 'Event',
  'weapon-system': 'Weapon system',
  place: 'Place',
};

/** How a relation leans: working together, against each other, or neither. */
export const STANCES = ['cooperative', 'conflictual', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** How sure the source is: stated as fact, reported by others, expected, or speculated. */
export const CERTAINTIES = ['confirmed', 'reported', 'expected', 'speculated'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What a relation type means, read from the source's side and from the target's side. */
export interface RelationType {
  /** Read from the source: "Trump talks with Putin". */
  readonly label: string;
  /** Read from the target: "Pentagon is led by ...". Equal to label for symmetric relations. */
  readonly inverse: string;
  /** Symmetric relations are stored as undirected edges and drawn without arrows. */
  readonly directed: boolean;
}

/** The relation vocabulary of the native format; graph-data/README.md documents each entry. */
export const RELATIONS = {
  'talks-with': { label: 'talks with', inverse: 'talks with', directed: false },
  'participates-in': { label: 'takes part in', inverse: 'has participant', directed: true },
  initiates: { label: 'initiates', inverse: 'initiated by', directed: true },
  plans: { label: 'plans', inverse: 'planned by', directed: true },
  concerns: { label: 'concerns', inverse: 'is concerned in', directed: true },
  affects: { label: 'affects', inverse: 'affected by', directed: true },
  leads: { label: 'leads', inverse: 'led by', directed: true },
  'part-of': { label: 'is part of', inverse: 'includes', directed: true },
  'member-of': { label: 'is one of', inverse: 'has member', directed: true },
  'located-in': { label: 'is located in', inverse: 'location of', directed: true },
  supplies: { label: 'supplies', inverse: 'supplied by', directed: true },
  welcomes: { label: 'welcomes', inverse: 'welcomed by', directed: true },
  criticises: { label: 'criticises', inverse: 'criticised by', directed: true },
  'warns-about': { label: 'warns about', inverse: 'warned about by', directed: true },
  fears: { label: 'fears', inverse: 'feared by', directed: true },
  urges: { label: 'urges', inverse: 'urged by', directed: true },
  scrutinises: { label: 'scrutinises', inverse: 'scrutinised by', directed: true },
  monitors: { label: 'watches', inverse: 'watched by', directed: true },
  mediates: { label: 'brokers', inverse: 'brokered by', directed: true },
  influences: { label: 'holds sway over', inverse: 'under the sway of', directed: true },
  describes: { label: 'describes', inverse: 'described by', directed: true },
  'negotiates-with': { label: 'negotiates with', inverse: 'negotiates with', directed: false },
  pursues: { label: 'pursues', inverse: 'pursued by', directed: true },
  enables: { label: 'enables', inverse: 'enabled by', directed: true },
  precedes: { label: 'precedes', inverse: 'follows', directed: true },
  amid: { label: 'comes amid', inverse: 'backdrop of', directed: true },
  // Issue 17's verb code book (append-only).
  meets: { label: 'meets', inverse: 'meets', directed: false },
  calls: { label: 'calls', inverse: 'called by', directed: true },
  accuses: { label: 'accuses', inverse: 'accused by', directed: true },
  condemns: { label: 'condemns', inverse: 'condemned by', directed: true },
  backs: { label: 'backs', inverse: 'backed by', directed: true },
  vetoes: { label: 'vetoes', inverse: 'vetoed by', directed: true },
  signs: { label: 'signs', inverse: 'signed by', directed: true },
  sanctions: { label: 'sanctions', inverse: 'sanctioned by', directed: true },
  threatens: { label: 'threatens', inverse: 'threatened by', directed: true },
  attacks: { label: 'attacks', inverse: 'attacked by', directed: true },
} as const satisfies Record<string, RelationType>;
export type RelationName = keyof typeof RELATIONS;

/** Every relation name of the vocabulary, in documentation order. */
export const RELATION_NAMES = Object.keys(RELATIONS) as RelationName[];

/** A verbatim quote from a source that evidences a relation. */
export interface Evidence {
  quote: string;
  /** The id of an entry in the graph's `sources`. */
  source: string;
}

/** A document the dataset was drawn from. */
export interface SourceRef {
  id: string;
  title: string;
  outlet?: string;
  /** ISO date, or as much of it as the source gives ("2025"). */
  published?: string;
  url?: string;
  note?: string;
}

/** Graph-level attributes: what the dataset is and where it comes from. */
export interface DatasetAttributes {
  title?: string;
  description?: string;
  /** What the source says of its own date, in words ("a Thursday in 2025"). */
  asOf?: string;
  sources?: SourceRef[];
  licence?: string;
  [key: string]: unknown;
}

/** Node attributes. `label` is always set after loading; everything else is optional for foreign datasets. */
export interface ActorAttributes {
  label: string;
  kind?: string;
  aliases?: string[];
  description?: string;
  role?: string;
  x?: number;
  y?: number;
  /** A colour stored in the file (GEXF viz, Cytoscape data), honoured by the canvas. */
  color?: string;
  /** A size stored in the file, honoured by the canvas. */
  size?: number;
  [key: string]: unknown;
}

/** Edge attributes of the native format; foreign datasets may carry any others. */
export interface RelationAttributes {
  relation?: string;
  stance?: Stance;
  certainty?: Certainty;
  /** ISO 8601 date of the precision the source gives: "2025", "2025-07" or "2025-07-03". */
  date?: string;
  /** The date in the source's words, when it gives no calendar date ("this Thursday at 10 a.m. EDT"). */
  dateText?: string;
  evidence?: Evidence[];
  [key: string]: unknown;
}

/** Whether a string is one of the vocabulary's relation names. */
export function isRelationName(name: unknown): name is RelationName {
  return typeof name === 'string' && Object.hasOwn(RELATIONS, name);
}

/** The human label of a relation, read from the given side; unknown relations read as their own name. */
export function relationLabel(name: string | undefined, direction: 'out' | 'in' | 'both'): string {
  if (!name) return 'related to';
  if (!isRelationName(name)) return name;
  const type: RelationType = RELATIONS[name];
  return direction === 'in' ? type.inverse : type.label;
}
