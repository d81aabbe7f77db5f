// The Fields command: asks what means what in the dataset shown, applies the answer and remembers it for the file.

import type { AppState } from '../state/app-state';
import { applyFields, loadedGraph } from '../state/field-state';
import type { Store } from '../state/store';

/** Opens the Fields dialog for the dataset shown; the answer applies only if that dataset is still shown. */
export async function editFields(store: Store<AppState>): Promise<void> {
  const state = store.get();
  const dataset = state.dataset;
  if (!dataset) return;
  const graph = loadedGraph(dataset);
  const { askFields } = await import('../view/open/fields-dialog'); // loaded on first use, off the first screen
  const fields = await askFields({ file: dataset.name, graph, fields: state.fields });
  const now = store.get().dataset;
  if (!fields || !now || loadedGraph(now) !== graph) return;
  store.update((s) => applyFields(s, fields));
  (await import('./field-memory')).rememberFields(graph, fields);
}
