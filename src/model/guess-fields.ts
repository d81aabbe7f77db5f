// Guessing what means what in a file from its attributes' names and values: label, kind, relation, evidence, link, date.

import type { ActorGraph } from './actor-graph';
import { type AttributeProfile, profileAttributes } from './attribute-profile';
import { type FieldMap, type FieldRole, NATIVE_FIELDS } from './fields';

/** The guessed fields, and the roles guessed from the values' shape alone (worth a look in the Fields dialog). */
export interface FieldGuess {
  fields: FieldMap;
  weak: FieldRole[];
}

/** What makes an attribute fit a role: words its name may hold (best first), and a test of its values. */
interface RoleRule {
  hints: readonly string[];
  fits: (p: AttributeProfile, hinted: boolean) => boolean;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const isText = (p: AttributeProfile) => share(p.numeric, p.present) < 0.5;
/** Names that name an element: never its kind or its evidence. */
const NAMING = new Set(['id', 'name', 'label', 'title']);
/**
 * A handful of values repeated: a category ("Person", "Married"), not a name or a sentence. A hinted name needs only
 * a short list: in a small file most relations may differ ("Married", "Director", "Loaned money").
 */
const fewValues = (p: AttributeProfile, max: number, hinted: boolean) =>
  p.distinct <= max && (hinted || p.distinct <= Math.max(2, p.present * 0.6)) && p.meanLength <= 40;

const RULES: Record<FieldRole, RoleRule> = {
  label: {
    hints: ['label', 'name', 'title'],
    fits: (p) => share(p.present, p.seen) >= 0.5 && isText(p) && share(p.distinct, p.present) >= 0.5,
  },
  kind: {
    hints: ['kind', 'type', 'category', 'class', 'group', 'party'],
    fits: (p, hinted) =>
      !NAMING.has(p.name.toLowerCase()) && share(p.present, p.seen) >= 0.3 && isText(p) && fewValues(p, 30, hinted),
  },
  source: {
    hints: ['source', 'sources', 'url', 'link', 'href', 'uri', 'reference', 'citation'],
    fits: (p) => share(p.urls, p.present) >= 0.5,
  },
  date: {
    hints: ['date', 'year', 'time', 'when', 'start', 'published', 'day'],
    fits: (p, hinted) => share(p.dates + (hinted ? p.years : 0), p.present) >= 0.8,
  },
  relation: {
    hints: ['relation', 'relationship', 'connection', 'interaction', 'type', 'predicate', 'label', 'kind', 'role'],
    fits: (p, hinted) => share(p.present, p.seen) >= 0.3 && isText(p) && fewValues(p, 60, hinted),
  },
  evidence: {
    hints: ['evidence', 'quote', 'description', 'notes', 'note', 'comment', 'comments', 'text', 'summary', 'details'],
    fits: (p, hinted) =>
      !nameWords(p.name).some((w) => NAMING.has(w)) && isText(p) && p.urls === 0 && p.meanLength >= (hinted ? 10 : 40),
  },
};

/** An attribute name as lower-case words: "station_name" → station name, "Source(s)" → source s, "edgeType" → edge type. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How well a name matches a role's hints: 0 for the best exact name, larger for a word of it, null for none. */
function hintRank(name: string, hints: readonly string[]): number | null {
  const exact = hints.indexOf(name.toLowerCase());
  if (exact !== -1) return exact;
  const words = nameWords(name);
  const word = hints.findIndex((hint) => words.includes(hint));
  return word === -1 ? null : hints.length + word;
}

interface Choice {
  name: string | null;
  weak: boolean;
}

/** The attribute that best fits a role, hinted names first; weak when only the values' shape picked it. */
function choose(profiles: readonly AttributeProfile[], role: FieldRole, taken: ReadonlySet<string>): Choice {
  const rule = RULES[role];
  let best: { name: string; rank: number; present: number } | null = null;
  for (const p of profiles) {
    if (taken.has(p.name)) continue;
    const hinted = hintRank(p.name, rule.hints);
    if (!rule.fits(p, hinted !== null)) continue;
    const rank = hinted ?? 2 * rule.hints.length;
    if (!best || rank < best.rank || (rank === best.rank && p.present > best.present))
      best = { name: p.name, rank, present: p.present };
  }
  return best ? { name: best.name, weak: best.rank >= 2 * rule.hints.length } : { name: null, weak: false };
}

/** Whether a graph is in the native format: it says so, or its relations carry quoted evidence. */
export function isNativeGraph(graph: ActorGraph): boolean {
  const format = graph.getAttribute('format');
  if (typeof format === 'string' && format.startsWith('backchannel/')) return true;
  return graph.someEdge((_edge, attributes) => {
    const evidence = attributes.evidence;
    return Array.isArray(evidence) && evidence.some((item) => typeof item?.quote === 'string');
  });
}

/** Node attributes that are drawing or time, not meaning (graph-data/README.md "Time"). */
const NODE_SKIP: ReadonlySet<string> = new Set([
  'x',
  'y',
  'z',
  'size',
  'color',
  'parent',
  'aliases',
  'start',
  'end',
  'spells',
  'slices',
]);
/** Edge attributes that are drawing or time; `start` stays, the date a file without `date` gives its relations. */
const EDGE_SKIP: ReadonlySet<string> = new Set(['weight', 'color', 'size', 'end', 'spells', 'slices']);

function* nodeAttributes(graph: ActorGraph) {
  for (const { attributes } of graph.nodeEntries()) yield attributes;
}

function* edgeAttributes(graph: ActorGraph) {
  for (const { attributes } of graph.edgeEntries()) yield attributes;
}

/** Chooses roles in order, each attribute playing one role at most. */
function chooseAll(profiles: readonly AttributeProfile[], roles: readonly FieldRole[], guess: Record<string, Choice>) {
  const taken = new Set<string>();
  for (const role of roles) {
    const choice = choose(profiles, role, taken);
    guess[role] = choice;
    if (choice.name) taken.add(choice.name);
  }
}

/** Guesses which attribute plays each role in a graph; the native format keeps its documented meaning. */
export function guessFields(graph: ActorGraph): FieldGuess {
  if (isNativeGraph(graph)) return { fields: NATIVE_FIELDS, weak: [] };
  const guess: Record<string, Choice> = {};
  chooseAll(profileAttributes(nodeAttributes(graph), NODE_SKIP), ['label', 'kind'], guess);
  chooseAll(profileAttributes(edgeAttributes(graph), EDGE_SKIP), ['source', 'date', 'relation', 'evidence'], guess);
  // Every node has a label after loading (its key at worst): keep it when nothing reads better.
  const label = guess.label?.name ?? 'label';
  const name = (role: FieldRole) => guess[role]?.name ?? null;
  const fields: FieldMap = {
    label,
    kind: name('kind'),
    relation: name('relation'),
    evidence: name('evidence'),
    source: name('source'),
    date: name('date'),
  };
  const weak = (Object.keys(guess) as FieldRole[]).filter((role) => guess[role]?.weak);
  return { fields, weak };
}

/** The attribute names of a graph's actors and relations, sorted: what a file's "header" is, for remembering. */
export function attributeHeader(graph: ActorGraph): string {
  const names = (profiles: AttributeProfile[]) => profiles.map((p) => p.name).sort();
  const nodes = names(profileAttributes(nodeAttributes(graph), NODE_SKIP));
  const edges = names(profileAttributes(edgeAttributes(graph), EDGE_SKIP));
  return `${nodes.join(',')}|${edges.join(',')}`;
}
