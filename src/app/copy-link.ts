// Copy link, honestly: the address of the current view, or for a file opened from disk an offer to export it.

import { findBundled } from '../bundled-datasets';
import type { AppState, Dataset } from '../state/app-state';
import { setStatus } from '../state/app-state';
import { loadedGraph } from '../state/field-state';
import { isLocalId } from '../state/keep-state';
import type { Store } from '../state/store';
import { downloadBlob } from '../view/export/download';
import { exportBaseName } from '../view/export/file-name';

/**
 * Whether a link can reopen a dataset: a bundled one, one fetched from a `?data=` address, or one kept in this
 * browser (its `?local=` address reopens it here; elsewhere the page says where it lives).
 */
export function canLink(dataset: Dataset): boolean {
  return !!findBundled(dataset.id) || dataset.id.startsWith('url:') || isLocalId(dataset.id);
}

/** How the link names a dataset it cannot reopen, so that opening the link knows its view belongs elsewhere. */
export const LOCAL_PREFIX = 'file:';

/**
 * Downloads the dataset in the native JSON format, named after `name` (the dataset's id unless given: a kept dataset
 * is named by its title, not its `local-…` id): the graph as loaded (every attribute as in the file) or, once
 * `edited`, the graph shown, which holds the edits.
 */
export async function exportJson(dataset: Dataset, name = dataset.id, edited = false): Promise<void> {
  // Edits go to the graph shown: once there are any, it is the one to keep (a relabelled copy included).
  const graph = edited ? dataset.graph : loadedGraph(dataset);
  const title = graph.getAttribute('title');
  const base = exportBaseName(name, typeof title === 'string' ? title : undefined, new Date());
  // The writer loads on first use, as the Export dialog's writers do: it is not on the first screen's budget.
  const { writeNative } = await import('../io/write-native');
  downloadBlob(new Blob([writeNative(graph)], { type: 'application/json' }), `${base}.json`);
}

/**
 * Copies the address of the current view and says so; for a local file, explains and offers Export JSON. `kept`: the
 * dataset shown is kept in this browser, so its address (`?local=`) reopens it here whatever it was opened from.
 */
export async function copyLink(store: Store<AppState>, kept = false): Promise<void> {
  const dataset = store.get().dataset;
  if (dataset && !kept && !canLink(dataset)) {
    store.update((s) =>
      setStatus(s, { kind: 'warning', message: `No link copied: a link cannot carry ${dataset.id}, a local file.` }),
    );
    // A local file's id is its file name (or the names of a CSV pair), as the user chose it.
    if (
      (await (await import('../view/open/local-link-dialog')).askLocalLink(dataset.id)) === 'export' &&
      store.get().dataset === dataset
    )
      await exportJson(dataset, dataset.id, store.get().history.undo.length > 0);
    return;
  }
  try {
    await navigator.clipboard.writeText(location.href);
    store.update((s) => setStatus(s, { kind: 'info', message: 'Link to this view copied.' }));
  } catch {
    store.update((s) => setStatus(s, { kind: 'warning', message: `Copy this link by hand: ${location.href}` }));
  }
}
