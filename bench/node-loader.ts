// In Node, on the same files: JSON.parse + graphology import alone against the app's full loader.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { loadDataset } from '../src/io/load-dataset';
import { DATA_DIR } from './sizes';

/** Medians over the repetitions, in ms. */
export interface NodeLoaderTimes {
  parseMs: number;
  parseImportMs: number;
  loaderMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Times JSON.parse, JSON.parse + Graph.from, and loadDataset (sniff, parse, validate, build) on one file. */
export function timeNodeLoaders(file: string, reps: number): NodeLoaderTimes {
  const text = readFileSync(join(DATA_DIR, file), 'utf8');
  const parse: number[] = [];
  const parseImport: number[] = [];
  const loader: number[] = [];
  // Alternate the three so that a warming JIT or a garbage collection does not favour one of them.
  for (let rep = 0; rep < reps; rep++) {
    parse.push(time(() => JSON.parse(text)));
    parseImport.push(time(() => Graph.from(JSON.parse(text))));
    loader.push(time(() => loadDataset([{ name: file, text }])));
  }
  return { parseMs: median(parse), parseImportMs: median(parseImport), loaderMs: median(loader) };
}
