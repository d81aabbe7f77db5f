// Reading a CSV header: which columns are the edge ends, the node id and label, and which describe one end (its kind).

import { timeRole } from './time-names';

/** Column indexes of the two edge ends. */
export interface Ends {
  source: number;
  target: number;
}

/** A column that describes one end of each edge, and the node attribute it becomes. */
export interface EndDetail {
  column: number;
  end: 'source' | 'target';
  attribute: string;
}

/** A header as lower-case words: "Entity A Type" → entity a type, "sourceId" → source id, "Actor1Code" → actor 1 code. */
export function words(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(?<=[a-zA-Z])(?=\d)|(?<=\d)(?=[a-zA-Z])/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const SOURCE_NAMES = ['source', 'from', 'src', 'sender', 'origin', 'source id', 'from id', 'source node', 'from node'];
const TARGET_NAMES = ['target', 'to', 'dst', 'receiver', 'destination', 'target id', 'to id', 'target node', 'to node'];
/** Words that tell the two columns of a pair apart: "Entity A" / "Entity B", "actor1" / "actor2". */
const PAIR_WORDS: readonly [string, string][] = [
  ['a', 'b'],
  ['1', '2'],
  ['from', 'to'],
  ['source', 'target'],
  ['src', 'dst'],
  ['left', 'right'],
  ['subject', 'object'],
  ['head', 'tail'],
];
/** Words that make a column a description of an end rather than the end itself. */
const DESCRIBING = new Set(['type', 'kind', 'category', 'class', 'group', 'role']);
/** Words that name an end without adding to it ("source id" is the source; "source name" describes it). */
const NAMING = new Set(['id', 'key', 'code', 'name', 'label']);

function findByNames(split: string[][], names: readonly string[]): number {
  return split.findIndex((w) => names.includes(w.join(' ')));
}

/** Whether two headers differ in one word only, and there by a pair word in order ("A" then "B", "from" then "to"). */
function isPair(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const differing = a.flatMap((word, k) => (word === b[k] ? [] : [k]));
  const k = differing[0];
  if (differing.length !== 1 || k === undefined) return false;
  return PAIR_WORDS.some(([first, second]) => a[k] === first && b[k] === second);
}

/** The best pair of columns that differ only by a pair word; shorter headers and naming words win, describing ones lose. */
function findPair(split: string[][]): Ends | undefined {
  let best: { ends: Ends; score: number } | undefined;
  // "from date" / "to date" differ by a pair word too, but they say when, not who.
  const timed = split.map((w) => timeRole(w.join(' ')) !== undefined);
  split.forEach((a, i) => {
    split.forEach((b, j) => {
      if (i === j || timed[i] || timed[j] || !isPair(a, b)) return;
      const score = a.length * 10 + (a.some((w) => DESCRIBING.has(w)) ? 5 : 0) - (a.some((w) => NAMING.has(w)) ? 1 : 0);
      if (!best || score < best.score) best = { ends: { source: i, target: j }, score };
    });
  });
  return best?.ends;
}

/** Guesses the end columns: by their usual names first, then by a pair such as "Entity A" / "Entity B". */
export function guessEnds(header: readonly string[]): Ends | undefined {
  const split = header.map(words);
  const source = findByNames(split, SOURCE_NAMES);
  const target = findByNames(split, TARGET_NAMES);
  if (source !== -1 && target !== -1) return { source, target };
  return findPair(split);
}

/** What a partial guess found, for the "Columns" dialog to start from. */
export function partialGuess(header: readonly string[]): { source?: string; target?: string } {
  const split = header.map(words);
  const source = header[findByNames(split, SOURCE_NAMES)];
  const target = header[findByNames(split, TARGET_NAMES)];
  return { ...(source ? { source } : {}), ...(target ? { target } : {}) };
}

/** Columns that extend an end's header ("Entity A Type", "source_kind"): a type-like word becomes `kind`. */
export function endDetails(header: readonly string[], ends: Ends): EndDetail[] {
  const split = header.map(words);
  const base = (column: number): string[] => {
    const w = split[column] ?? [];
    return w.length > 1 && NAMING.has(w.at(-1) ?? '') ? w.slice(0, -1) : w;
  };
  const details: EndDetail[] = [];
  split.forEach((w, column) => {
    // "from date" extends the "from" end's header, but it is the edge's start (time-names.ts), not the node's date.
    if (column === ends.source || column === ends.target || timeRole(w.join(' '))) return;
    for (const end of ['source', 'target'] as const) {
      const prefix = base(ends[end]);
      if (w.length <= prefix.length || !prefix.every((word, k) => w[k] === word)) continue;
      const extra = w.slice(prefix.length);
      const attribute =
        extra.length === 1 && DESCRIBING.has(extra[0] ?? '') && extra[0] !== 'role' ? 'kind' : extra.join('_');
      details.push({ column, end, attribute });
    }
  });
  return details;
}

const ID_NAMES = ['id', 'key', 'node', 'node id', 'identifier'];
const LABEL_NAMES = ['label', 'name', 'title', 'node label', 'node name'];

/** The column of a nodes table that holds node ids, or -1. */
export function findIdColumn(header: readonly string[]): number {
  return findByNames(header.map(words), ID_NAMES);
}

/** The column of a nodes table that holds display labels, or -1. */
export function findLabelColumn(header: readonly string[]): number {
  return findByNames(header.map(words), LABEL_NAMES);
}

/** A user's column choice as indexes, matching header text exactly, then ignoring case and spaces; -1 if absent. */
export function columnIndex(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact !== -1) return exact;
  const wanted = name.trim().toLowerCase();
  return header.findIndex((cell) => cell.trim().toLowerCase() === wanted);
}
