// The warning shown when changes are not being kept: storage full or refused (Export JSON), or another tab saved.

import type { AppState } from '../../state/app-state';
import type { KeepState } from '../../state/keep-state';
import type { Store } from '../../state/store';
import { el } from '../dom';
import './keep-notice.css';

/** What the notice's buttons do. */
export interface KeepNoticeActions {
  exportJson(): void;
  /** Opens the version another tab stored, dropping this tab's unsaved steps. */
  reload(): void;
  /** Saves this tab's version as a second dataset. */
  keepBoth(): void;
}

/**
 * Renders the keeper's problem into `root` (a role=alert region) with the buttons that answer it, and the "Saved in
 * this browser" line into `saved` (its data-revision is the revision stored last). Returns an unmount.
 */
export function mountKeepNotice(
  root: HTMLElement,
  saved: HTMLElement,
  keep: Store<KeepState>,
  store: Store<AppState>,
  actions: KeepNoticeActions,
): () => void {
  const render = () => {
    const { problem, current, savedRevision } = keep.get();
    const unsaved = savedRevision === null || savedRevision < store.get().history.revision;
    saved.textContent = current && !problem ? (unsaved ? 'Saving…' : 'Saved in this browser') : '';
    if (current && savedRevision !== null) saved.dataset.revision = String(savedRevision);
    else delete saved.dataset.revision;
    root.hidden = !problem;
    if (!problem) return root.replaceChildren();
    const button = (label: string, run: () => void) => {
      const b = el('button', { type: 'button' }, label);
      b.addEventListener('click', run);
      return b;
    };
    if (problem.reason === 'conflict') {
      const text = `${problem.message} Your changes here are not saved. Reload to open the version saved there, or keep both as two datasets.`;
      root.replaceChildren(
        el('p', {}, text),
        el('p', { class: 'keep-actions' }, button('Reload', actions.reload), button('Keep both', actions.keepBoth)),
      );
      return;
    }
    const text = `${problem.message} Your edits still apply on this page; export the dataset as JSON to keep them.`;
    root.replaceChildren(
      el('p', {}, text),
      el('p', { class: 'keep-actions' }, button('Export JSON', actions.exportJson)),
    );
  };
  render();
  const off = keep.subscribe(render);
  const offStore = store.subscribe((state, previous) => {
    if (state.history.revision !== previous.history.revision) render();
  });
  return () => {
    off();
    offStore();
    root.replaceChildren();
    root.hidden = true;
  };
}
