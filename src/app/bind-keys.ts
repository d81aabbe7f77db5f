// Page-wide keys: Escape clears the selection (and an error shown), "/" focuses search.

import { type AppState, select, setStatus } from '../state/app-state';
import type { Store } from '../state/store';
import { listen } from './listen';

/** Binds the page-wide keys on the document; returns their unbinding. */
export function bindKeys(store: Store<AppState>, search: HTMLInputElement): () => void {
  return listen(document, 'keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      store.update((s) => select(s, null));
      if (store.get().status.kind === 'error') store.update((s) => setStatus(s, { kind: 'idle', message: '' }));
    }
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault();
      search.focus();
    }
  });
}

/** Whether a key press lands in a text field, where "/" (and Ctrl+Z) are the field's own rather than shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
