// Renders a relation's evidence: each verbatim quote as a blockquote credited to its source.

import type { ActorGraph } from '../../model/actor-graph';
import type { Evidence } from '../../model/schema';
import { el } from '../dom';

/** The title of a source id in the graph's `sources`, or the id itself when it is not listed. */
function sourceTitle(graph: ActorGraph, id: string): string {
  const sources = graph.getAttribute('sources');
  const found = Array.isArray(sources) ? sources.find((s) => s && s.id === id) : undefined;
  return found?.title ? String(found.title) : id;
}

/** A list of quotes; relations without evidence say so rather than showing nothing. */
export function renderEvidence(graph: ActorGraph, evidence: unknown): HTMLElement {
  const items = Array.isArray(evidence) ? (evidence as Evidence[]).filter((e) => e && typeof e.quote === 'string') : [];
  if (items.length === 0) return el('p', { class: 'no-evidence' }, 'No evidence quoted for this relation.');
  return el(
    'ul',
    { class: 'evidence' },
    ...items.map((item) =>
      el(
        'li',
        {},
        el('blockquote', {}, item.quote),
        item.source ? el('cite', {}, `— ${sourceTitle(graph, String(item.source))}`) : null,
      ),
    ),
  );
}
