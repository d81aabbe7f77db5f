// Reopening datasets kept in this browser: by id (the picker, a ?local= link), the last one on a new visit, reload.

import type { LocalDatasets, SavedDataset } from '../io/local/local-datasets';
import type { AppState, Selection } from '../state/app-state';
import { setStatus } from '../state/app-state';
import { restoreHistory } from '../state/keep-state';
import type { Store } from '../state/store';
import type { Keeper } from './keep-locally';
import type { Opener } from './open-dataset';

/** How reopening went: shown, not kept in this browser, or kept but unreadable (the status says why). */
export type KeptOutcome = 'opened' | 'missing' | 'failed';

/** What reopening needs: the store, the keeper's connection, and the open commands. */
export interface KeptDeps {
  store: Store<AppState>;
  keeper: Keeper;
  opener: Pick<Opener, 'openFiles'>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads a kept dataset and opens it through the loader, as a file would be; the graph on screen stays on failure. */
async function openRecord(
  deps: KeptDeps,
  read: (local: LocalDatasets) => Promise<SavedDataset | null>,
  selection: Selection,
): Promise<KeptOutcome> {
  const { store, keeper, opener } = deps;
  let saved: SavedDataset | null;
  try {
    saved = await read((await keeper.local()).local);
  } catch (error) {
    const message = `Could not read the datasets kept in this browser (${errorText(error)}). The graph on screen stays as it was.`;
    store.update((s) => setStatus(s, { kind: 'error', message }));
    return 'failed';
  }
  if (!saved) return 'missing';
  await keeper.refresh();
  const { id, title, revision } = saved.summary;
  const files = [{ name: `${title}.json`, text: saved.json }];
  if (await opener.openFiles(files, id, selection, { title, revision })) {
    // The steps saved with it: Undo still works after a reload (the history reads the revision it was opened at).
    const history = restoreHistory(revision, saved.history);
    store.update((s) => (s.dataset?.id === id && s.history.revision === revision ? { ...s, history } : s));
    Object.assign(keeper.texts(), saved.sourceTexts);
    return 'opened';
  }
  const status = store.get().status;
  if (status.kind === 'error') {
    // A damaged record (a browser bug, an extension, a hand edit): say which, keep it, and keep the graph shown.
    const message = `Could not reopen “${title}”, kept in this browser: its stored copy cannot be read (${status.message}). It is left as it was; the graph on screen stays. Delete it from the Dataset picker's “My datasets”, or open a file.`;
    store.update((s) => setStatus(s, { kind: 'error', message }));
  }
  return 'failed';
}

/** Opens the kept dataset with this id. */
export function openKept(deps: KeptDeps, id: string, selection: Selection = null): Promise<KeptOutcome> {
  return openRecord(deps, (local) => local.open(id), selection);
}

/** Opens the dataset kept last in this browser; 'missing' when none is (or another dataset was shown last). */
export function openLastKept(deps: KeptDeps, selection: Selection = null): Promise<KeptOutcome> {
  return openRecord(deps, (local) => local.openLast(), selection);
}
