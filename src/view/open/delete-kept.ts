// "Delete from this browser": shown while a kept dataset is open; asks first, then lets the app remove it.

import type { KeepState } from '../../state/keep-state';
import type { Store } from '../../state/store';

/** Shows the button while a kept dataset is open and calls `onDelete` with its id once the user confirms. */
export function mountDeleteKept(
  button: HTMLButtonElement,
  keep: Store<KeepState>,
  onDelete: (id: string, title: string) => void,
): () => void {
  const render = () => {
    button.hidden = !keep.get().current;
  };
  const onClick = async () => {
    const current = keep.get().current;
    if (!current) return;
    const { askConfirm } = await import('./confirm-dialog'); // loaded on first use, off the first screen
    const ok = await askConfirm({
      title: 'Delete from this browser?',
      text: `“${current.title}” and every change made to it will be removed from this browser's storage. This cannot be undone: export it as JSON first to keep a copy. Files you exported stay as they are.`,
      confirm: 'Delete',
    });
    if (ok && keep.get().current?.id === current.id) onDelete(current.id, current.title);
  };
  button.addEventListener('click', onClick);
  render();
  const off = keep.subscribe(render);
  return () => {
    off();
    button.removeEventListener('click', onClick);
    button.hidden = true;
  };
}
