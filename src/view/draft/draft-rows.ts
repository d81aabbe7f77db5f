// The rows of the Draft panel: a drafted actor or relation, how it was decided, and its Accept, Edit and Reject.

import { KIND_LABELS, RELATIONS, type RelationName } from '../../model/schema';
import { actorAsEdited, relationAsEdited } from '../../state/accepted-from-review';
import type { ActorRow, Decision, RelationRow } from '../../state/draft-review-state';
import { el } from '../dom';
import { markedQuote } from './marked-quote';

/** What a row's controls ask for, by row key. */
export interface RowActions {
  decide(kind: 'actor' | 'relation', key: string, decision: Decision): void;
  edit(kind: 'actor' | 'relation', key: string): void;
  chooseSameAs(key: string, sameAs: string | undefined): void;
}

const STATUS: Record<Decision, string> = { pending: 'Not decided', accepted: 'Accepted', rejected: 'Rejected' };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A kind's label, or the kind itself outside the vocabulary. */
export const kindText = (kind: string) =>
  Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as keyof typeof KIND_LABELS] : kind;

/** A relation's reading from its source, or its name outside the vocabulary. */
export const relationText = (name: string) =>
  Object.hasOwn(RELATIONS, name) ? RELATIONS[name as RelationName].label : name;

/**
 * Accept, Edit and Reject for a row; ids by position (`id`), so focus stays on the same control when the panel is
 * drawn again. Accept and Reject are toggles (aria-pressed): pressing the one in force again sets the row back.
 */
function rowButtons(
  id: string,
  kind: 'actor' | 'relation',
  key: string,
  what: string,
  row: { decision: Decision },
  actions: RowActions,
) {
  const toggle = (verb: string, decision: Decision) => {
    const pressed = row.decision === decision;
    const button = el(
      'button',
      { type: 'button', id: `${id}-${decision}`, 'aria-pressed': String(pressed), 'aria-label': `${verb} ${what}` },
      verb,
    );
    button.addEventListener('click', () => actions.decide(kind, key, pressed ? 'pending' : decision));
    return button;
  };
  const edit = el('button', { type: 'button', id: `${id}-edit`, 'aria-label': `Edit ${what}` }, 'Edit');
  edit.addEventListener('click', () => actions.edit(kind, key));
  return el('p', { class: 'draft-buttons' }, toggle('Accept', 'accepted'), edit, toggle('Reject', 'rejected'));
}

/** The "Same as" choice of an actor the dataset may already have: the match, the close spellings, or a new actor. */
function sameAsChoice(id: string, row: ActorRow, nameOf: (key: string) => string, actions: RowActions) {
  const offered = [row.draft.sameAs, ...(row.draft.closeTo ?? [])].filter((k): k is string => k !== undefined);
  if (offered.length === 0) return null;
  const select = el('select', { id: `${id}-same-as` });
  select.append(el('option', { value: '', selected: row.sameAs === undefined }, 'a new actor (keep separate)'));
  for (const key of new Set(offered))
    select.append(el('option', { value: key, selected: row.sameAs === key }, `Same as ${nameOf(key)}`));
  select.addEventListener('change', () => actions.chooseSameAs(row.draft.key, select.value || undefined));
  const close = (row.draft.closeTo ?? []).map(nameOf);
  const hint =
    row.draft.sameAs === undefined && close.length > 0 ? `Close spelling of ${close.join(', ')}: the same?` : null;
  return el(
    'p',
    { class: 'draft-same-as' },
    el('label', { for: select.id }, row.draft.label, ' is '),
    select,
    hint ? el('span', { class: 'draft-hint' }, hint) : null,
  );
}

/** An actor's row: label, kind, role, mentions, its "Same as" choice, its decision and its buttons. */
export function actorRowView(row: ActorRow, index: number, nameOf: (key: string) => string, actions: RowActions) {
  const id = `draft-actor-${index}`;
  const { label, kind, role } = actorAsEdited(row);
  const edited = Object.keys(row.edits).length > 0 ? el('span', { class: 'draft-edited' }, ' (edited)') : null;
  return el(
    'li',
    { class: 'draft-row', 'data-kind': 'actor', 'data-decision': row.decision, 'data-key': row.draft.key },
    el(
      'p',
      { class: 'draft-row-head' },
      el('strong', {}, label),
      edited,
      ' ',
      el('span', { class: 'kind' }, kindText(kind)),
    ),
    el(
      'p',
      { class: 'draft-meta' },
      [role, plural(row.draft.mentions, 'mention'), STATUS[row.decision]].filter(Boolean).join(' · '),
    ),
    sameAsChoice(id, row, nameOf, actions),
    rowButtons(id, 'actor', row.draft.key, `actor ${label}`, row, actions),
  );
}

/** A relation's row: From – relation – To, stance, certainty, date, the sentence with both names marked, buttons. */
export function relationRowView(
  row: RelationRow,
  index: number,
  labelOf: (key: string) => string,
  actions: RowActions,
) {
  const id = `draft-relation-${index}`;
  const { relation, stance, certainty } = relationAsEdited(row);
  const [from, to] = [labelOf(row.draft.source), labelOf(row.draft.target)];
  const reads = `${from} – ${relationText(relation)} – ${to}`;
  const date = row.draft.date ? `${row.draft.date}${row.draft.dateText ? ` (“${row.draft.dateText}”)` : ''}` : '';
  const edited = Object.keys(row.edits).length > 0 ? el('span', { class: 'draft-edited' }, ' (edited)') : null;
  return el(
    'li',
    { class: 'draft-row', 'data-kind': 'relation', 'data-decision': row.decision, 'data-key': row.draft.key },
    el(
      'p',
      { class: 'draft-row-head' },
      el('strong', {}, from),
      ` – ${relationText(relation)} – `,
      el('strong', {}, to),
      edited,
    ),
    el('p', { class: 'draft-meta' }, [stance, certainty, date, STATUS[row.decision]].filter(Boolean).join(' · ')),
    markedQuote(row.draft.quote, row.draft.start, row.draft.marks),
    rowButtons(id, 'relation', row.draft.key, `relation ${reads}`, row, actions),
  );
}
