// The names of a step, read from the graph before it runs: "Merge Moscow into Russia", "merge of Moscow into Russia".

import type { ActorGraph } from '../actor-graph';
import { relationLabel } from '../schema';
import { labelOf } from './check-fields';
import type { Command, CommandName } from './command';

/** "Donald Trump talks with Vladimir Putin": a relation read from its source. */
function relationPhrase(graph: ActorGraph, key: string, ends?: { source: string; target: string }): string {
  if (!ends && !graph.hasEdge(key)) return `relation ${key}`;
  const source = ends?.source ?? graph.source(key);
  const target = ends?.target ?? graph.target(key);
  const relation = graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'relation') : undefined;
  return `${labelOf(graph, source)} ${relationLabel(relation, 'out')} ${labelOf(graph, target)}`;
}

const named = (action: string, past: string, noun: string): CommandName => ({ action, past, noun });

/** The names of a command, for the status line and the Undo and Redo buttons. */
export function nameCommand(graph: ActorGraph, command: Command): CommandName {
  switch (command.type) {
    case 'add-actor': {
      const label = String(command.attributes.label ?? command.key);
      return named(`Add actor ${label}`, `Added actor ${label}`, `addition of ${label}`);
    }
    case 'update-actor': {
      const label = labelOf(graph, command.key);
      return named(`Edit actor ${label}`, `Edited actor ${label}`, `edit of ${label}`);
    }
    case 'delete-actor': {
      const label = labelOf(graph, command.key);
      return named(`Delete actor ${label}`, `Deleted actor ${label}`, `deletion of ${label}`);
    }
    case 'add-relation': {
      const relation = String(command.attributes.relation ?? '');
      const phrase = `${labelOf(graph, command.source)} ${relationLabel(relation, 'out')} ${labelOf(graph, command.target)}`;
      return named(`Add relation ${phrase}`, `Added relation ${phrase}`, `addition of relation ${phrase}`);
    }
    case 'update-relation': {
      const phrase = relationPhrase(graph, command.key);
      return named(`Edit relation ${phrase}`, `Edited relation ${phrase}`, `edit of relation ${phrase}`);
    }
    case 'delete-relation': {
      const phrase = relationPhrase(graph, command.key);
      return named(`Delete relation ${phrase}`, `Deleted relation ${phrase}`, `deletion of relation ${phrase}`);
    }
    case 'add-evidence': {
      const phrase = relationPhrase(graph, command.relation);
      return named(`Add evidence to ${phrase}`, `Added evidence to ${phrase}`, `addition of evidence to ${phrase}`);
    }
    case 'remove-evidence': {
      const phrase = relationPhrase(graph, command.relation);
      return named(
        `Remove evidence from ${phrase}`,
        `Removed evidence from ${phrase}`,
        `removal of evidence from ${phrase}`,
      );
    }
    case 'merge-actors': {
      const pair = `${labelOf(graph, command.from)} into ${labelOf(graph, command.into)}`;
      return named(`Merge ${pair}`, `Merged ${pair}`, `merge of ${pair}`);
    }
    case 'add-source': {
      const title = command.source.title || command.source.id;
      return named(`Add source ${title}`, `Added source ${title}`, `addition of source ${title}`);
    }
    case 'patch':
      return named('Apply changes', 'Applied changes', 'changes');
    case 'batch': {
      if (command.name) return command.name;
      const n = command.commands.length;
      const changes = n === 1 ? '1 change' : `${n} changes`;
      return named(`Apply ${changes}`, `Applied ${changes}`, changes);
    }
  }
}
