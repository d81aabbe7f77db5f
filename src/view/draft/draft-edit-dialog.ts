// Editing a drafted row before it is accepted: an actor's label, kind and role; a relation's name, stance, certainty.

import {
  ACTOR_KINDS,
  CERTAINTIES,
  KIND_LABELS,
  RELATION_NAMES,
  RELATIONS,
  type RelationName,
  STANCES,
} from '../../model/schema';
import type { ActorEdits, RelationEdits } from '../../state/draft-review-state';
import { dialogField, setFieldError } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { el } from '../dom';
import '../edit/edit-dialog.css';

/** A <select> over `values` (the current one added when the vocabulary lacks it), showing each by `label`. */
function choice(id: string, values: readonly string[], current: string, label: (v: string) => string) {
  const all = values.includes(current) ? values : [current, ...values];
  const select = el('select', { id });
  for (const value of all) select.append(el('option', { value, selected: value === current }, label(value)));
  return select;
}

const kindLabel = (kind: string) =>
  Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as keyof typeof KIND_LABELS] : kind;
const relationText = (name: string) => (Object.hasOwn(RELATIONS, name) ? RELATIONS[name as RelationName].label : name);

/** Asks for a drafted actor's label, kind and role; resolves the values, or null when cancelled. */
export function askActorEdits(current: { label: string; kind: string; role: string | undefined }) {
  const label = el('input', { id: 'draft-edit-label', type: 'text', value: current.label, autocomplete: 'off' });
  const kind = choice('draft-edit-kind', ACTOR_KINDS, current.kind, kindLabel);
  const role = el('input', { id: 'draft-edit-role', type: 'text', value: current.role ?? '', autocomplete: 'off' });
  const labelField = dialogField(label, 'Label');
  return openDialog<ActorEdits>({
    id: 'draft-edit-actor',
    title: `Edit drafted actor “${current.label}”`,
    className: 'edit-dialog',
    content: [labelField.row, dialogField(kind, 'Kind').row, dialogField(role, 'Role').row],
    buttons: [submitButton('Save'), cancelButton()],
    submit: () => {
      // An actor needs a name: stay open and say so beside the field.
      const name = label.value.trim();
      setFieldError(labelField, name ? undefined : 'Give the actor a label.');
      if (!name) label.focus();
      return name ? { label: name, kind: kind.value, role: role.value.trim() || undefined } : undefined;
    },
  }).answer;
}

/** Asks for a drafted relation's name, stance and certainty; resolves the values, or null when cancelled. */
export function askRelationEdits(current: { relation: string; stance: string; certainty: string }, reads: string) {
  const relation = choice('draft-edit-relation', RELATION_NAMES, current.relation, relationText);
  const stance = choice('draft-edit-stance', STANCES, current.stance, (v) => v);
  const certainty = choice('draft-edit-certainty', CERTAINTIES, current.certainty, (v) => v);
  return openDialog<RelationEdits>({
    id: 'draft-edit-relation-dialog',
    title: 'Edit drafted relation',
    intro: reads,
    className: 'edit-dialog',
    content: [
      dialogField(relation, 'Relation').row,
      dialogField(stance, 'Stance').row,
      dialogField(certainty, 'Certainty').row,
    ],
    buttons: [submitButton('Save'), cancelButton()],
    submit: () => ({ relation: relation.value, stance: stance.value, certainty: certainty.value }),
  }).answer;
}
