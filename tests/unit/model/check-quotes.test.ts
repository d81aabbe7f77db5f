// checkQuotes: quotes match the source after the same normalisation on both sides, and misses are reported.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { checkQuotes, normaliseForQuotes } from '../../../src/model/check-quotes';

const SOURCE =
  'Russian officials welcomed the decision as a “constructive move”.\n  Ukraine’s top  generals are\turging Washington — now. The calls—without readouts—continue. Café society.';

function graphWith(...quotes: { quote: string; source?: string }[]) {
  const graph = createActorGraph();
  graph.addNode('a', { label: 'A' });
  quotes.forEach(({ quote, source = 'article' }, i) => {
    graph.addDirectedEdgeWithKey(`e${i}`, 'a', 'a', { relation: 'describes', evidence: [{ quote, source }] });
  });
  return graph;
}

describe('normaliseForQuotes', () => {
  it.each([
    ['  many   spaces\n\tand lines ', 'many spaces and lines'],
    ['Ukraine’s ‘top’', "Ukraine's 'top'"],
    ['“constructive move”', '"constructive move"'],
    ['calls—without – readouts', 'calls-without - readouts'],
    ['Cafe\u0301', 'Caf\u00e9'],
  ])('normalises %j to %j', (text, expected) => {
    expect(normaliseForQuotes(text)).toBe(expected);
  });
});

describe('checkQuotes', () => {
  it.each([
    ['an exact quote', 'welcomed the decision as a “constructive move”'],
    ['straight quotes for curly ones', 'welcomed the decision as a "constructive move"'],
    ['a straight apostrophe', "Ukraine's top generals"],
    ['collapsed white space', 'Ukraine’s top generals are urging Washington'],
    ['a hyphen for a dash', 'The calls-without readouts-continue.'],
    ['composed and decomposed accents', 'Cafe\u0301 society'],
  ])('finds %s', (_name, quote) => {
    expect(checkQuotes(graphWith({ quote }), SOURCE)).toEqual([]);
  });

  it.each([
    ['a paraphrase', 'Russian officials praised the decision'],
    ['a change of case', 'russian officials welcomed the decision'],
    ['words run together across a dash with spaces', 'Washington-now'],
    ['an empty quote', '  '],
  ])('reports %s', (_name, quote) => {
    expect(checkQuotes(graphWith({ quote }), SOURCE)).toEqual([{ edge: 'e0', quote, source: 'article' }]);
  });

  it('reports only the quotes that are missing, with their edges', () => {
    const graph = graphWith({ quote: 'constructive move' }, { quote: 'destructive move' }, { quote: 'now.' });
    expect(checkQuotes(graph, SOURCE).map((p) => p.edge)).toEqual(['e1']);
  });

  it('checks only the given source when one is named', () => {
    const graph = graphWith({ quote: 'not in this text', source: 'tv' }, { quote: 'also missing' });
    expect(checkQuotes(graph, SOURCE, 'article').map((p) => p.edge)).toEqual(['e1']);
    expect(checkQuotes(graph, SOURCE)).toHaveLength(2);
  });

  it('passes over edges without evidence', () => {
    const graph = createActorGraph();
    graph.addNode('a', { label: 'A' });
    graph.addEdge('a', 'a', {});
    expect(checkQuotes(graph, SOURCE)).toEqual([]);
  });
});
