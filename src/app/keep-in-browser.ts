// Mounts keeping datasets in this browser: the keeper, New dataset, Delete, the notice, the picker's kept list, links.

import { type AppState, type Selection, setDataset, setStatus } from '../state/app-state';
import type { Store } from '../state/store';
import type { PickerKept } from '../view/open/dataset-picker';
import { mountDeleteKept } from '../view/open/delete-kept';
import { mountEmptyNote } from '../view/open/empty-note';
import { mountKeepNotice } from '../view/open/keep-notice';
import { exportJson } from './copy-link';
import { createKeeper, type Keeper } from './keep-locally';
import { listen } from './listen';
import type { Opener } from './open-dataset';
import { type KeptDeps, openKept, openLastKept } from './open-kept';

/** The page elements for keeping datasets, found by main.ts in index.html. */
export interface KeepElements {
  newDataset: HTMLButtonElement;
  deleteKept: HTMLButtonElement;
  notice: HTMLElement;
  saved: HTMLElement;
  emptyNote: HTMLElement;
  /** "Open file…", pressed for the user when a link's dataset is not here and they ask to open a file instead. */
  openFile: HTMLButtonElement;
}

/** What the composition root gets back: the keeper, the picker's kept list, the opens at start, and an unmount. */
export interface Keeping {
  keeper: Keeper;
  picker: PickerKept;
  /** Opens the kept dataset a `?local=` link names; when it is not here, says so and opens the default instead. */
  openLink(id: string, selection: Selection): Promise<boolean>;
  /** Opens the dataset kept last, or null when none is. */
  openLast(selection: Selection): Promise<boolean | null>;
  unmount(): void;
}

/** Wires keeping: `openDefault` opens the default dataset (after a delete, or when a link's dataset is missing). */
export function mountKeeping(
  els: KeepElements,
  store: Store<AppState>,
  opener: Opener,
  openDefault: () => Promise<boolean>,
): Keeping {
  const keeper = createKeeper(store);
  const deps: KeptDeps = { store, keeper, opener };
  const say = (kind: 'info' | 'error', message: string) => store.update((s) => setStatus(s, { kind, message }));
  const exportShown = () => {
    const dataset = store.get().dataset;
    if (dataset) void exportJson(dataset, keeper.state.get().current?.title ?? dataset.name, true);
  };
  const reload = () => {
    const id = keeper.state.get().current?.id;
    if (id) void openKept(deps, id);
  };
  const remove = async (id: string, title: string) => {
    keeper.release();
    try {
      await (await keeper.local()).local.remove(id);
    } catch (error) {
      return say('error', `Could not delete “${title}” from this browser (${String(error)}); it is still kept.`);
    }
    await keeper.refresh();
    await openDefault();
    say('info', `Deleted “${title}” from this browser.`);
  };
  const startNew = async (title: string) => {
    // The commands and the dialogs load on first use: they are not on the first screen's 200 kB budget.
    const [{ module }, { createDataset }] = await Promise.all([keeper.local(), import('../model/commands/new-keys')]);
    const graph = createDataset(title);
    const dataset = { graph, id: module.newLocalId(), name: title, formatLabel: 'Backchannel JSON', warnings: [] };
    store.update((s) => setDataset(s, dataset));
    say(
      'info',
      `Started “${title}”, an empty dataset: add its first actor with “Add actor”. It is kept in this browser from its first change.`,
    );
  };
  const unmounts = [
    mountKeepNotice(els.notice, els.saved, keeper.state, store, {
      exportJson: exportShown,
      reload,
      keepBoth: () => void keeper.keepBoth(),
    }),
    mountDeleteKept(els.deleteKept, keeper.state, (id, title) => void remove(id, title)),
    listen(els.newDataset, 'click', async () => {
      const title = await (await import('../view/open/new-dataset')).askNewDataset();
      if (title) await startNew(title);
    }),
    mountEmptyNote(els.emptyNote, store),
  ];
  void keeper.refresh();
  return {
    keeper,
    picker: { state: keeper.state, onPick: (id) => void openKept(deps, id) },
    async openLink(id, selection) {
      const outcome = await openKept(deps, id, selection);
      if (outcome === 'opened') return true;
      const error = store.get().status;
      await openDefault();
      if (outcome === 'failed' && error.kind === 'error') store.update((s) => setStatus(s, error));
      if (outcome !== 'missing') return false;
      const { askMissingLocal } = await import('../view/open/missing-local-dialog');
      if ((await askMissingLocal()) === 'open-file') els.openFile.click();
      return false;
    },
    async openLast(selection) {
      const outcome = await openLastKept(deps, selection);
      if (outcome === 'missing') return null;
      if (outcome === 'opened') return true;
      // Kept but unreadable: the default opens instead, and the message about the damaged copy stays in view.
      const error = store.get().status;
      await openDefault();
      if (error.kind === 'error') store.update((s) => setStatus(s, error));
      return false;
    },
    unmount() {
      for (const unmount of unmounts.splice(0).reverse()) unmount();
      keeper.destroy();
    },
  };
}
