// Turns one command (a batch apart) into the primitive changes to make, or into the errors that refuse it.

import type { ActorGraph } from '../actor-graph';
import { planAddActor, planDeleteActor, planUpdateActor } from './actor-commands';
import type { Command, CommandContext } from './command';
import { planMergeActors } from './merge-actors';
import type { Plan } from './plan';
import { planAddRelation, planDeleteRelation, planUpdateRelation } from './relation-commands';
import { planAddEvidence, planAddSource, planRemoveEvidence } from './source-commands';

/** Every command but a batch: those whose checks read the graph as it is now, before any change. */
export type SingleCommand = Exclude<Command, { type: 'batch' }>;

/** Checks a command against the graph and turns it into primitive changes, or into the errors that refuse it. */
export function planCommand(graph: ActorGraph, command: SingleCommand, context: CommandContext): Plan {
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
