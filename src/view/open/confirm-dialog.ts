// A small modal question with a confirming button and Cancel: Escape and Cancel answer no, focus returns.

import { el } from '../dom';

/** What the dialog asks and its buttons. */
export interface ConfirmOptions {
  title: string;
  text: string;
  confirm: string;
  cancel?: string;
}

/** Asks a yes-or-no question in a modal dialog; resolves true only when the confirming button was pressed. */
export function askConfirm(options: ConfirmOptions): Promise<boolean> {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const yes = el('button', { type: 'submit', value: 'yes' }, options.confirm);
  const no = el('button', { type: 'button' }, options.cancel ?? 'Cancel');
  const dialog = el(
    'dialog',
    { 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text', class: 'confirm-dialog' },
    el(
      'form',
      { method: 'dialog' },
      el('h2', { id: 'confirm-title' }, options.title),
      el('p', { id: 'confirm-text' }, options.text),
      el('p', { class: 'dialog-buttons' }, yes, no),
    ),
  );
  document.body.appendChild(dialog);
  return new Promise((resolve) => {
    let answer = false;
    yes.addEventListener('click', () => {
      answer = true;
    });
    no.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      back?.focus();
      resolve(answer);
    });
    dialog.showModal();
    no.focus(); // the safe answer first: a stray Enter does not delete
  });
}
