// The header line over the canvas: the dataset's title, its format and its counts, and the Fields… button.

import { pluraliseShown } from '../../model/pluralise';
import type { AppState } from '../../state/app-state';
import { graphChanged, isNarrowed, selectVisible } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { el } from '../dom';

/**
 * The header's counts of what is shown: "30 of 54 actors · 41 of 89 relations" while filters or a focus hide some,
 * "54 actors · 89 relations" when all is shown; empty without a dataset.
 */
export function shownCounts(state: AppState): string {
  const graph = state.dataset?.graph;
  if (!graph) return '';
  // Only a narrowed view computes the visible set: with nothing hidden the totals are the answer.
  const visible = isNarrowed(state) ? selectVisible(state) : null;
  const actors = pluraliseShown(visible?.nodes.size ?? graph.order, graph.order, 'actor');
  return `${actors} · ${pluraliseShown(visible?.edges.size ?? graph.size, graph.size, 'relation')}`;
}

/**
 * Renders the dataset title into `titleEl` and "30 of 54 actors · 41 of 89 relations" (see `shownCounts`) into
 * `countsEl`, with a "Fields…" button
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
    countsEl.textContent = dataset ? `${shownCounts(state)} · ${dataset.formatLabel}` : '';
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
    const explored = state.filters !== previous.filters || state.focus !== previous.focus;
    if (explored || graphChanged(state, previous) || state.fields !== previous.fields) render(state);
  });
  return () => {
    unsubscribe();
    fields?.remove();
  };
}
