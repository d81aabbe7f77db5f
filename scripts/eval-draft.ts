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
  actors: GoldActor[];
  pairs: GoldPair[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'tests/fixtures/articles');
const totals = {
  tp: 0,
  drafted: 0,
  gold: 0,
  pairs: 0,
  found: 0,
  hedged: 0,
  hedgedOk: 0,
  quotes: 0,
  verbatim: 0,
  words: 0,
  ms: 0,
};

/** Scores one article: prints its line and adds to the totals. */
function score(name: string, text: string, gold: Gold): void {
  const t0 = performance.now();
  const draft = draftFromText(text, { id: 'a', title: gold.title, published: gold.published });
  const ms = performance.now() - t0;
  const words = text.split(/\s+/).filter(Boolean).length;
  const match = matchActors(draft, gold);
  const tp = new Set(match.values()).size;
  const byKind = kinds(draft, gold, match);
  const pairs = pairScores(draft, gold, match);
  const verbatim = draft.relations.filter((r) => text.slice(r.start, r.end) === r.quote).length;
  Object.assign(totals, {
    tp: totals.tp + tp,
    drafted: totals.drafted + draft.actors.length,
    gold: totals.gold + gold.actors.length,
    pairs: totals.pairs + pairs.total,
    found: totals.found + pairs.found,
    hedged: totals.hedged + pairs.hedged,
    hedgedOk: totals.hedgedOk + pairs.hedgedOk,
    quotes: totals.quotes + draft.relations.length,
    verbatim: totals.verbatim + verbatim,
    words: totals.words + words,
    ms: totals.ms + ms,
  });
  const p = tp / Math.max(1, draft.actors.length);
  const r = tp / Math.max(1, gold.actors.length);
  console.log(
    `${name.padEnd(28)} actors P ${f(p)} R ${f(r)} F1 ${f(f1(p, r))} | pairs R ${f(pairs.found / Math.max(1, pairs.total))} | hedged not confirmed ${pairs.hedgedOk}/${pairs.hedged} | quotes verbatim ${verbatim}/${draft.relations.length} | ${f((ms * 1000) / words, 0)} ms/1k words`,
  );
  console.log(`  by kind: ${byKind}`);
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
function kinds(draft: Draft, gold: Gold, match: Map<string, string>): string {
  const kindOf = new Map(gold.actors.map((g) => [g.label, g.kind]));
  const all = new Set([...gold.actors.map((g) => g.kind), ...draft.actors.map((a) => a.kind)]);
  return [...all]
    .map((kind) => {
      const mine = draft.actors.filter((a) => a.kind === kind);
      const right = new Set(mine.map((a) => match.get(a.key)).filter((l) => l && kindOf.get(l) === kind));
      const goldN = gold.actors.filter((g) => g.kind === kind).length;
      const p = right.size / Math.max(1, mine.length);
      const r = right.size / Math.max(1, goldN);
      return `${kind} ${f(p)}/${f(r)}/${f(f1(p, r))}`;
    })
    .join(', ');
}

/** Pair recall (direct, or through an event or issue) and the hedged pairs' certainty. */
function pairScores(draft: Draft, gold: Gold, match: Map<string, string>) {
  const label = (key: string) => match.get(key) ?? `draft:${key}`;
  const kind = new Map(draft.actors.map((a) => [a.key, a.kind]));
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => links.set(a, (links.get(a) ?? new Set()).add(b));
  for (const r of draft.relations) {
    link(label(r.source), label(r.target));
    link(label(r.target), label(r.source));
  }
  const hubs = new Set(
    draft.actors.filter((a) => ['event', 'issue'].includes(kind.get(a.key) ?? '')).map((a) => label(a.key)),
  );
  const connected = (a: string, b: string) =>
    links.get(a)?.has(b) || [...(links.get(a) ?? [])].some((h) => hubs.has(h) && links.get(h)?.has(b));
  const unique = new Map<string, GoldPair[]>();
  for (const p of gold.pairs)
    unique.set([p.from, p.to].sort().join(' | '), [...(unique.get([p.from, p.to].sort().join(' | ')) ?? []), p]);
  let found = 0,
    hedged = 0,
    hedgedOk = 0;
  for (const entries of unique.values()) {
    const [first] = entries as [GoldPair];
    if (connected(first.from, first.to)) found++;
    if (entries.every((e) => e.hedged)) {
      const drafted = draft.relations.filter(
        (r) =>
          entries.some((e) => e.sentence.includes(r.quote) || r.quote.includes(e.sentence)) &&
          [label(r.source), label(r.target)].sort().join(' | ') === [first.from, first.to].sort().join(' | '),
      );
      if (drafted.length) {
        hedged++;
        if (drafted.every((r) => r.certainty !== 'confirmed')) hedgedOk++;
      }
    }
  }
  return { total: unique.size, found, hedged, hedgedOk };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const f = (x: number, digits = 2) => x.toFixed(digits);

for (const file of readdirSync(DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
  score(file.replace(/\.txt$/, ''), readFileSync(join(DIR, file), 'utf8'), gold);
}
const p = totals.tp / Math.max(1, totals.drafted);
const r = totals.tp / Math.max(1, totals.gold);
console.log(
  `OVERALL actors P ${f(p)} R ${f(r)} F1 ${f(f1(p, r))} | pairs R ${f(totals.found / Math.max(1, totals.pairs))} | hedged not confirmed ${totals.hedgedOk}/${totals.hedged} | quotes verbatim ${totals.verbatim}/${totals.quotes} | ${f((totals.ms * 1000) / totals.words, 0)} ms/1k words`,
);

const shared = resolve(process.env.SHARED_DIR ?? join(ROOT, '../shared'));
const seed = join(shared, 'seeds/000_c16029dbd7979cee.txt');
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
  score('seed (sixth-call)', readFileSync(seed, 'utf8'), gold);
}
