// What a command is: one named change to the actor graph, as plain data, and what running it answers.

import type { ActorAttributes, Evidence, RelationAttributes, SourceRef } from '../schema';
import type { ChangeSet } from './collect-changes';
import type { GraphOp } from './graph-ops';

/** Attribute changes: a value sets the attribute, `undefined` removes it; attributes not named stay as they are. */
export type AttributeChanges = Readonly<Record<string, unknown>>;

/**
 * Every change a user can make, as plain data (storable, comparable, easy to generate in tests). `patch` is what an
 * inverse is: the primitive changes that put the graph back exactly as it was.
 */
export type Command =
  | { type: 'add-actor'; key: string; attributes: ActorAttributes }
  | { type: 'update-actor'; key: string; changes: AttributeChanges }
  | { type: 'delete-actor'; key: string }
  | {
      type: 'add-relation';
      key: string;
      source: string;
      target: string;
      attributes: RelationAttributes;
      /** Only read in datasets outside the native vocabulary; native relations take it from the relation name. */
      undirected?: boolean;
      /** A source added in the same step, for evidence from a document the dataset does not list yet. */
      newSource?: SourceRef;
    }
  | { type: 'update-relation'; key: string; changes: AttributeChanges; source?: string; target?: string }
  | { type: 'delete-relation'; key: string }
  | {
      type: 'add-evidence';
      relation: string;
      evidence: Evidence;
      /** A source added in the same step, for a quote from a document the dataset does not list yet. */
      newSource?: SourceRef;
    }
  | { type: 'remove-evidence'; relation: string; index: number }
  | { type: 'merge-actors'; from: string; into: string }
  | { type: 'add-source'; source: SourceRef }
  | { type: 'patch'; ops: readonly GraphOp[] }
  | {
      type: 'batch';
      /** The step's name for the status line and the Undo button; without one it is "Apply n changes". */
      name?: CommandName;
      /** Applied in order as one step, each checked against the graph as the earlier ones leave it. */
      commands: readonly Command[];
    };

/** The kinds of command, for menus and tests. */
export type CommandType = Command['type'];

/**
 * What is wrong, by field: `label`, `kind`, `source`/`target` (a relation's ends), `evidence[0].quote`,
 * `quote` and `source` of added evidence, `newSource.title`, ... and `form` for what belongs to no one field. A batch
 * prefixes the fields of the step refused with its place (`commands[3].label`).
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** What a command is checked against besides the graph: the stored texts of the sources, by source id. */
export interface CommandContext {
  sourceTexts?: Readonly<Record<string, string>>;
}

/** How a step is named: "Merge Moscow into Russia", "Merged Moscow into Russia", "merge of Moscow into Russia". */
export interface CommandName {
  action: string;
  past: string;
  noun: string;
}

/** A command that ran: its name, the command that undoes it, and which actors and relations it touched. */
export interface CommandDone {
  ok: true;
  name: CommandName;
  inverse: Command;
  changes: ChangeSet;
}

/** A command refused before anything changed, with what to fix. */
export interface CommandRefused {
  ok: false;
  name: CommandName;
  errors: FieldErrors;
}

/** What running a command answers. */
export type CommandResult = CommandDone | CommandRefused;
