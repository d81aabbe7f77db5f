// What changed between two dates: relations that appeared, ended, or changed stance or certainty, with their quotes.

import { valueAt } from './intervals';
import { isLasting } from './lasting';
import { relationShownAt, type TimeIndex, touchedBetween } from './time-index';

/** One change between two dates, with what a reader needs to check it: both actors, the relation and its quote. */
export interface TimeChange {
  kind: 'appeared' | 'ended' | 'changed';
  /** For an appeared relation: whether it lasts ("began") or is a point in time ("happened"). */
  lasting: boolean;
  edge: string;
  source: string;
  target: string;
  relation: string;
  quote: string;
  /** For a changed relation: which attribute, and its values at the two dates. */
  attribute?: 'stance' | 'certainty';
  before?: string;
  after?: string;
}

function quoteOf(attrs: Record<string, unknown>): string {
  const evidence = attrs.evidence;
  const first = Array.isArray(evidence) ? (evidence[0] as { quote?: unknown } | undefined) : undefined;
  return typeof first?.quote === 'string' ? first.quote : '';
}

/** The relation's part of a change: its actors, name, quote, and whether it lasts. */
function relationPart(index: TimeIndex, edge: string) {
  const { graph } = index;
  const attrs = graph.getEdgeAttributes(edge);
  const ends = index.edgeIntervals.get(edge)?.some((i) => Number.isFinite(i.end)) === true;
  return {
    edge,
    source: graph.source(edge),
    target: graph.target(edge),
    relation: typeof attrs.relation === 'string' ? attrs.relation : '',
    quote: quoteOf(attrs),
    lasting: isLasting(attrs.relation) || ends,
  };
}

/** A relation shown at both dates whose stance or certainty differs between them (read from its slices). */
function changedValues(index: TimeIndex, edge: string, from: number, to: number): TimeChange[] {
  const attrs = index.graph.getEdgeAttributes(edge);
  const out: TimeChange[] = [];
  for (const attribute of ['stance', 'certainty'] as const) {
    const before = valueAt(attrs, attribute, from, index.axis);
    const after = valueAt(attrs, attribute, to, index.axis);
    if (before !== after)
      out.push({
        ...relationPart(index, edge),
        kind: 'changed',
        attribute,
        before: String(before ?? ''),
        after: String(after ?? ''),
      });
  }
  return out;
}

/** The changes going from `from` to `to`: found from the events between them, not by a scan of every relation. */
export function changesBetween(index: TimeIndex, from: number, to: number): TimeChange[] {
  const changes: TimeChange[] = [];
  for (const edge of touchedBetween(index, from, to).edges) {
    const before = relationShownAt(index, edge, from, true);
    const after = relationShownAt(index, edge, to, true);
    if (before !== after) changes.push({ ...relationPart(index, edge), kind: after ? 'appeared' : 'ended' });
    else if (before) changes.push(...changedValues(index, edge, from, to));
  }
  return changes;
}
