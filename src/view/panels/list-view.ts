// The List view's toggle: the table and its sorting load the first time the list is asked for, not with the page.

import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';

/**
 * Wires "List view": its first press loads the table (src/view/panels/actor-table.ts), which then owns the toggle,
 * and shows it. The list is closed when the page opens, so the first screen does without that code. Returns an unmount.
 */
export function mountListView(root: HTMLElement, toggle: HTMLButtonElement, store: Store<AppState>): () => void {
  let unmountTable: (() => void) | null = null;
  let gone = false;
  const onFirstPress = async () => {
    toggle.removeEventListener('click', onFirstPress);
    const { mountActorTable } = await import('./actor-table');
    if (gone) return;
    unmountTable = mountActorTable(root, toggle, store);
    toggle.click(); // the press that loaded it now opens it, through the table's own toggle
  };
  toggle.setAttribute('aria-pressed', 'false');
  root.hidden = true;
  toggle.addEventListener('click', onFirstPress);
  return () => {
    gone = true;
    toggle.removeEventListener('click', onFirstPress);
    unmountTable?.();
  };
}
