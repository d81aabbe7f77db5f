// The dialog a link to a dataset kept in another browser shows: where that dataset lives, and Open file… instead.

import { el } from '../dom';

/** Explains that the linked dataset is kept only in the browser where it was made; 'open-file' to open a file. */
export function askMissingLocal(): Promise<'open-file' | null> {
  const openFile = el('button', { type: 'submit', value: 'open-file' }, 'Open file…');
  const close = el('button', { type: 'button' }, 'Close');
  const dialog = el(
    'dialog',
    {
      'aria-labelledby': 'missing-local-title',
      'aria-describedby': 'missing-local-why',
      class: 'missing-local-dialog',
    },
    el(
      'form',
      { method: 'dialog' },
      el('h2', { id: 'missing-local-title' }, 'This dataset is not in this browser'),
      el(
        'p',
        { id: 'missing-local-why' },
        'The link names a dataset kept in the browser where it was made: datasets you make or edit in Backchannel are kept in that browser’s own storage, not online, so another browser or computer cannot open them. Ask whoever sent the link to export it as JSON and send you the file, then open that file. The graph shown stays as it was.',
      ),
      el('p', { class: 'dialog-buttons' }, openFile, close),
    ),
  );
  document.body.appendChild(dialog);
  return new Promise((resolve) => {
    let answer: 'open-file' | null = null;
    openFile.addEventListener('click', () => {
      answer = 'open-file';
    });
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    openFile.focus();
  });
}
