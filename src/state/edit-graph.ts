// Editing the dataset shown through the store: run a command, undo, redo; the history, selection and measures follow.

import type { ActorGraph } from '../model/actor-graph';
import type { AcceptedDraft } from '../model/commands/accepted-draft';
import type { ChangeSet } from '../model/commands/collect-changes';
import type { Command, CommandContext, CommandName, FieldErrors } from '../model/commands/command';
import { draftCommands } from '../model/commands/draft-commands';
import { runCommand } from '../model/commands/run-command';
import type { AppState, Focus } from './app-state';
import { measuresAfterEdit } from './edit-measures';
import { describeLastEdit, type History, recordDone, recordRedone, recordUndone, startHistory } from './history';
import type { Store } from './store';

/** What an edit did: applied (with its change set and the new revision), or refused with errors by field. */
export type EditOutcome =
  | { ok: true; name: CommandName; changes: ChangeSet; revision: number }
  | { ok: false; name: CommandName; errors: FieldErrors };

/** The focus without expanded actors that no longer exist (the same object when none went). */
function keptExpansions(focus: Focus, graph: ActorGraph): Focus {
  const expanded = focus.expanded.filter((key) => graph.hasNode(key));
  return expanded.length === focus.expanded.length ? focus : { ...focus, expanded };
}

/** The state after a step: new history, the status line naming it, and what named deleted elements let go. */
function afterStep(state: AppState, history: History, changes: ChangeSet): AppState {
  const graph = state.dataset?.graph;
  if (!graph || !history.last) return state;
  const { selection, focus, path } = state;
  const gone = selection && (selection.type === 'node' ? !graph.hasNode(selection.key) : !graph.hasEdge(selection.key));
  return {
    ...state,
    history,
    selection: gone ? null : selection,
    focus: focus && graph.hasNode(focus.centre) ? keptExpansions(focus, graph) : null,
    path: path && graph.hasNode(path.from) && graph.hasNode(path.to) ? path : null,
    measures: measuresAfterEdit(state.measures, graph, changes),
    status: { kind: 'info', message: describeLastEdit(history.last) },
  };
}

/**
 * Runs a command on the dataset shown and records it (the store notifies once). A refused command changes nothing,
 * neither graph nor state, and returns its errors for the dialog to show beside each field.
 */
export function applyEdit(store: Store<AppState>, command: Command, context: CommandContext = {}): EditOutcome | null {
  const graph = store.get().dataset?.graph;
  if (!graph) return null;
  const result = runCommand(graph, command, context);
  if (!result.ok) return result;
  const { name, inverse, changes } = result;
  store.update((state) => afterStep(state, recordDone(state.history, name, inverse, changes), changes));
  return { ok: true, name, changes, revision: store.get().history.revision };
}

/**
 * Adds an accepted draft to the dataset shown as one step of the history ("Add draft from “…”: 12 actors, 18
 * relations"): one Undo takes it all back. Refused whole when any of its steps is, with errors by step and field.
 */
export function acceptDraft(store: Store<AppState>, draft: AcceptedDraft): EditOutcome | null {
  const graph = store.get().dataset?.graph;
  if (!graph) return null;
  const { command, context } = draftCommands(graph, draft);
  return applyEdit(store, command, context);
}

/**
 * Crosses the last step of the undo or redo stack. An inverse always fits the graph it was made for; should the graph
 * have been changed outside the history, the step fails whole, the graph stays as it is and the stacks are emptied.
 */
function crossStep(store: Store<AppState>, kind: 'undo' | 'redo'): EditOutcome | null {
  const { dataset, history } = store.get();
  const step = history[kind].at(-1);
  if (!dataset || !step) return null;
  let result: ReturnType<typeof runCommand>;
  try {
    result = runCommand(dataset.graph, step.command);
  } catch {
    const message = `Could not ${kind} the ${step.name.noun}: the graph changed outside the history, which is now cleared.`;
    store.update((state) => ({
      ...state,
      history: startHistory(state.history.revision),
      status: { kind: 'error', message },
    }));
    return { ok: false, name: step.name, errors: { form: message } };
  }
  if (!result.ok) return result;
  const { inverse, changes } = result;
  const record = kind === 'undo' ? recordUndone : recordRedone;
  store.update((state) => afterStep(state, record(state.history, inverse, changes), changes));
  return { ok: true, name: step.name, changes, revision: store.get().history.revision };
}

/** Undoes the last step; null when there is nothing to undo (or no dataset). */
export function undoEdit(store: Store<AppState>): EditOutcome | null {
  return crossStep(store, 'undo');
}

/** Redoes the last undone step; null when there is nothing to redo. */
export function redoEdit(store: Store<AppState>): EditOutcome | null {
  return crossStep(store, 'redo');
}
