// What a reviewer accepted from a draft, as plain data, and the batch it becomes (see draft-commands.ts).

import type { Command, CommandContext } from './command';

/** The document a draft was drawn from; `text`, when given, is what its quotes are checked against (never stored). */
export interface DraftSource {
  id: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
  text?: string;
}

/** A drafted actor; `sameAs` names the graph's actor it is, which then takes its names as aliases instead. */
export interface DraftActor {
  key: string;
  label: string;
  kind: string;
  role?: string;
  aliases: readonly string[];
  sameAs?: string;
}

/** A drafted relation between two drafted actors (by draft key; a graph key is taken as is), with its sentence. */
export interface DraftRelation {
  key: string;
  source: string;
  target: string;
  relation: string;
  stance: string;
  certainty: string;
  date?: string;
  dateText?: string;
  quote: string;
}

/** What the reviewer accepted, as plain data (src/draft builds it; the model does not depend on that layer). */
export interface AcceptedDraft {
  source: DraftSource;
  actors: readonly DraftActor[];
  relations: readonly DraftRelation[];
}

/** The batch to run, the context its quotes are checked in, and where each draft key landed in the graph. */
export interface DraftBatch {
  command: Extract<Command, { type: 'batch' }>;
  context: CommandContext;
  /** Draft actor key to graph key: a new key, or the `sameAs` actor. */
  actorKeys: Readonly<Record<string, string>>;
  /** Draft relation key to the new relation's key. */
  relationKeys: Readonly<Record<string, string>>;
  /** The draft key each step stands for (the source's id for add-source), to show a refused step's errors on its row. */
  steps: readonly string[];
}
