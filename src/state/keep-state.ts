// What the app knows of the datasets kept in this browser: the list, the one shown, and whether saving works.

import type { ActorGraph } from '../model/actor-graph';

/** A kept dataset as the picker lists it (the io layer's SavedSummary has this shape and more). */
export interface KeptSummary {
  id: string;
  title: string;
  /** When it was last saved, in milliseconds since 1970. */
  changed: number;
}

/** Why the last save did not happen: the storage refused or is full, or another tab saved a later version. */
export type KeepProblem =
  | { reason: 'quota' | 'unavailable' | 'failed'; message: string }
  | { reason: 'conflict'; message: string };

/** The keeper's state: what the picker lists, which kept dataset is shown, the last saved revision, any problem. */
export interface KeepState {
  kept: readonly KeptSummary[];
  /** The kept dataset shown (its id and title), or null when the dataset shown is not kept (yet). */
  current: { id: string; title: string } | null;
  /** The revision of the dataset shown that is safely stored, or null when none is. */
  savedRevision: number | null;
  problem: KeepProblem | null;
}

/** Before anything is read from storage. */
export const INITIAL_KEEP_STATE: KeepState = { kept: [], current: null, savedRevision: null, problem: null };

/** The title a dataset is kept under: its own title when it has one, else the name it was opened by. */
export function keptTitle(graph: ActorGraph, name: string): string {
  const title = graph.getAttribute('title');
  return typeof title === 'string' && title.trim() ? title.trim() : name;
}

/** The title of the second copy "Keep both" makes: "Sixth call (copy)", never "(copy) (copy)". */
export function copyTitle(title: string): string {
  return title.endsWith(' (copy)') ? title : `${title} (copy)`;
}

/** Whether a dataset id names one kept in this browser (newLocalId() makes them). */
export function isLocalId(id: string | undefined): boolean {
  return !!id?.startsWith('local-');
}
