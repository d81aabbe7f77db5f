// What the app knows of the datasets kept in this browser: the list, the one shown, saving, and the kept undo steps.

import type { ActorGraph } from '../model/actor-graph';
import { type History, type HistoryStep, MAX_UNDO, startHistory } from './history';

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

/** The steps kept beside a saved dataset, so that Undo still works after a reload. */
export interface KeptHistory {
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
}

/** What of a history is kept with the dataset: its undo and redo steps (plain data). */
export function keptHistory(history: History): KeptHistory {
  return { undo: history.undo, redo: history.redo };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Whether stored data looks like a step this app wrote (a name and a command); anything else is not trusted. */
function isStep(value: unknown): value is HistoryStep {
  if (typeof value !== 'object' || value === null) return false;
  const { name, command } = value as { name?: unknown; command?: unknown };
  if (typeof name !== 'object' || name === null || typeof command !== 'object' || command === null) return false;
  const { action, past, noun } = name as Record<string, unknown>;
  return isText(action) && isText(past) && isText(noun) && isText((command as { type?: unknown }).type);
}

/**
 * The history of a dataset reopened at `revision`, with the steps stored beside it; a stored history that is not
 * what this app writes gives an empty one (the dataset opens, without its undo steps). A step that no longer fits
 * the graph fails whole when crossed and clears the history (src/state/edit-graph.ts).
 */
export function restoreHistory(revision: number, stored: unknown): History {
  const empty = startHistory(revision);
  if (typeof stored !== 'object' || stored === null) return empty;
  const { undo, redo } = stored as { undo?: unknown; redo?: unknown };
  if (!Array.isArray(undo) || !Array.isArray(redo) || !undo.every(isStep) || !redo.every(isStep)) return empty;
  return { ...empty, undo: undo.slice(-MAX_UNDO), redo: redo.slice(-MAX_UNDO) };
}
