// The "Merge into…" dialog: choose the actor that stays; the other's relations, names and details move to it.

import { actorLabel } from '../../model/describe-element';
import { generalError, showFieldErrors } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { actorCombobox } from './actor-combobox';
import type { EditDeps } from './edit-deps';

/** Opens "Merge into…" for an actor; resolves with the key of the actor that stays once merged, or null. */
export function openMergeDialog(deps: EditDeps, from: string): Promise<string | null> {
  const graph = deps.store.get().dataset?.graph;
  if (!graph?.hasNode(from)) return Promise.resolve(null);
  const label = actorLabel(graph, from);
  const into = actorCombobox('merge-into', 'Actor that stays', deps.store);
  const general = generalError('merge-dialog');
  const save = (): string | undefined => {
    const key = into.key();
    const errors =
      key === from
        ? { into: `Choose another actor than ${label}.` }
        : (deps.run({ type: 'merge-actors', from, into: key }) ?? null);
    if (!errors) return key;
    // The command's own names for the actor that stays: `into` (unknown, or the same actor).
    showFieldErrors({ into: into.field }, errors, general);
    return undefined;
  };
  const open = openDialog<string>({
    id: 'merge-dialog',
    title: `Merge ${label} into…`,
    intro: `${label}’s relations move to the actor that stays, with their evidence; its name and aliases become aliases there.`,
    className: 'edit-dialog',
    content: [into.field.row, general],
    buttons: [submitButton('Merge'), cancelButton()],
    submit: save,
  });
  void open.answer.finally(() => into.unmount());
  return open.answer;
}
