// The note an empty dataset's canvas shows: no actors yet, and how to add the first one.

import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';
import { el } from '../dom';
import './empty-note.css';

/** Shows `root` over the graph while the dataset shown has no actors, and says how to add one. Returns an unmount. */
export function mountEmptyNote(root: HTMLElement, store: Store<AppState>): () => void {
  root.replaceChildren(
    el('p', { class: 'empty-note-title' }, el('strong', {}, 'This dataset has no actors yet.')),
    el('p', {}, 'Add the first one with “Add actor” in the toolbar, then link actors with “Add relation”.'),
  );
  const render = (state: AppState) => {
    root.hidden = !state.dataset || state.dataset.graph.order > 0;
  };
  render(store.get());
  const off = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset || state.history.revision !== previous.history.revision) render(state);
  });
  return () => {
    off();
    root.hidden = true;
  };
}
