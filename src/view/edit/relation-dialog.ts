// The Add relation dialog (From actor, To actor, Relation, Stance, Certainty, Date, evidence), also Edit relation.

import type { ActorGraph } from '../../model/actor-graph';
import { isNative } from '../../model/commands/check-fields';
import type { Command } from '../../model/commands/command';
import { CERTAINTIES, RELATION_NAMES, RELATIONS, STANCES } from '../../model/schema';
import { type DialogField, dialogField, generalError, showFieldErrors } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { actorCombobox } from './actor-combobox';
import { choiceSelect, type EditDeps, textInput, withSuggestions } from './edit-deps';
import { evidenceFields } from './evidence-fields';
import { addRelationCommand, editRelationCommand, errorsByFormField, type RelationFormValues } from './relation-form';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The values a relation attribute takes in the dataset, most frequent first (at most 200), as suggestions. */
function relationValues(graph: ActorGraph, attribute: string): string[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_key, attrs) => {
    const value = attrs[attribute];
    if (typeof value === 'string' && value) counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 200)
    .map(([value]) => value);
}

/** Relation, Stance and Certainty: the vocabulary's choices in a native dataset, free text (or none) elsewhere. */
function vocabularyFields(graph: ActorGraph, relationAttribute: string, attrs: Record<string, unknown>) {
  const optional = isNative(graph) ? [] : [['', '(none)'] as const];
  const choose = (what: string) => (isNative(graph) ? [['', `Choose ${what}…`] as const] : optional);
  let relation: DialogField;
  if (isNative(graph)) {
    const choices = RELATION_NAMES.map((name) => [name, RELATIONS[name].label] as const);
    const select = choiceSelect('relation-name', [...choose('a relation'), ...choices], text(attrs.relation));
    relation = dialogField(select, 'Relation');
  } else {
    const input = textInput('relation-name', text(attrs[relationAttribute]));
    relation = dialogField(input, 'Relation', {
      box: withSuggestions(input, relationValues(graph, relationAttribute)),
    });
  }
  const stances = [...choose('a stance'), ...STANCES.map((s) => [s, capital(s)] as const)];
  const certainties = [...choose('a certainty'), ...CERTAINTIES.map((c) => [c, capital(c)] as const)];
  return {
    relation,
    stance: dialogField(choiceSelect('relation-stance', stances, text(attrs.stance)), 'Stance'),
    certainty: dialogField(choiceSelect('relation-certainty', certainties, text(attrs.certainty)), 'Certainty'),
    date: dialogField(textInput('relation-date', text(attrs.date)), 'Date', {
      hint: 'As 2025, 2025-07 or 2025-07-03.',
    }),
  };
}

/** What opens the dialog: Add relation (optionally from an actor), or Edit relation of an existing key. */
export type RelationDialogMode = { from?: string } | { edit: string };

/**
 * Opens Add relation or Edit relation; Save runs the command (a new source in the same step) and closes, or shows
 * what is wrong beside each field and changes nothing. Resolves with the relation's key once saved, or null.
 */
export function openRelationDialog(deps: EditDeps, mode: RelationDialogMode = {}): Promise<string | null> {
  const state = deps.store.get();
  const graph = state.dataset?.graph;
  if (!graph) return Promise.resolve(null);
  const relationAttribute = state.fields.relation ?? 'relation';
  const editing = 'edit' in mode && graph.hasEdge(mode.edit) ? mode.edit : undefined;
  const attrs = editing ? graph.getEdgeAttributes(editing) : {};
  const first = editing ? graph.source(editing) : 'from' in mode ? mode.from : undefined;
  const from = actorCombobox('relation-from', 'From actor', deps.store, first);
  const to = actorCombobox('relation-to', 'To actor', deps.store, editing ? graph.target(editing) : undefined);
  const vocabulary = vocabularyFields(graph, relationAttribute, attrs);
  // Editing leaves the evidence alone: quotes are added with Add evidence, one claim at a time.
  const evidence = editing ? null : evidenceFields(graph, 'relation');
  const fields: Record<string, DialogField> = { from: from.field, to: to.field, ...vocabulary, ...evidence?.fields };
  const general = generalError('relation-dialog');
  const value = (field: DialogField) => (field.control as HTMLInputElement).value;
  const read = (): RelationFormValues => ({
    from: from.key(),
    to: to.key(),
    relation: value(vocabulary.relation),
    stance: value(vocabulary.stance),
    certainty: value(vocabulary.certainty),
    date: value(vocabulary.date),
    ...(evidence?.read() ?? { quote: '', source: '', sourceTitle: '', sourceUrl: '', published: '' }),
  });
  const save = (): string | undefined => {
    const now = deps.store.get().dataset?.graph ?? graph;
    const values = read();
    let command: Command | null;
    if (editing) {
      command = editRelationCommand(now, editing, values, relationAttribute);
      if (!command) return editing; // nothing changed: no empty step
    } else command = addRelationCommand(now, values, relationAttribute);
    const errors = deps.run(command);
    if (!errors) return editing ?? (command.type === 'add-relation' ? command.key : '');
    showFieldErrors(fields, errorsByFormField(errors), general);
    return undefined;
  };
  const open = openDialog<string>({
    id: 'relation-dialog',
    title: editing ? 'Edit relation' : 'Add relation',
    className: 'edit-dialog',
    content: [
      from.field.row,
      to.field.row,
      ...Object.values(vocabulary).map((field) => field.row),
      ...(evidence?.rows ?? []),
      general,
    ],
    buttons: [submitButton('Save'), cancelButton()],
    // From an actor, the next thing to say is whom the relation goes to.
    initialFocus: 'from' in mode && mode.from ? to.field.control : undefined,
    submit: save,
  });
  void open.answer.finally(() => {
    from.unmount();
    to.unmount();
  });
  return open.answer;
}
