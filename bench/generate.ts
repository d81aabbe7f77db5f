// Synthetic actor graphs for the benchmark: seeded, power-law, clustered, valid native datasets ("backchannel/1").

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_KINDS, CERTAINTIES, RELATION_NAMES, RELATIONS, type RelationName } from '../src/model/schema';
import { isLasting } from '../src/model/time/lasting';
import { type NativeDataset, validateDataset } from '../src/model/validate-dataset';
import { createRandom, type Random } from './random';
import { DATA_DIR, dataFile, SIZES, type SizeSpec } from './sizes';

/** The seed every dataset is generated from, so every run and every machine measures the same graphs. */
export const DEFAULT_SEED = 20_250_706;

/** Nodes a benchmark clicks: one of median degree (a typical actor) and the largest hub. */
export interface ClickTargets {
  typical: string;
  hub: string;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ra', 'so', 'tu', 'vi', 'ze', 'do', 'fa', 'gi', 'ha', 'jo', 'ku', 'le'];
const FIRST_NAMES = ['Ana', 'Boris', 'Chen', 'Dalia', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jana', 'Kemal', 'Lea'];
// Weights per kind, in ACTOR_KINDS order: people, bodies and events dominate news-derived actor graphs.
const KIND_WEIGHTS = [35, 5, 15, 10, 10, 15, 5, 5];
const KIND_PREFIX: Record<string, string> = {
  state: 'Republic of',
  'government-body': 'Ministry of',
  group: 'Coalition of',
  issue: 'Question of',
  event: 'Summit at',
  'weapon-system': 'System',
  place: 'Region of',
};
const COOPERATIVE = new Set<RelationName>(['talks-with', 'supplies', 'welcomes', 'mediates', 'negotiates-with']);
const CONFLICTUAL = new Set<RelationName>(['criticises', 'warns-about', 'fears', 'affects']);
const SOURCE_COUNT = 12;

/** A unique, pronounceable word for each index: its base-16 digits (at least two) spelled as syllables. */
function wordFor(index: number): string {
  let n = index;
  let word = '';
  // At least two digits, so no word is shorter than four letters; padding with the zero syllable keeps it one-to-one.
  for (let digits = 0; digits < 2 || n > 0; digits++) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function labelFor(index: number, kind: string, random: Random): string {
  if (kind === 'person') return `${random.pick(FIRST_NAMES)} ${wordFor(index)}`;
  return `${KIND_PREFIX[kind] ?? 'Actor'} ${wordFor(index)}`;
}

/** Edges by preferential attachment, mostly inside a node's community: heavy-tailed degrees and visible clusters. */
function attachEdges(size: SizeSpec, community: Int32Array, random: Random): [number, number][] {
  const communities = Math.max(...community) + 1;
  const ends: number[] = [];
  const communityEnds: number[][] = Array.from({ length: communities }, () => []);
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  const add = (a: number, b: number) => {
    const pair = Math.min(a, b) * size.nodes + Math.max(a, b);
    if (a === b || seen.has(pair)) return false;
    seen.add(pair);
    edges.push(random.next() < 0.5 ? [a, b] : [b, a]);
    for (const end of [a, b]) {
      ends.push(end);
      communityEnds[community[end] ?? 0]?.push(end);
    }
    return true;
  };
  // Preferential choice: a uniformly random edge end is a node drawn in proportion to its degree.
  const choose = (node: number, limit: number) => {
    const local = communityEnds[community[node] ?? 0] ?? [];
    const roll = random.next();
    if (roll < 0.8 && local.length > 0) return random.pick(local);
    if (roll < 0.95 && ends.length > 0) return random.pick(ends);
    return random.int(limit);
  };
  const perNode = Math.max(1, Math.round(size.edges / size.nodes));
  for (let node = 1; node < size.nodes && edges.length < size.edges; node++) {
    for (let k = 0, tries = 0; k < Math.min(perNode, node) && tries < 20; tries++)
      if (add(node, choose(node, node))) k++;
  }
  while (edges.length < size.edges) {
    const node = random.int(size.nodes);
    add(node, choose(node, size.nodes));
  }
  return edges;
}

/** Community-clustered circles: communities along a sunflower spiral, each a jittered sunflower disc of its nodes. */
function placeNodes(community: Int32Array, random: Random): { x: number; y: number }[] {
  const spacing = 60;
  const golden = Math.PI * (3 - Math.sqrt(5));
  const members = new Map<number, number[]>();
  community.forEach((c, node) => {
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const positions: { x: number; y: number }[] = new Array(community.length);
  const order = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  let placed = 0;
  order.forEach(([, nodes], rank) => {
    // Larger communities near the centre; the radius grows with the area already used, so discs barely overlap.
    const radius = spacing * 1.15 * Math.sqrt(placed + nodes.length / 2);
    const cx = rank === 0 ? 0 : radius * Math.cos(rank * golden);
    const cy = rank === 0 ? 0 : radius * Math.sin(rank * golden);
    nodes.forEach((node, k) => {
      const r = spacing * 0.5 * Math.sqrt(k);
      const jitter = () => (random.next() - 0.5) * spacing * 0.4;
      const x = cx + r * Math.cos(k * golden) + jitter();
      const y = cy + r * Math.sin(k * golden) + jitter();
      positions[node] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    });
    placed += nodes.length;
  });
  return positions;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);

/**
 * When relation i happened, spread over 2024 and 2025 (731 days) by its index alone, without drawing from the PRNG,
 * so the graph is the one it was before relations were dated (issue 18): lasting relations get a start and, one in
 * three, an end 30 to 229 days later; the others a date.
 */
function timeOf(i: number, relation: string): Record<string, string> {
  const day = (i * 7919) % 731;
  if (!isLasting(relation)) return { date: isoDay(day) };
  return i % 3 === 0 ? { start: isoDay(day), end: isoDay(day + 30 + ((i * 31) % 200)) } : { start: isoDay(day) };
}

/** Builds one synthetic dataset; the same size and seed always give the same graph, positions included or not. */
export function generateDataset(size: SizeSpec, positions: boolean, seed = DEFAULT_SEED): NativeDataset {
  const random = createRandom(seed + size.nodes);
  const communityCount = Math.max(8, Math.round(Math.sqrt(size.nodes) / 1.5));
  // A skewed draw gives a few large communities and many small ones, as in real news networks.
  const community = Int32Array.from({ length: size.nodes }, () => Math.floor(communityCount * random.next() ** 1.6));
  const kinds = Array.from({ length: size.nodes }, () => random.weighted(ACTOR_KINDS, KIND_WEIGHTS));
  const labels = kinds.map((kind, i) => labelFor(i, kind, random));
  const edges = attachEdges(size, community, random);
  const placed = placeNodes(community, random);
  const nodes = labels.map((label, i) => {
    const attributes: Record<string, unknown> = { label, kind: kinds[i] };
    if (positions) Object.assign(attributes, placed[i]);
    return { key: `a-${i}`, attributes };
  });
  const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => ({ id: `s-${i}`, title: `Synthetic wire ${i}` }));
  const serialised = edges.map(([a, b], i) => {
    const relation = random.pick(RELATION_NAMES);
    const stance = COOPERATIVE.has(relation) ? 'cooperative' : CONFLICTUAL.has(relation) ? 'conflictual' : 'neutral';
    const quote = `${labels[a]} ${RELATIONS[relation].label} ${labels[b]}.`;
    const attributes = {
      relation,
      stance,
      certainty: random.pick(CERTAINTIES),
      evidence: [{ quote, source: `s-${random.int(SOURCE_COUNT)}` }],
      ...timeOf(i, relation),
    };
    const edge = { key: `e-${i}`, source: `a-${a}`, target: `a-${b}`, attributes };
    return RELATIONS[relation].directed ? edge : { ...edge, undirected: true };
  });
  const title = `Synthetic actors ${size.name} (${positions ? 'stored positions' : 'no positions'})`;
  const raw = {
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    attributes: { format: 'backchannel/1', title, sources, licence: 'CC0-1.0 (synthetic)' },
    nodes,
    edges: serialised,
  };
  return validateDataset(raw).data;
}

/** A typical node (median degree) and the largest hub, for the click measurements. */
export function findClickTargets(data: NativeDataset): ClickTargets {
  const degree = new Map<string, number>(data.nodes.map((n) => [n.key, 0]));
  for (const edge of data.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const sorted = [...degree.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return { typical: sorted[Math.floor(sorted.length / 2)]?.[0] ?? '', hub: sorted.at(-1)?.[0] ?? '' };
}

/** A fingerprint of the generator and its inputs: the data is regenerated whenever the code that makes it changes. */
function fingerprint(seed: number): string {
  const files = ['generate.ts', 'random.ts', 'sizes.ts', '../src/model/seeded-random.ts'];
  const code = files.map((f) => readFileSync(join(import.meta.dirname, f), 'utf8'));
  const schema = readFileSync(join(import.meta.dirname, '../src/model/schema.ts'), 'utf8');
  return createHash('sha256')
    .update(`${seed}\n${code.join('\n')}\n${schema}`)
    .digest('hex')
    .slice(0, 16);
}

/** Writes the datasets of the given sizes into bench/data/ unless the same generator already wrote them. */
export function ensureDatasets(sizes: readonly SizeSpec[], seed = DEFAULT_SEED): Record<string, ClickTargets> {
  mkdirSync(DATA_DIR, { recursive: true });
  const print = fingerprint(seed);
  const targets: Record<string, ClickTargets> = {};
  for (const size of sizes) {
    const metaPath = join(DATA_DIR, `${size.name}-meta.json`);
    const files = [true, false].map((p) => join(DATA_DIR, dataFile(size, p)));
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : null;
    if (meta?.fingerprint === print && files.every((f) => existsSync(f))) {
      targets[size.name] = meta.targets;
      continue;
    }
    const started = performance.now();
    for (const positions of [true, false]) {
      const data = generateDataset(size, positions, seed);
      writeFileSync(join(DATA_DIR, dataFile(size, positions)), JSON.stringify(data));
      if (positions) targets[size.name] = findClickTargets(data);
    }
    writeFileSync(metaPath, JSON.stringify({ fingerprint: print, targets: targets[size.name] }));
    console.log(`generated ${size.name} in ${Math.round(performance.now() - started)} ms`);
  }
  return targets;
}

if (process.argv[1] === import.meta.filename) ensureDatasets(SIZES);
