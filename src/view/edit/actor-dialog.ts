// The Add actor dialog, also Edit actor filled with the actor: Label, Kind, Aliases, Role, Description.

import type { ActorGraph } from '../../model/actor-graph';
import { isNative } from '../../model/commands/check-fields';
import { newActorKey } from '../../model/commands/new-keys';
import { ACTOR_KINDS, KIND_LABELS } from '../../model/schema';
import { type DialogField, dialogField, generalError, showFieldErrors } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { type ActorFormValues, actorChanges, actorFormValues, newActorAttributes } from './actor-form';
import { choiceSelect, type EditDeps, textArea, textInput, withSuggestions } from './edit-deps';

/** The kinds the dataset's actors have, most frequent first (at most 200), as suggestions for a free-text Kind. */
export function datasetKinds(graph: ActorGraph, kindAttribute: string): string[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attrs) => {
    const kind = attrs[kindAttribute];
    if (typeof kind === 'string' && kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 200)
    .map(([kind]) => kind);
}

/** The Kind control: the vocabulary's kinds in a native dataset, else free text suggesting the dataset's kinds. */
function kindField(graph: ActorGraph, kindAttribute: string, value: string): DialogField {
  if (isNative(graph)) {
    const choices = [['', 'Choose a kind…'] as const, ...ACTOR_KINDS.map((k) => [k, KIND_LABELS[k]] as const)];
    return dialogField(choiceSelect('actor-kind', choices, value), 'Kind');
  }
  const input = textInput('actor-kind', value);
  return dialogField(input, 'Kind', { box: withSuggestions(input, datasetKinds(graph, kindAttribute)) });
}

/**
 * Opens Add actor, or Edit actor when `key` names one; Save runs the command and closes, or shows what is wrong
 * beside each field and changes nothing. Resolves with the actor's key once saved, or null.
 */
export function openActorDialog(deps: EditDeps, key?: string): Promise<string | null> {
  const state = deps.store.get();
  const graph = state.dataset?.graph;
  if (!graph) return Promise.resolve(null);
  const kindAttribute = state.fields.kind ?? 'kind';
  const editing = key !== undefined && graph.hasNode(key) ? key : undefined;
  const start = editing ? actorFormValues(graph.getNodeAttributes(editing), kindAttribute) : undefined;
  const fields = {
    label: dialogField(textInput('actor-label', start?.label), 'Label'),
    kind: kindField(graph, kindAttribute, start?.kind ?? ''),
    aliases: dialogField(textArea('actor-aliases', start?.aliases), 'Aliases', { hint: 'One name per line.' }),
    role: dialogField(textInput('actor-role', start?.role), 'Role'),
    description: dialogField(textArea('actor-description', start?.description, 4), 'Description'),
  };
  const general = generalError('actor-dialog');
  const value = (field: DialogField) => (field.control as HTMLInputElement).value;
  const read = (): ActorFormValues => ({
    label: value(fields.label),
    kind: value(fields.kind),
    aliases: value(fields.aliases),
    role: value(fields.role),
    description: value(fields.description),
  });
  const save = (): string | undefined => {
    const values = read();
    const now = deps.store.get().dataset?.graph ?? graph;
    let errors: Readonly<Record<string, string>> | null;
    let saved: string;
    if (editing) {
      const changes = actorChanges(now.getNodeAttributes(editing), values, kindAttribute);
      // Saving what is already there closes the dialog without recording an empty step.
      if (Object.keys(changes).length === 0) return editing;
      errors = deps.run({ type: 'update-actor', key: editing, changes });
      saved = editing;
    } else {
      saved = newActorKey(now, values.label);
      errors = deps.run({ type: 'add-actor', key: saved, attributes: newActorAttributes(values, kindAttribute) });
    }
    if (!errors) return saved;
    // The key follows the label: a clash of keys is the label's to fix.
    showFieldErrors({ ...fields, key: fields.label }, errors, general);
    return undefined;
  };
  return openDialog<string>({
    id: 'actor-dialog',
    title: editing ? `Edit actor ${start?.label || editing}` : 'Add actor',
    className: 'edit-dialog',
    content: [...Object.values(fields).map((field) => field.row), general],
    buttons: [submitButton('Save'), cancelButton()],
    submit: save,
  }).answer;
}
