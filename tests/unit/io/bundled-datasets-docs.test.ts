// Every count the docs give of a bundled dataset (graph-data/README.md, README.md) equals the file's own count.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import type { ActorGraph } from '../../../src/model/actor-graph';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const load = (file: string) => loadDataset([{ name: file, text: read(`graph-data/${file}`) }]).graph;

/** The number before the given words in a text ("20,935 links" → 20935), or undefined when the text has none. */
function countBefore(text: string, words: string): number | undefined {
  const match = new RegExp(`(\\d[\\d,]*)\\s+${words}`).exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replaceAll(',', ''));
}

/** The "Content" item of a dataset's section in graph-data/README.md. */
function contentOf(file: string): string {
  const readme = read('graph-data/README.md');
  const section = readme.slice(readme.indexOf(`### \`${file}\``));
  const start = section.indexOf('- **Content**:');
  return section.slice(start, section.indexOf('\n- **', start + 1));
}

/** Parallel edges: those beyond the first between the same source and target, read in the file's direction. */
function parallelEdges(graph: ActorGraph): number {
  const pairs = new Set<string>();
  let extra = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    const pair = JSON.stringify([source, target]);
    if (pairs.has(pair)) extra++;
    pairs.add(pair);
  });
  return extra;
}

describe('graph-data/README.md: the bundled datasets', () => {
  it.each([
    ['sixth-call.json', 'actors', 'relations'],
    ['got-relations.graphml', 'characters', 'relations'],
    ['polarisation.json', 'French news media', 'links'],
  ])('%s: the %s and %s it states are those in the file', (file, nodeWords, edgeWords) => {
    const graph = load(file);
    const content = contentOf(file);
    expect([countBefore(content, nodeWords), countBefore(content, edgeWords)]).toEqual([graph.order, graph.size]);
  });

  it('got-relations.graphml: the undirected and parallel edges it states are those in the file', () => {
    const graph = load('got-relations.graphml');
    const content = contentOf('got-relations.graphml');
    expect([countBefore(content, 'edges `directed="false"`'), countBefore(content, 'parallel edges')]).toEqual([
      graph.undirectedSize,
      parallelEdges(graph),
    ]);
  });
});

describe('README.md: the seed', () => {
  it('gives the seed’s actors and relations as the file has them, wherever a paragraph about it counts them', () => {
    const graph = load('sixth-call.json');
    const counted = read('README.md')
      .split(/\n\s*\n/)
      .filter((paragraph) => /seed|Trump–Putin/.test(paragraph))
      .map((paragraph) => [countBefore(paragraph, 'actors'), countBefore(paragraph, 'relations')])
      .filter(([actors, relations]) => actors !== undefined || relations !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    for (const pair of counted) expect(pair).toEqual([graph.order, graph.size]);
  });
});
