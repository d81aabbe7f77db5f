// The header line over the canvas: the dataset's title, its format and its counts, and the Fields… button.

import { pluralise } from '../../model/pluralise';
import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';
import { el } from '../dom';

/**
 * Renders the dataset title into `titleEl` and "N actors · M relations" into `countsEl`, with a "Fields…" button
 * after the counts when `onFields` is given (marked when some field was guessed from the values alone); returns an
 * unmount.
 */
export function mountDatasetHeader(
  titleEl: HTMLElement,
  countsEl: HTMLElement,
  store: Store<AppState>,
  onFields?: () => void,
): () => void {
  const fields = onFields
    ? el('button', { type: 'button', id: 'fields-button', class: 'fields-button' }, 'Fields…')
    : null;
  if (fields && onFields) {
    fields.addEventListener('click', onFields);
    countsEl.after(fields);
  }
  const render = (state: AppState) => {
    const dataset = state.dataset;
    const title = dataset?.graph.getAttribute('title');
    titleEl.textContent = typeof title === 'string' && title ? title : (dataset?.name ?? '');
    countsEl.textContent = dataset
      ? `${pluralise(dataset.graph.order, 'actor')} · ${pluralise(dataset.graph.size, 'relation')} · ${dataset.formatLabel}`
      : '';
    if (!fields) return;
    fields.hidden = !dataset;
    const check = !!dataset?.weak?.length && state.fields === dataset.fields;
    fields.classList.toggle('attention', check);
    fields.title = check
      ? 'Some fields were guessed from the values alone: check what means what'
      : 'What means what in this file';
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset || state.fields !== previous.fields) render(state);
  });
  return () => {
    unsubscribe();
    fields?.remove();
  };
}
