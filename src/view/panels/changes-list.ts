// The "Changes" region: relations that appeared, ended or changed between two dates, each with its actors and quote.

import type { ActorGraph } from '../../model/actor-graph';
import { actorLabel } from '../../model/describe-element';
import { pluralise } from '../../model/pluralise';
import { relationWords } from '../../model/relations-of';
import type { TimeChange } from '../../model/time/changes-between';
import { el } from '../dom';

const HEADINGS = { appeared: 'Appeared', ended: 'Ended', changed: 'Changed' } as const;

/** One change as a list item: "A supplies B · began", then its quote; text only. */
function changeItem(graph: ActorGraph, change: TimeChange): HTMLElement {
  const words = relationWords(change.relation || undefined, 'out');
  const what =
    change.kind === 'appeared'
      ? change.lasting
        ? 'began'
        : 'happened'
      : change.kind === 'ended'
        ? 'ended'
        : `${change.attribute}: ${change.before || 'none'} → ${change.after || 'none'}`;
  return el(
    'li',
    { 'data-edge': change.edge, class: `change ${change.kind}` },
    el(
      'span',
      { class: 'change-pair' },
      `${actorLabel(graph, change.source)} ${words} ${actorLabel(graph, change.target)}`,
    ),
    el('span', { class: 'change-what' }, ` · ${what}`),
    change.quote
      ? el('q', { class: 'change-quote' }, change.quote)
      : el('span', { class: 'change-quote' }, ' (no quote)'),
  );
}

/** Renders the changes grouped by kind into the Changes region (an empty note when there are none). */
export function renderChanges(
  root: HTMLElement,
  graph: ActorGraph,
  changes: readonly TimeChange[],
  span: string,
): void {
  const groups = (['appeared', 'ended', 'changed'] as const).map((kind) => {
    const items = changes.filter((change) => change.kind === kind);
    if (items.length === 0) return null;
    const heading = `${HEADINGS[kind]} (${items.length})`;
    return el(
      'div',
      { class: 'change-group' },
      el('h3', {}, heading),
      el('ul', { class: `changes-${kind}` }, ...items.map((change) => changeItem(graph, change))),
    );
  });
  const summary = changes.length === 0 ? `No changes ${span}` : `${pluralise(changes.length, 'change')} ${span}`;
  root.replaceChildren(el('p', { class: 'changes-summary' }, summary), ...groups.filter((g) => g !== null));
}
