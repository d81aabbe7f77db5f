// npm run eval:draft: the drafter measured against tests/fixtures/articles/*.gold.json (and the seed, when present).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftFromText } from '../src/draft/draft-from-text';
import type { Draft } from '../src/draft/draft-types';
import { normaliseName } from '../src/draft/normalise-name';

interface GoldActor {
  label: string;
  kind: string;
  aliases?: string[];
}
interface GoldPair {
  from: string;
  to: string;
  hedged: boolean;
  sentence: string;
}
interface Gold {
  title: string;
  published: string;
  /** Written after the rules' first version and never tuned on: reported apart as "held out". */
  heldOut?: boolean;
  actors: GoldActor[];
  pairs: GoldPair[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'tests/fixtures/articles');
/** Sums over a set of articles. */
const newTotals = () => ({
  tp: 0,
  drafted: 0,
  gold: 0,
  pairs: 0,
  found: 0,
  hedged: 0,
  hedgedOk: 0,
  quotes: 0,
  verbatim: 0,
  direct: 0,
  proposed: 0,
  right: 0,
  words: 0,
  ms: 0,
});
type Totals = ReturnType<typeof newTotals>;

/** Scores one article: prints its line and adds to each of the totals given. */
function score(name: string, text: string, gold: Gold, into: Totals[]): Totals {
  // CPU time, not wall-clock: the machine is shared, and a busy neighbour would otherwise count as our cost.
  const t0 = process.cpuUsage();
  const draft = draftFromText(text, { id: 'a', title: gold.title, published: gold.published });
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  const words = text.split(/\s+/).filter(Boolean).length;
  const match = matchActors(draft, gold);
  const tp = new Set(match.values()).size;
  const byKind = kinds(draft, gold, match, into);
  const pairs = pairScores(draft, gold, match);
  const verbatim = draft.relations.filter((r) => text.slice(r.start, r.end) === r.quote).length;
  const mine: Totals = {
    tp,
    drafted: draft.actors.length,
    gold: gold.actors.length,
    pairs: pairs.total,
    found: pairs.found,
    hedged: pairs.hedged,
    hedgedOk: pairs.hedgedOk,
    quotes: draft.relations.length,
    verbatim,
    direct: pairs.direct,
    proposed: pairs.proposed,
    right: pairs.right,
    words,
    ms,
  };
  for (const totals of into) for (const k of Object.keys(mine) as (keyof Totals)[]) totals[k] += mine[k];
  console.log(line(name.padEnd(28), mine));
  console.log(`  by kind: ${byKind}`);
  return mine;
}

/** One line of figures: actors, pairs (through an event or issue, and direct only), hedges, quotes, speed. */
function line(name: string, t: Totals): string {
  const p = t.tp / Math.max(1, t.drafted);
  const r = t.tp / Math.max(1, t.gold);
  const pr = (n: number) => f(n / Math.max(1, t.pairs));
  return `${name} actors P ${f(p)} R ${f(r)} F1 ${f(f1(p, r))} | pairs R ${pr(t.found)} (direct ${pr(t.direct)}) P ${f(t.right / Math.max(1, t.proposed))} | hedged not confirmed ${t.hedgedOk}/${t.hedged} | quotes verbatim ${t.verbatim}/${t.quotes} | ${f((t.ms * 1000) / Math.max(1, t.words), 0)} CPU ms/1k words`;
}

/** Drafted actor key → gold label, by any shared normalised name. */
function matchActors(draft: Draft, gold: Gold): Map<string, string> {
  const names = new Map<string, string>();
  for (const g of gold.actors) for (const n of [g.label, ...(g.aliases ?? [])]) names.set(normaliseName(n), g.label);
  const match = new Map<string, string>();
  for (const a of draft.actors) {
    const hit = [a.label, ...a.aliases].map((n) => names.get(normaliseName(n))).find(Boolean);
    if (hit) match.set(a.key, hit);
  }
  return match;
}

/** Precision, recall and F1 per gold kind (a drafted actor counts for its own kind, right only if kinds agree). */
function kinds(draft: Draft, gold: Gold, match: Map<string, string>, into: Totals[]): string {
  const kindOf = new Map(gold.actors.map((g) => [g.label, g.kind]));
  const all = new Set([...gold.actors.map((g) => g.kind), ...draft.actors.map((a) => a.kind)]);
  return [...all]
    .map((kind) => {
      const mine = draft.actors.filter((a) => a.kind === kind);
      const right = new Set(mine.map((a) => match.get(a.key)).filter((l) => l && kindOf.get(l) === kind));
      const counts = { mine: mine.length, right: right.size, gold: gold.actors.filter((g) => g.kind === kind).length };
      for (const totals of into) {
        const sum = byKindOf(totals).get(kind) ?? { mine: 0, right: 0, gold: 0 };
        byKindOf(totals).set(kind, {
          mine: sum.mine + counts.mine,
          right: sum.right + counts.right,
          gold: sum.gold + counts.gold,
        });
      }
      return kindLine(kind, counts);
    })
    .join(', ');
}

/** Drafted, right and gold actors of each kind, summed over the articles of a total. */
const KIND_TOTALS = new WeakMap<Totals, Map<string, { mine: number; right: number; gold: number }>>();
const byKindOf = (t: Totals) => KIND_TOTALS.get(t) ?? KIND_TOTALS.set(t, new Map()).get(t) ?? new Map();

/** "event 0.50/1.00/0.67": precision, recall and F1 of one kind. */
function kindLine(kind: string, c: { mine: number; right: number; gold: number }): string {
  const p = c.right / Math.max(1, c.mine);
  const r = c.right / Math.max(1, c.gold);
  return `${kind} ${f(p)}/${f(r)}/${f(f1(p, r))}`;
}

/** The by-kind line of a total. */
const kindsLine = (t: Totals) => [...byKindOf(t).entries()].map(([kind, c]) => kindLine(kind, c)).join(', ');

/**
 * Pair recall and the hedged pairs' certainty. A gold pair is found when the draft relates its two actors directly,
 * or both to one drafted event or issue that is itself a gold actor (a path of two through it); `direct` counts the
 * first way only. A junk event the gold does not list is no hub, so linking everything to it earns nothing.
 */
function pairScores(draft: Draft, gold: Gold, match: Map<string, string>) {
  const label = (key: string) => match.get(key) ?? `draft:${key}`;
  const { direct, connected } = linksOf(draft, match);
  const pairKey = (a: string, b: string) => [a, b].sort().join(' | ');
  const unique = new Map<string, GoldPair[]>();
  for (const p of gold.pairs) unique.set(pairKey(p.from, p.to), [...(unique.get(pairKey(p.from, p.to)) ?? []), p]);
  let found = 0,
    directly = 0,
    hedged = 0,
    hedgedOk = 0;
  for (const entries of unique.values()) {
    const [first] = entries as [GoldPair];
    if (connected(first.from, first.to)) found++;
    if (direct(first.from, first.to)) directly++;
    if (!entries.every((e) => e.hedged)) continue;
    const drafted = draft.relations.filter(
      (r) =>
        entries.some((e) => e.sentence.includes(r.quote) || r.quote.includes(e.sentence)) &&
        pairKey(label(r.source), label(r.target)) === pairKey(first.from, first.to),
    );
    if (drafted.length) hedged++;
    if (drafted.length && drafted.every((r) => r.certainty !== 'confirmed')) hedgedOk++;
  }
  // Of the drafted pairs whose two ends are gold actors, how many the gold lists (the gold is not exhaustive).
  const proposed = new Set(
    draft.relations
      .filter((r) => match.has(r.source) && match.has(r.target) && label(r.source) !== label(r.target))
      .map((r) => pairKey(label(r.source), label(r.target))),
  );
  const right = [...proposed].filter((k) => unique.has(k)).length;
  return { total: unique.size, found, direct: directly, hedged, hedgedOk, proposed: proposed.size, right };
}

/** Whether two gold labels are related directly, or through a drafted event or issue the gold also lists. */
function linksOf(draft: Draft, match: Map<string, string>) {
  const label = (key: string) => match.get(key) ?? `draft:${key}`;
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => links.set(a, (links.get(a) ?? new Set()).add(b));
  for (const r of draft.relations) {
    link(label(r.source), label(r.target));
    link(label(r.target), label(r.source));
  }
  const hubs = new Set(
    draft.actors.filter((a) => ['event', 'issue'].includes(a.kind) && match.has(a.key)).map((a) => label(a.key)),
  );
  const direct = (a: string, b: string) => links.get(a)?.has(b) ?? false;
  const connected = (a: string, b: string) =>
    direct(a, b) || [...(links.get(a) ?? [])].some((h) => hubs.has(h) && h !== a && h !== b && links.get(h)?.has(b));
  return { direct, connected };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const f = (x: number, digits = 2) => x.toFixed(digits);

const tuned = newTotals();
const heldOut = newTotals();
const withSeed = newTotals();
for (const file of readdirSync(DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
  const name = `${gold.heldOut ? '[held out] ' : ''}${file.replace(/\.txt$/, '')}`;
  score(name, readFileSync(join(DIR, file), 'utf8'), gold, gold.heldOut ? [heldOut] : [tuned, withSeed]);
}

const shared = resolve(process.env.SHARED_DIR ?? join(ROOT, '../shared'));
const seed = join(shared, 'seeds/000_c16029dbd7979cee.txt');
let seedLine = 'seed: not found (set SHARED_DIR)';
if (existsSync(seed)) {
  const g = JSON.parse(readFileSync(join(ROOT, 'graph-data/sixth-call.json'), 'utf8'));
  const labels = new Map<string, string>(
    g.nodes.map((n: { key: string; attributes: GoldActor }) => [n.key, n.attributes.label]),
  );
  const gold: Gold = {
    title: 'seed',
    published: '2025-01-01',
    actors: g.nodes.map((n: { attributes: GoldActor }) => n.attributes),
    pairs: g.edges.map(
      (e: { source: string; target: string; attributes: { certainty: string; evidence: { quote: string }[] } }) => ({
        from: labels.get(e.source),
        to: labels.get(e.target),
        hedged: e.attributes.certainty !== 'confirmed',
        sentence: e.attributes.evidence[0]?.quote ?? '',
      }),
    ),
  };
  seedLine = line(
    'SEED (sixth-call)          ',
    score('seed (sixth-call)', readFileSync(seed, 'utf8'), gold, [withSeed]),
  );
}
console.log(line('OVERALL (fixtures)         ', tuned));
console.log(`  by kind (P/R/F1): ${kindsLine(tuned)}`);
console.log(line('OVERALL with the seed      ', withSeed));
console.log(seedLine);
console.log(line('HELD OUT (never tuned on)  ', heldOut));
console.log(`  by kind (P/R/F1): ${kindsLine(heldOut)}`);
