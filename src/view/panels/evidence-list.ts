// Renders what backs a relation, read through the fields: its quotes or notes, and its source links.

import type { ActorGraph } from '../../model/actor-graph';
import type { FieldMap } from '../../model/fields';
import { readRelation } from '../../model/relation-fields';
import type { RelationAttributes } from '../../model/schema';
import { el, isSafeUrl } from '../dom';

/** The title of a source id in the graph's `sources`, or the id itself when it is not listed. */
function sourceTitle(graph: ActorGraph, id: string): string {
  const sources = graph.getAttribute('sources');
  const found = Array.isArray(sources) ? sources.find((s) => s && s.id === id) : undefined;
  return found?.title ? String(found.title) : id;
}

/** The source links of a relation (http and https only), and any source text that is no address, as text. */
function renderSources(links: string[], text: string[]): HTMLElement | null {
  const safe = links.filter(isSafeUrl);
  const plain = [...text, ...links.filter((link) => !isSafeUrl(link))];
  if (safe.length === 0 && plain.length === 0) return null;
  return el(
    'p',
    { class: 'source-links' },
    safe.length + plain.length > 1 ? 'Sources: ' : 'Source: ',
    ...safe.flatMap((href, i) => [
      i > 0 ? ', ' : '',
      el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, href),
    ]),
    plain.length > 0 ? `${safe.length > 0 ? ', ' : ''}${plain.join(', ')}` : '',
  );
}

/**
 * The evidence and source links of a relation. A file with an evidence field says so when a relation has none; a
 * file without one prints nothing about it.
 */
export function renderEvidence(
  graph: ActorGraph,
  attributes: RelationAttributes,
  fields: FieldMap,
): HTMLElement | null {
  const { quotes, links, sourceText } = readRelation(attributes, fields);
  const sources = renderSources(links, sourceText);
  const quoted =
    quotes.length > 0
      ? el(
          'ul',
          { class: 'evidence' },
          ...quotes.map((item) =>
            el(
              'li',
              {},
              el('blockquote', {}, item.quote),
              item.source ? el('cite', {}, `— ${sourceTitle(graph, item.source)}`) : null,
            ),
          ),
        )
      : fields.evidence
        ? el('p', { class: 'no-evidence' }, 'No evidence quoted for this relation.')
        : null;
  if (!quoted && !sources) return null;
  const box = el('div', { class: 'relation-evidence' }, quoted, sources);
  return box;
}
