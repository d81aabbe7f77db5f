// The header line over the canvas: the dataset's title, its format and its counts.

import { pluralise } from '../../model/pluralise';
import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';

/** Renders the dataset title into `titleEl` and "N actors · M relations" into `countsEl`; returns an unmount. */
export function mountDatasetHeader(titleEl: HTMLElement, countsEl: HTMLElement, store: Store<AppState>): () => void {
  const render = (state: AppState) => {
    const dataset = state.dataset;
    const title = dataset?.graph.getAttribute('title');
    titleEl.textContent = typeof title === 'string' && title ? title : (dataset?.name ?? '');
    countsEl.textContent = dataset
      ? `${pluralise(dataset.graph.order, 'actor')} · ${pluralise(dataset.graph.size, 'relation')} · ${dataset.formatLabel}`
      : '';
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) render(state);
  });
}
