// The status line and the error alert: what is loading, what loaded with warnings, what failed.

import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';

/** Renders the store's status: errors into the alert region (announced at once), the rest into the status line. */
export function mountStatusRegion(
  statusEl: HTMLElement,
  alertEl: HTMLElement,
  busy: HTMLProgressElement,
  store: Store<AppState>,
): () => void {
  const render = (state: AppState) => {
    const { kind, message } = state.status;
    // Indeterminate while a file is read and parsed in the worker; the page stays usable meanwhile.
    busy.hidden = kind !== 'loading';
    alertEl.textContent = kind === 'error' ? message : '';
    alertEl.hidden = kind !== 'error';
    statusEl.textContent = kind === 'error' ? '' : message;
    statusEl.dataset.kind = kind;
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.status !== previous.status) render(state);
  });
}
