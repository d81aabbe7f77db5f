// The "Dataset" select listing the bundled datasets; shows "Your file" while a user's file is open.

import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';
import { el } from '../dom';

/** What the picker shows of a dataset; the app's bundled list (src/bundled-datasets.ts) has this shape and more. */
export interface PickerDataset {
  id: string;
  title: string;
  /** Where the data comes from, shown as the option's tooltip. */
  source: string;
}

const OWN_FILE = '@file';

/** Fills the select with the bundled datasets and calls `onPick` on a choice; follows the store. Returns an unmount. */
export function mountDatasetPicker<D extends PickerDataset>(
  select: HTMLSelectElement,
  datasets: readonly D[],
  store: Store<AppState>,
  onPick: (dataset: D) => void,
): () => void {
  const own = el('option', { value: OWN_FILE, disabled: true }, 'Your file');
  select.replaceChildren(...datasets.map((d) => el('option', { value: d.id, title: d.source }, d.title)), own);
  const render = (state: AppState) => {
    const id = state.dataset?.id;
    const bundled = datasets.some((d) => d.id === id);
    own.hidden = bundled;
    own.textContent = bundled ? 'Your file' : `Your file: ${state.dataset?.name ?? ''}`;
    select.value = bundled && id ? id : OWN_FILE;
  };
  const onChange = () => {
    const chosen = datasets.find((d) => d.id === select.value);
    if (chosen) onPick(chosen);
  };
  select.addEventListener('change', onChange);
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) render(state);
  });
  return () => {
    unsubscribe();
    select.removeEventListener('change', onChange);
  };
}
