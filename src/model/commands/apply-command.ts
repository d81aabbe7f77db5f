// Applies a command, a batch step by step, all or nothing: answers its inverse, or the errors that refused it.

import type { ActorGraph } from '../actor-graph';
import type { Command, CommandContext, FieldErrors } from './command';
import { applyOps } from './graph-ops';
import { nameCommand } from './name-command';
import { planCommand } from './plan-command';

/** What applying answers: the command that undoes it, or why nothing changed. */
export type Applied = { ok: true; inverse: Command } | { ok: false; errors: FieldErrors };

/** Undoes the steps of a batch already applied (inverses newest first); an inverse fits the graph it was made for. */
function rollBack(graph: ActorGraph, inverses: readonly Command[]): void {
  for (const inverse of inverses) {
    const undone = applyCommand(graph, inverse, {});
    if (!undone.ok) throw new Error(`A batch could not roll back: ${JSON.stringify(undone.errors)}`);
  }
}

/** A refused step's errors under its place in the batch, and one line for the status saying which step it was. */
function stepErrors(graph: ActorGraph, batch: readonly Command[], index: number, errors: FieldErrors): FieldErrors {
  const prefixed: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) prefixed[`commands[${index}].${field}`] = message;
  const step = batch[index] as Command;
  const first = Object.values(errors)[0] ?? '';
  prefixed.form = `Step ${index + 1} of ${batch.length} (${nameCommand(graph, step).action}) was refused, so nothing was changed: ${first}`;
  return prefixed;
}

/**
 * Applies a batch: each step is checked against the graph as the earlier steps leave it, which needs those steps
 * applied; a refused step (or a patch that does not fit) undoes the ones before it, so the graph ends as it began.
 * The inverse is one batch of the steps' inverses in reverse order, under the same name.
 */
function applyBatch(graph: ActorGraph, command: Extract<Command, { type: 'batch' }>, context: CommandContext): Applied {
  const { commands } = command;
  if (commands.length === 0) return { ok: false, errors: { form: 'Nothing to apply: the batch has no commands.' } };
  const inverses: Command[] = [];
  try {
    for (const [index, step] of commands.entries()) {
      const applied = applyCommand(graph, step, context);
      if (!applied.ok) {
        // Named before the roll back, against the graph as the earlier steps left it (their actors still there).
        const errors = stepErrors(graph, commands, index, applied.errors);
        rollBack(graph, inverses);
        return { ok: false, errors };
      }
      inverses.unshift(applied.inverse);
    }
  } catch (error) {
    rollBack(graph, inverses);
    throw error;
  }
  return { ok: true, inverse: { type: 'batch', ...(command.name ? { name: command.name } : {}), commands: inverses } };
}

/** Checks and applies a command; a refused one leaves the graph exactly as it was (order and bytes). */
export function applyCommand(graph: ActorGraph, command: Command, context: CommandContext): Applied {
  if (command.type === 'batch') return applyBatch(graph, command, context);
  const plan = planCommand(graph, command, context);
  if ('errors' in plan) return { ok: false, errors: plan.errors };
  return { ok: true, inverse: { type: 'patch', ops: applyOps(graph, plan.ops) } };
}
