// The undo and redo stacks and the dataset's revision: pure values, replaced on each step.

import type { ChangeSet } from '../model/commands/collect-changes';
import type { Command, CommandName } from '../model/commands/command';

/** One step: its name, and the command that crosses it (undoes it on the undo stack, redoes it on the redo stack). */
export interface HistoryStep {
  name: CommandName;
  command: Command;
}

/** The last step taken, for views to follow (its change set) and the status line to name. */
export interface LastEdit {
  kind: 'do' | 'undo' | 'redo';
  name: CommandName;
  changes: ChangeSet;
}

/**
 * The history of the dataset shown. `revision` counts changes (a command, an undo, a redo each add one) from the
 * revision the dataset was opened at, so that a save can tell whether another tab saved a later one.
 */
export interface History {
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
  revision: number;
  last: LastEdit | null;
}

/** How many steps can be undone; older ones are forgotten (each holds the attributes it replaced). */
export const MAX_UNDO = 1000;

/** An empty history at a revision (0 for a dataset never saved, the stored revision for one reopened). */
export function startHistory(revision = 0): History {
  return { undo: [], redo: [], revision, last: null };
}

/** A command ran: its inverse goes on the undo stack, the redo stack is cleared. */
export function recordDone(history: History, name: CommandName, inverse: Command, changes: ChangeSet): History {
  return {
    undo: [...history.undo, { name, command: inverse }].slice(-MAX_UNDO),
    redo: [],
    revision: history.revision + 1,
    last: { kind: 'do', name, changes },
  };
}

/** The last step was undone: `redo` (the inverse of its inverse) goes on the redo stack. */
export function recordUndone(history: History, redo: Command, changes: ChangeSet): History {
  const step = history.undo.at(-1);
  if (!step) return history;
  return {
    undo: history.undo.slice(0, -1),
    redo: [...history.redo, { name: step.name, command: redo }],
    revision: history.revision + 1,
    last: { kind: 'undo', name: step.name, changes },
  };
}

/** The last undone step was redone: its new inverse goes back on the undo stack. */
export function recordRedone(history: History, undo: Command, changes: ChangeSet): History {
  const step = history.redo.at(-1);
  if (!step) return history;
  return {
    undo: [...history.undo, { name: step.name, command: undo }].slice(-MAX_UNDO),
    redo: history.redo.slice(0, -1),
    revision: history.revision + 1,
    last: { kind: 'redo', name: step.name, changes },
  };
}

/** The Undo button's name ("Undo merge of Moscow into Russia"), or null when there is nothing to undo. */
export function undoLabel(history: History): string | null {
  const step = history.undo.at(-1);
  return step ? `Undo ${step.name.noun}` : null;
}

/** The Redo button's name ("Redo merge of Moscow into Russia"), or null when there is nothing to redo. */
export function redoLabel(history: History): string | null {
  const step = history.redo.at(-1);
  return step ? `Redo ${step.name.noun}` : null;
}

/** What the status line says after a step: "Merged Moscow into Russia.", "Undid merge of Moscow into Russia." */
export function describeLastEdit(last: LastEdit): string {
  if (last.kind === 'do') return `${last.name.past}.`;
  return `${last.kind === 'undo' ? 'Undid' : 'Redid'} ${last.name.noun}.`;
}
