// The typed ways keeping a dataset in this browser can fail, read from the DOMException IndexedDB gives.

import type { SavedSummary } from './dataset-db';

/** Why a save did not happen. Nothing already saved is changed in any of these cases. */
export type SaveFailure =
  /** The browser's storage is full (QuotaExceededError). */
  | { ok: false; reason: 'quota'; message: string }
  /** IndexedDB is missing or refused (private windows, blocked storage, a browser bug). */
  | { ok: false; reason: 'unavailable'; message: string }
  /** Another tab saved a later revision of this dataset: saving would overwrite it. */
  | { ok: false; reason: 'conflict'; message: string; stored: SavedSummary }
  /** Anything else IndexedDB reported. */
  | { ok: false; reason: 'failed'; message: string };

/** A read (list, open, delete) that IndexedDB refused; `reason` as for saves. */
export class LocalStorageError extends Error {
  readonly reason: 'quota' | 'unavailable' | 'failed';

  constructor(failure: Exclude<SaveFailure, { reason: 'conflict' }>) {
    super(failure.message);
    this.name = 'LocalStorageError';
    this.reason = failure.reason;
  }
}

const NAMES_UNAVAILABLE = new Set(['InvalidStateError', 'SecurityError', 'NotAllowedError', 'UnknownError']);

/** The typed failure for what IndexedDB threw (or what aborted its transaction). */
export function toSaveFailure(error: unknown): Exclude<SaveFailure, { reason: 'conflict' }> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError')
    return { ok: false, reason: 'quota', message: 'This browser’s storage is full: changes are not being saved.' };
  if (NAMES_UNAVAILABLE.has(name))
    return {
      ok: false,
      reason: 'unavailable',
      message: `This browser does not let Backchannel keep data (${name}): changes are not being saved.`,
    };
  return { ok: false, reason: 'failed', message: `Saving in this browser failed (${name || 'error'}: ${detail}).` };
}
