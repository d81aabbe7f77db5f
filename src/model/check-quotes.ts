// Checks that every evidence quote of a graph appears verbatim in its source text.

import type { ActorGraph } from './actor-graph';

/** An evidence quote that the source text does not contain. */
export interface QuoteProblem {
  edge: string;
  quote: string;
  source: string;
}

/**
 * Normalises text for comparison: Unicode NFC, typographic quotes and dashes made plain, white space collapsed.
 * Both the quote and the source go through this same function, so only typography and spacing may differ.
 */
export function normaliseForQuotes(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every evidence quote not found (case-sensitively, after normalising) in the source text; only `sourceId` if given. */
export function checkQuotes(graph: ActorGraph, sourceText: string, sourceId?: string): QuoteProblem[] {
  const haystack = normaliseForQuotes(sourceText);
  const problems: QuoteProblem[] = [];
  graph.forEachEdge((edge, attributes) => {
    const evidence = Array.isArray(attributes.evidence) ? attributes.evidence : [];
    for (const item of evidence) {
      if (sourceId !== undefined && item.source !== sourceId) continue;
      const quote = typeof item.quote === 'string' ? item.quote : '';
      const needle = normaliseForQuotes(quote);
      if (!needle || !haystack.includes(needle)) problems.push({ edge, quote, source: item.source });
    }
  });
  return problems;
}
