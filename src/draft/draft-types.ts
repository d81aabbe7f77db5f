// The public shapes of a draft: the source it came from, the candidate actors and relations, and warnings.
import type { DraftSource } from '../model/commands/accepted-draft';
import type { ActorKind, Certainty, Stance } from '../model/schema';

/** The source an article is drafted from, as the dialog or the command line names it: the shape accepting takes. */
export type { DraftSource };

/** An actor of the dataset already open, matched against the draft's candidates. */
export interface KnownActor {
  key: string;
  label: string;
  aliases: string[];
}

/** A candidate actor: its fullest name, kind, role, other names in the text and how often it is named. */
export interface DraftActor {
  key: string;
  label: string;
  kind: ActorKind;
  role?: string;
  aliases: string[];
  mentions: number;
  /** Key of a known actor it matches. */
  sameAs?: string;
  /** Keys of known actors with a close spelling, suggested and never merged. */
  closeTo?: string[];
}

/** A candidate relation with the whole sentence it came from, verbatim, and where the two names are in it. */
export interface DraftRelation {
  key: string;
  source: string;
  target: string;
  relation: string;
  stance: Stance;
  certainty: Certainty;
  date?: string;
  dateText?: string;
  quote: string;
  start: number;
  end: number;
  marks: { start: number; end: number }[];
}

/** What drafting an article returns. */
export interface Draft {
  source: DraftSource;
  actors: DraftActor[];
  relations: DraftRelation[];
  warnings: string[];
}

/** Options of draftFromText. */
export interface DraftOptions {
  known?: KnownActor[];
  onProgress?: (done: number, total: number) => void;
}
