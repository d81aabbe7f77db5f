// A drafted sentence with the two names it links marked: <mark> elements and text nodes, never markup.

import { el } from '../dom';

/** A span of the article, by offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The sentence as a <blockquote>, each mark (offsets in the article, the sentence starting at `start`) wrapped in a
 * <mark>; marks outside the sentence or overlapping an earlier one are left out, so the text always reads whole.
 */
export function markedQuote(quote: string, start: number, marks: readonly Span[]): HTMLElement {
  const parts: (Node | string)[] = [];
  let at = 0;
  const inside = [...marks]
    .map((m) => ({ start: m.start - start, end: m.end - start }))
    .filter((m) => m.start >= 0 && m.end <= quote.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  for (const mark of inside) {
    if (mark.start < at) continue;
    parts.push(quote.slice(at, mark.start), el('mark', {}, quote.slice(mark.start, mark.end)));
    at = mark.end;
  }
  parts.push(quote.slice(at));
  return el('blockquote', { class: 'draft-quote' }, ...parts.filter((p) => p !== ''));
}
