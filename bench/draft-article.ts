// What drafting an article costs: draftFromText on ~1,000 words of the article fixtures, in Node.
// Usage: npx tsx bench/draft-article.ts [runs] (default 5). Prints the first run (cold, as in a fresh worker) and the
// median of the others in ms.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftFromText } from '../src/draft/draft-from-text';

const DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles');

/** Whole paragraphs of the article fixtures, in order, until they reach 1,000 words. */
export function thousandWords(): { text: string; words: number } {
  const paragraphs = readdirSync(DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(DIR, name), 'utf8').split(/\n\s*\n/));
  const kept: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (words >= 1000) break;
    kept.push(paragraph.trim());
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return { text: kept.join('\n\n'), words };
}

/** The drafting times: the first run (cold code, as each draft's fresh worker runs it) and the median of the rest. */
export interface DraftTiming {
  words: number;
  relations: number;
  firstMs: number;
  medianMs: number;
  runs: number;
}

/** Drafts the ~1,000-word text `runs` times (at least 2). */
export function timeDraft(runs = 5): DraftTiming {
  const { text, words } = thousandWords();
  const source = { id: 'bench', title: 'Bench', published: '2026-03-04' };
  const times: number[] = [];
  let relations = 0;
  for (let i = 0; i < Math.max(2, runs); i++) {
    const t = performance.now();
    relations = draftFromText(text, source).relations.length;
    times.push(performance.now() - t);
  }
  const [first = Number.NaN, ...rest] = times;
  rest.sort((a, b) => a - b);
  return {
    words,
    relations,
    firstMs: first,
    medianMs: rest[Math.floor(rest.length / 2)] ?? Number.NaN,
    runs: rest.length,
  };
}

if (process.argv[1]?.endsWith('draft-article.ts')) {
  const t = timeDraft(Number(process.argv[2] ?? 5));
  console.log(
    `draft, ${t.words} words: first ${t.firstMs.toFixed(0)} ms, median of ${t.runs} more ${t.medianMs.toFixed(0)} ms (${t.relations} relations)`,
  );
}
