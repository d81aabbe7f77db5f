// The dialog Copy link shows for a file opened from disk: a link cannot carry it; exporting it as JSON can.

import { el } from '../dom';

/** Explains why a link cannot reopen a local file; resolves 'export' when the user asks for the JSON instead. */
export function askLocalLink(file: string): Promise<'export' | null> {
  const exportJson = el('button', { type: 'submit', value: 'export' }, 'Export JSON');
  const close = el('button', { type: 'button' }, 'Close');
  const dialog = el(
    'dialog',
    { 'aria-labelledby': 'local-link-title', 'aria-describedby': 'local-link-why', class: 'local-link-dialog' },
    el(
      'form',
      { method: 'dialog' },
      el('h2', { id: 'local-link-title' }, 'This link cannot carry your file'),
      el(
        'p',
        { id: 'local-link-why' },
        `${file} was opened from your disk, and a link only reopens what the app can fetch: it would open the default dataset instead. To share this graph, export it as JSON and send the file, or put the file online and share the app's address with ?data= and its address.`,
      ),
      el('p', { class: 'dialog-buttons' }, exportJson, close),
    ),
  );
  document.body.appendChild(dialog);
  return new Promise((resolve) => {
    let answer: 'export' | null = null;
    exportJson.addEventListener('click', () => {
      answer = 'export';
    });
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    exportJson.focus();
  });
}
