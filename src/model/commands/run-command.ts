// Runs a command on the graph: checks it whole, applies it, and returns its inverse and what changed.

import type { ActorGraph } from '../actor-graph';
import { applyCommand } from './apply-command';
import { collectChanges } from './collect-changes';
import type { Command, CommandContext, CommandResult, FieldErrors } from './command';
import { nameCommand } from './name-command';
import { planCommand } from './plan-command';

/**
 * What is wrong with a command, by field (empty when it would run), without changing anything: for live checks in a
 * dialog. A batch is checked by applying it and rolling it back (its later steps need the earlier ones in the graph),
 * so the graph is the same afterwards but emits events meanwhile.
 */
export function checkCommand(graph: ActorGraph, command: Command, context: CommandContext = {}): FieldErrors {
  if (command.type !== 'batch') {
    const plan = planCommand(graph, command, context);
    return 'errors' in plan ? plan.errors : {};
  }
  const applied = applyCommand(graph, command, context);
  if (!applied.ok) return applied.errors;
  applyCommand(graph, applied.inverse, {});
  return {};
}

/**
 * Runs a command: checked whole first, so that a refused command changes nothing and says what to fix by field;
 * then applied, answering the command that undoes it (apply that to undo, and its answer to redo) and the change set
 * built from graphology's own events. A batch is one step: one change set, one inverse.
 */
export function runCommand(graph: ActorGraph, command: Command, context: CommandContext = {}): CommandResult {
  const name = nameCommand(graph, command);
  const { result, changes } = collectChanges(graph, () => applyCommand(graph, command, context));
  if (!result.ok) return { ok: false, name, errors: result.errors };
  return { ok: true, name, inverse: result.inverse, changes };
}
