// Keeps every dataset the user edits in this browser: a save after each step (after paint), conflicts and full disks.

import type { LocalDatasets } from '../io/local/local-datasets';
import type { AppState, Dataset } from '../state/app-state';
import { loadedGraph } from '../state/field-state';
import {
  copyTitle,
  INITIAL_KEEP_STATE,
  isLocalId,
  type KeepState,
  type KeptSummary,
  keptHistory,
  keptTitle,
} from '../state/keep-state';
import { createStore, type Store } from '../state/store';
import { createSaveQueue } from './save-queue';

/** The store module, loaded when first needed (idb and the serialiser stay out of the first screen's code). */
export type LocalModule = typeof import('../io/local/local-datasets');

/** The dataset shown, as the keeper follows it: where it is kept (id null until its first save) and from which base. */
interface Tracked {
  /** The graph as loaded: a new one means another dataset (a relabelled copy of the same one does not). */
  loaded: object;
  id: string | null;
  title: string;
  /** The stored revision this tab's graph started from or saved last: a later stored one is a conflict. */
  base: number;
  /** The revision stored last (or opened at): a save is due when the history has moved past it. */
  saved: number;
  origin?: string | undefined;
  removed?: boolean;
  /** The article texts of its sources, by source id: saved with it, never exported unless asked. */
  texts: Record<string, string>;
}

/** Saving for one app: the keeper's own state (for the picker, the notice, the Delete button) and its actions. */
export interface Keeper {
  state: Store<KeepState>;
  /** The connection to this browser's datasets (opened on first use). */
  local(): Promise<{ local: LocalDatasets; module: LocalModule }>;
  /** Reads the list of kept datasets again (after another tab may have saved). */
  refresh(): Promise<void>;
  /** "Keep both": saves the dataset shown as a new kept dataset titled "… (copy)". */
  keepBoth(): Promise<void>;
  /** Stops following the dataset shown (before deleting it), so no save brings it back. */
  release(): void;
  /** The shown dataset's source texts by source id, to read or add to (a new dataset starts with none). */
  texts(): Record<string, string>;
  /** Resolves when every save asked for so far has finished. */
  flush(): Promise<void>;
  destroy(): void;
}

/** What a kept dataset's summary gives the picker. */
const summaryOf = ({ id, title, changed }: KeptSummary): KeptSummary => ({ id, title, changed });

/** How the keeper starts following a dataset just shown. */
function trackedFor(dataset: Dataset, loaded: object): Tracked {
  const ours = isLocalId(dataset.id);
  const opened = dataset.revision ?? 0;
  const title = ours ? dataset.name : keptTitle(dataset.graph, dataset.name);
  const tracked: Tracked = { loaded, id: ours ? dataset.id : null, title, base: opened, saved: opened, texts: {} };
  if (!ours) tracked.origin = dataset.id;
  return tracked;
}

