// The IndexedDB database that keeps edited datasets in this browser: its stores, records and how it is opened.

import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** The database name every tab shares, so that a second tab sees the first one's saves. */
export const DATASET_DB_NAME = 'backchannel';

/** The schema version; an upgrade function per version goes in `upgrade` below. */
export const DATASET_DB_VERSION = 1;

/** What the Dataset picker lists: small, read without loading any graph. */
export interface SavedSummary {
  id: string;
  title: string;
  /** When it was last saved, in milliseconds since 1970 (Date.now()). */
  changed: number;
  /** The history revision it was saved at: a save from an older base is a conflict. */
  revision: number;
  actors: number;
  relations: number;
  /** Where it came from first (a bundled dataset's id, a file name), if known. */
  origin?: string;
}

/** The dataset itself: graphology's serialisation as JSON text, and the stored texts of its sources by source id. */
export interface SavedContents {
  id: string;
  json: string;
  sourceTexts: Record<string, string>;
  /** The undo and redo steps, so that a step made before a reload can still be undone (structured-cloned data). */
  history?: unknown;
}

/** The three object stores: summaries and contents (keyed by dataset id) and meta ("last": the id opened last). */
export interface DatasetDbSchema extends DBSchema {
  summaries: { key: string; value: SavedSummary };
  contents: { key: string; value: SavedContents };
  meta: { key: string; value: string };
}

/** An open connection to the dataset database. */
export type DatasetDb = IDBPDatabase<DatasetDbSchema>;

/**
 * Opens (creating or upgrading) the database. Summaries live apart from contents so that listing saved datasets
 * reads a few hundred bytes each, not megabytes of JSON. Rejects where IndexedDB is refused (some private windows).
 */
export function openDatasetDb(name = DATASET_DB_NAME, onClose: () => void = () => {}): Promise<DatasetDb> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new DOMException('No IndexedDB here', 'InvalidStateError'));
  return openDB<DatasetDbSchema>(name, DATASET_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('summaries', { keyPath: 'id' });
        db.createObjectStore('contents', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
    },
    // Another tab wants a newer version: let it, and open again on next use.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase | null)?.close();
      onClose();
    },
    // The browser closed the connection (storage cleared, disk trouble): open again on next use.
    terminated: onClose,
  });
}
