// The graph sizes the benchmark runs on, and where their generated files live.

import { join } from 'node:path';

/** One benchmark size: its name on the command line and in tables, and its node and edge counts. */
export interface SizeSpec {
  name: string;
  nodes: number;
  edges: number;
}

/** The sizes of the issue: 1k/3k, 5k/15k, 20k/60k and 50k/150k (three edges per node, like real actor graphs). */
export const SIZES: readonly SizeSpec[] = [
  { name: '1k', nodes: 1_000, edges: 3_000 },
  { name: '5k', nodes: 5_000, edges: 15_000 },
  { name: '20k', nodes: 20_000, edges: 60_000 },
  { name: '50k', nodes: 50_000, edges: 150_000 },
];

/** Where generated datasets are written; served to the pages as /bench-data/. */
export const DATA_DIR = join(import.meta.dirname, 'data');

/** The file name of a generated dataset, with or without stored positions. */
export function dataFile(size: SizeSpec, positions: boolean): string {
  return `${size.name}-${positions ? 'positions' : 'no-positions'}.json`;
}

/** A label such as "5k/15k" for tables. */
export function sizeLabel(size: SizeSpec): string {
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  return `${k(size.nodes)}/${k(size.edges)}`;
}
