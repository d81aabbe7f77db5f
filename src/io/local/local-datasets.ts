// Keeps edited datasets in this browser: save after each step, list, open (the last one too) and delete.

import type { ActorGraph } from '../../model/actor-graph';
import { serialiseGraph } from '../write-native';
import { type DatasetDb, openDatasetDb, type SavedSummary } from './dataset-db';
import { LocalStorageError, type SaveFailure, toSaveFailure } from './save-failure';

/** What a save writes: the graph as it is now, its revision, and the revision this tab last read or wrote. */
export interface SaveRequest {
  id: string;
  title: string;
  graph: ActorGraph;
  revision: number;
  /** The stored revision this tab's graph started from (0 for a dataset never saved): a later stored one is a conflict. */
  baseRevision: number;
  sourceTexts?: Readonly<Record<string, string>>;
  origin?: string;
  /** The undo and redo steps to keep beside the graph (plain data, stored as IndexedDB clones it), if any. */
  history?: unknown;
  /** The time to stamp, for tests; Date.now() otherwise. */
  now?: number;
}

/** A save that happened, or why it did not. */
export type SaveResult = { ok: true; summary: SavedSummary } | SaveFailure;

/** A dataset read back: its summary, its JSON (read it with the loader) and its sources' texts. */
export interface SavedDataset {
  summary: SavedSummary;
  json: string;
  sourceTexts: Record<string, string>;
  /** The undo and redo steps saved with it, as given to save (check them before use), if any. */
  history?: unknown;
}

/** The datasets kept in this browser. Saves never reject (they answer a SaveFailure); reads reject with LocalStorageError. */
export interface LocalDatasets {
  save(request: SaveRequest): Promise<SaveResult>;
  /** Summaries, the most recently changed first. */
  list(): Promise<SavedSummary[]>;
  /** A dataset by id (null when not kept here); it becomes the one reopened next time. */
  open(id: string): Promise<SavedDataset | null>;
  /** The dataset opened or saved last, or the most recently changed one; null when none is kept or another was shown last. */
  openLast(): Promise<SavedDataset | null>;
  remove(id: string): Promise<void>;
  /** Forgets which dataset was shown last, so that the next visit opens the default one (another dataset is shown). */
  forgetLast(): Promise<void>;
  close(): void;
}

/** A fresh id for a dataset kept in this browser ("keep both" saves the second copy under a new one). */
export function newLocalId(): string {
  return `local-${crypto.randomUUID()}`;
}

const LAST = 'last';
/** "last" when another dataset was shown last: not missing (which falls back to the newest), but none. */
const NONE = '';

/** The texts of the sources the graph lists: a draft's text is kept once its source is in the dataset, not before. */
export function textsOfSources(
  graph: ActorGraph,
  texts: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const sources: unknown = graph.getAttribute('sources');
  const ids = new Set(Array.isArray(sources) ? sources.map((s) => (s as { id?: unknown })?.id) : []);
  return Object.fromEntries(Object.entries(texts).filter(([id]) => ids.has(id)));
}

async function write(db: DatasetDb, request: SaveRequest): Promise<SaveResult> {
  const { id, graph } = request;
  // Serialised before the transaction opens: a transaction left idle while JSON is built would commit on its own.
  const json = JSON.stringify(serialiseGraph(graph));
  const summary: SavedSummary = {
    id,
    title: request.title,
    changed: request.now ?? Date.now(),
    revision: request.revision,
    actors: graph.order,
    relations: graph.size,
    ...(request.origin === undefined ? {} : { origin: request.origin }),
  };
  const tx = db.transaction(['summaries', 'contents', 'meta'], 'readwrite');
  tx.done.catch(() => {}); // its failure is handled below, through the awaited requests or tx.done itself
  try {
    const stored = await tx.objectStore('summaries').get(id);
    if (stored && stored.revision > request.baseRevision) {
      tx.abort();
      const message = `Another tab saved a later version of "${stored.title}" (revision ${stored.revision}; this one started from ${request.baseRevision}).`;
      return { ok: false, reason: 'conflict', message, stored };
    }
    const history = request.history === undefined ? {} : { history: request.history };
    const sourceTexts = textsOfSources(graph, request.sourceTexts);
    await tx.objectStore('contents').put({ id, json, sourceTexts, ...history });
    await tx.objectStore('summaries').put(summary);
    await tx.objectStore('meta').put(id, LAST);
    await tx.done;
    return { ok: true, summary };
  } catch (error) {
    // One transaction: aborting it leaves the last good save of this dataset, and every other, as it was.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    return toSaveFailure(tx.error ?? error);
  }
}

async function read(db: DatasetDb, id: string): Promise<SavedDataset | null> {
  const tx = db.transaction(['summaries', 'contents'], 'readonly');
  const [summary, contents] = await Promise.all([
    tx.objectStore('summaries').get(id),
    tx.objectStore('contents').get(id),
  ]);
  if (!summary || !contents) return null;
  const history = contents.history === undefined ? {} : { history: contents.history };
  return { summary, json: contents.json, sourceTexts: contents.sourceTexts, ...history };
}

/** Connects to the datasets kept in this browser (lazily: nothing is opened until the first call). */
export function openLocalDatasets(options: { name?: string } = {}): LocalDatasets {
  let connection: Promise<DatasetDb> | null = null;
  const db = () => {
    connection ??= openDatasetDb(options.name, () => {
      connection = null;
    });
    connection.catch(() => {
      connection = null; // refused now, perhaps allowed later (the user changes a setting)
    });
    return connection;
  };
  const reading = async <T>(run: (db: DatasetDb) => Promise<T>): Promise<T> => {
    try {
      return await run(await db());
    } catch (error) {
      throw new LocalStorageError(toSaveFailure(error));
    }
  };
  const open = (id: string) =>
    reading(async (d) => {
      const found = await read(d, id);
      if (found) await d.put('meta', id, LAST);
      return found;
    });
  const list = () => reading(async (d) => (await d.getAll('summaries')).sort((a, b) => b.changed - a.changed));
  return {
    async save(request) {
      let d: DatasetDb;
      try {
        d = await db();
      } catch (error) {
        return toSaveFailure(error);
      }
      return write(d, request);
    },
    list,
    open,
    async openLast() {
      const last = await reading((d) => d.get('meta', LAST));
      if (last === NONE) return null;
      const found = last === undefined ? null : await open(last);
      if (found) return found;
      const newest = (await list())[0];
      return newest ? open(newest.id) : null;
    },
    remove: (id) =>
      reading(async (d) => {
        const tx = d.transaction(['summaries', 'contents', 'meta'], 'readwrite');
        const last = await tx.objectStore('meta').get(LAST);
        await Promise.all([tx.objectStore('summaries').delete(id), tx.objectStore('contents').delete(id)]);
        if (last === id) await tx.objectStore('meta').delete(LAST);
        await tx.done;
      }),
    forgetLast: () =>
      reading(async (d) => {
        await d.put('meta', NONE, LAST);
      }),
    close() {
      connection?.then((d) => d.close()).catch(() => {});
      connection = null;
    },
  };
}
