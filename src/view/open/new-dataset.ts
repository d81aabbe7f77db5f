// "New dataset": asks for a title in a small dialog, then lets the app start an empty dataset with it.

import { el } from '../dom';

/** Asks for the new dataset's title; resolves the title, or null when cancelled. */
export function askNewDataset(): Promise<string | null> {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const input = el('input', { id: 'new-dataset-title', type: 'text', required: true, autocomplete: 'off' });
  const error = el('p', { id: 'new-dataset-error', class: 'field-error', hidden: true });
  input.setAttribute('aria-describedby', 'new-dataset-error');
  const create = el('button', { type: 'submit' }, 'Create');
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const form = el(
    'form',
    { method: 'dialog', novalidate: true },
    el('h2', { id: 'new-dataset-heading' }, 'New dataset'),
    el('p', { class: 'field' }, el('label', { for: 'new-dataset-title' }, 'Title'), ' ', input),
    error,
    el('p', { class: 'dialog-buttons' }, create, cancel),
  );
  const dialog = el('dialog', { 'aria-labelledby': 'new-dataset-heading', class: 'new-dataset-dialog' }, form);
  document.body.appendChild(dialog);
  return new Promise((resolve) => {
    let title: string | null = null;
    form.addEventListener('submit', (event) => {
      const value = input.value.trim();
      if (value) {
        title = value;
        return;
      }
      event.preventDefault(); // stay open, and say what is missing beside the field
      error.textContent = 'Give the dataset a title.';
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      back?.focus();
      resolve(title);
    });
    dialog.showModal();
    input.focus();
  });
}
