// Runs a command on the graph: checks it whole, applies it, and returns its inverse and what changed.

import type { ActorGraph } from '../actor-graph';
import { planAddActor, planDeleteActor, planUpdateActor } from './actor-commands';
import { collectChanges } from './collect-changes';
import type { Command, CommandContext, CommandResult, FieldErrors } from './command';
import { applyOps } from './graph-ops';
import { planMergeActors } from './merge-actors';
import { nameCommand } from './name-command';
import type { Plan } from './plan';
import { planAddRelation, planDeleteRelation, planUpdateRelation } from './relation-commands';
import { planAddEvidence, planAddSource, planRemoveEvidence } from './source-commands';

/** Checks a command against the graph and turns it into primitive changes, or into the errors that refuse it. */
function planCommand(graph: ActorGraph, command: Command, context: CommandContext): Plan {
  switch (command.type) {
    case 'add-actor':
      return planAddActor(graph, command.key, command.attributes);
    case 'update-actor':
      return planUpdateActor(graph, command.key, command.changes);
    case 'delete-actor':
      return planDeleteActor(graph, command.key);
    case 'add-relation':
      return planAddRelation(graph, command, context);
    case 'update-relation':
      return planUpdateRelation(graph, command, context);
    case 'delete-relation':
      return planDeleteRelation(graph, command.key);
    case 'add-evidence':
      return planAddEvidence(graph, command, context);
    case 'remove-evidence':
      return planRemoveEvidence(graph, command.relation, command.index);
    case 'merge-actors':
      return planMergeActors(graph, command.from, command.into);
    case 'add-source':
      return planAddSource(graph, command.source);
    case 'patch':
      // An inverse fits the graph it was made for; applyOps checks each change and rolls back should one not.
      return { ops: [...command.ops] };
  }
}

/** What is wrong with a command, by field (empty when it would run), without changing anything: for live checks in a dialog. */
export function checkCommand(graph: ActorGraph, command: Command, context: CommandContext = {}): FieldErrors {
  const plan = planCommand(graph, command, context);
  return 'errors' in plan ? plan.errors : {};
}

/**
 * Runs a command: checked whole first, so that a refused command changes nothing and says what to fix by field;
 * then applied, answering the command that undoes it (apply that to undo, and its answer to redo) and the change set
 * built from graphology's own events.
 */
export function runCommand(graph: ActorGraph, command: Command, context: CommandContext = {}): CommandResult {
  const name = nameCommand(graph, command);
  const plan = planCommand(graph, command, context);
  if ('errors' in plan) return { ok: false, name, errors: plan.errors };
  const { result, changes } = collectChanges(graph, () => applyOps(graph, plan.ops));
  return { ok: true, name, inverse: { type: 'patch', ops: result }, changes };
}