/** Names the kept dataset shown in the address (`?local=<id>`), or removes the name; the hash stays as it is. */
function showInUrl(id: string | null): void {
  if (typeof location === 'undefined') return;
  const url = new URL(location.href);
  if (id) {
    url.searchParams.set('local', id);
    url.searchParams.delete('data'); // the kept copy, not the file it came from, is what the address reopens
  } else url.searchParams.delete('local');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Creates the keeper: follows the store, saves each step, and reports problems in its own state. */
export function createKeeper(
  store: Store<AppState>,
  load: () => Promise<LocalModule> = () => import('../io/local/local-datasets'),
  schedule?: (run: () => void) => void,
): Keeper {
  const state = createStore<KeepState>(INITIAL_KEEP_STATE);
  let connection: Promise<{ local: LocalDatasets; module: LocalModule }> | null = null;
  const local = () => {
    connection ??= load().then((module) => ({ local: module.openLocalDatasets(), module }));
    connection.catch(() => {
      connection = null; // the code could not be fetched (offline): try again at the next step
    });
    return connection;
  };
  let tracked: Tracked | null = null;
  let paused = false; // after a conflict, until the user chooses Reload or Keep both

  const refresh = async () => {
    try {
      const kept = (await (await local()).local.list()).map(summaryOf);
      state.update((s) => {
        const current = s.current && kept.some((k) => k.id === s.current?.id) ? s.current : null;
        return { ...s, kept, current };
      });
    } catch {
      // Storage refused: the picker lists nothing kept, and the first save will say why.
    }
  };

  const save = async () => {
    const t = tracked;
    const dataset = store.get().dataset;
    const revision = store.get().history.revision;
    if (!t || t.removed || paused || !dataset || revision <= t.saved) return;
    let opened: Awaited<ReturnType<typeof local>>;
    try {
      opened = await local();
    } catch (error) {
      const message = `Could not load the code that keeps datasets in this browser (${String(error)}): changes are not being saved.`;
      return state.update((s) => ({ ...s, problem: { reason: 'unavailable', message } }));
    }
    const { local: db, module } = opened;
    const id = t.id ?? module.newLocalId();
    const result = await db.save({
      id,
      title: t.title,
      graph: dataset.graph,
      revision,
      baseRevision: t.base,
      sourceTexts: t.texts,
      history: keptHistory(store.get().history),
      ...(t.origin === undefined ? {} : { origin: t.origin }),
    });
    if (tracked !== t || t.removed) return;
    if (result.ok) {
      Object.assign(t, { id, base: revision, saved: revision });
      state.update((s) => ({ ...s, current: { id, title: t.title }, savedRevision: revision, problem: null }));
      showInUrl(id);
      await refresh();
      return;
    }
    if (result.reason === 'conflict') paused = true;
    state.update((s) => ({ ...s, problem: { reason: result.reason, message: result.message } }));
  };
  const queue = createSaveQueue(save, schedule);

  // Another dataset: one reopened from storage keeps its id and base; any other is kept at its first edit.
  const track = (dataset: Dataset, loaded: object) => {
    const next = trackedFor(dataset, loaded);
    tracked = next;
    paused = false;
    // Reopened from storage (a revision it was saved at) rather than started with "New dataset" (none yet).
    const stored = isLocalId(dataset.id) && dataset.revision !== undefined;
    const current = stored ? { id: dataset.id, title: next.title } : null;
    state.update((s) => ({ ...s, current, savedRevision: stored ? next.saved : null, problem: null }));
    showInUrl(current?.id ?? null);
    // Another dataset shown last: the next visit opens it (through its address) or the default, not a kept one.
    if (!stored)
      void local().then(
        ({ local: db }) => db.forgetLast().catch(() => {}),
        () => {},
      );
  };
  const follow = (next: AppState, previous: AppState) => {
    const dataset = next.dataset;
    if (!dataset) return;
    const loaded = loadedGraph(dataset);
    if (loaded !== tracked?.loaded) track(dataset, loaded);
    else if (next.history.revision !== previous.history.revision) queue.request();
  };
  const unsubscribe = store.subscribe(follow);
  const shown = store.get().dataset; // a keeper made after a dataset opened follows it from now
  if (shown) track(shown, loadedGraph(shown));

  return {
    state,
    local,
    refresh,
    async keepBoth() {
      const t = tracked;
      if (!t) return;
      Object.assign(t, { id: null, title: copyTitle(t.title), base: 0, saved: -1 });
      paused = false;
      state.update((s) => ({ ...s, current: null, problem: null }));
      queue.request();
      await queue.flush();
    },
    release() {
      if (tracked) tracked.removed = true;
    },
    texts: () => tracked?.texts ?? {},
    flush: () => queue.flush(),
    destroy() {
      unsubscribe();
      queue.stop();
      connection?.then(({ local: db }) => db.close()).catch(() => {});
    },
  };
}
