// "New dataset": asks for a title in a small dialog, then lets the app start an empty dataset with it.

import { dialogField, setFieldError } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { el } from '../dom';

/** Asks for the new dataset's title; resolves the title, or null when cancelled. */
export function askNewDataset(): Promise<string | null> {
  const input = el('input', { id: 'new-dataset-name', type: 'text', required: true, autocomplete: 'off' });
  const title = dialogField(input, 'Title');
  return openDialog<string>({
    id: 'new-dataset',
    title: 'New dataset',
    className: 'new-dataset-dialog',
    content: [title.row],
    buttons: [submitButton('Create'), cancelButton()],
    submit: () => {
      const value = input.value.trim();
      // Stay open, and say what is missing beside the field.
      setFieldError(title, value ? undefined : 'Give the dataset a title.');
      if (!value) input.focus();
      return value || undefined;
    },
  }).answer;
}
