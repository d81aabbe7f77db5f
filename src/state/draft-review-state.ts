// The review of a draft as pure data: each row's decision and edits, and each actor's "Same as" choice.

import type { DraftRelation, DraftSource } from '../model/commands/accepted-draft';

/** What the reviewer decided about a row: nothing yet, keep it, or leave it out. */
export type Decision = 'pending' | 'accepted' | 'rejected';

/** A drafted actor as the review reads it (the shape src/draft gives, which this layer may not import). */
export interface ReviewActor {
  key: string;
  label: string;
  kind: string;
  role?: string;
  aliases: readonly string[];
  mentions: number;
  sameAs?: string;
  closeTo?: readonly string[];
}

/** A drafted relation as the review reads it: what accepting takes, with where the sentence and names are. */
export interface ReviewRelation extends DraftRelation {
  /** Where the sentence starts in the article: the marks are offsets in the article, like it. */
  start: number;
  /** Where the two names are, in the article. */
  marks: readonly { start: number; end: number }[];
}

/** What a review starts from: a draft (src/draft's Draft fits it). */
export interface ReviewInput {
  source: DraftSource;
  actors: readonly ReviewActor[];
  relations: readonly ReviewRelation[];
}

/** The fields the reviewer may change on an actor; absent means as drafted. */
export interface ActorEdits {
  label?: string;
  kind?: string;
  role?: string;
}

/** The fields the reviewer may change on a relation; absent means as drafted. */
export interface RelationEdits {
  relation?: string;
  stance?: string;
  certainty?: string;
}

/** An actor's row: the draft, the decision, the edits, and the actor of the dataset it is taken to be (or none). */
export interface ActorRow {
  draft: ReviewActor;
  decision: Decision;
  edits: ActorEdits;
  /** The dataset's actor this one is (the drafter's match, or a close spelling the reviewer chose); undefined: new. */
  sameAs: string | undefined;
}

/** A relation's row: the draft, the decision and the edits. */
export interface RelationRow {
  draft: ReviewRelation;
  decision: Decision;
  edits: RelationEdits;
}

/** A review under way. Rows keep the draft's order; every transition returns a new state (or the same one). */
export interface ReviewState {
  source: DraftSource;
  actors: readonly ActorRow[];
  relations: readonly RelationRow[];
}

/** Starts a review: every row pending, as drafted, each actor "Same as" the drafter's match when it found one. */
export function startReview(input: ReviewInput): ReviewState {
  return {
    source: input.source,
    actors: input.actors.map((draft) => ({ draft, decision: 'pending', edits: {}, sameAs: draft.sameAs })),
    relations: input.relations.map((draft) => ({ draft, decision: 'pending', edits: {} })),
  };
}

/** The rows with the one of `key` replaced by `change(row)`; the same array when nothing changed. */
function changeRow<R extends { draft: { key: string } }>(rows: readonly R[], key: string, change: (row: R) => R) {
  let changed = false;
  const next = rows.map((row) => {
    if (row.draft.key !== key) return row;
    const after = change(row);
    changed ||= after !== row;
    return after;
  });
  return changed ? next : rows;
}

const decide = <R extends { decision: Decision }>(row: R, decision: Decision): R =>
  row.decision === decision ? row : { ...row, decision };

/** The state with new rows, or the same state when neither list changed. */
function withRows(state: ReviewState, actors: readonly ActorRow[], relations: readonly RelationRow[]): ReviewState {
  return actors === state.actors && relations === state.relations ? state : { ...state, actors, relations };
}

/** Decides an actor's row; rejecting it rejects every relation it takes part in (they could not be added alone). */
export function decideActor(state: ReviewState, key: string, decision: Decision): ReviewState {
  const actors = changeRow(state.actors, key, (row) => decide(row, decision));
  if (decision !== 'rejected') return withRows(state, actors, state.relations);
  let relations = state.relations;
  for (const row of state.relations) {
    if (row.draft.source === key || row.draft.target === key)
      relations = changeRow(relations, row.draft.key, (r) => decide(r, 'rejected'));
  }
  return withRows(state, actors, relations);
}

/** Decides a relation's row; accepting it accepts its two actors too (a relation needs both of its ends). */
export function decideRelation(state: ReviewState, key: string, decision: Decision): ReviewState {
  const relations = changeRow(state.relations, key, (row) => decide(row, decision));
  const row = state.relations.find((r) => r.draft.key === key);
  if (decision !== 'accepted' || !row) return withRows(state, state.actors, relations);
  let actors = state.actors;
  for (const end of [row.draft.source, row.draft.target]) actors = changeRow(actors, end, (a) => decide(a, 'accepted'));
  return withRows(state, actors, relations);
}

/** Accepts every row still pending: actors first, then relations whose two actors are not rejected. */
export function acceptAll(state: ReviewState): ReviewState {
  const actors = state.actors.map((row) => (row.decision === 'pending' ? decide(row, 'accepted') : row));
  const rejected = new Set(actors.filter((row) => row.decision === 'rejected').map((row) => row.draft.key));
  const relations = state.relations.map((row) => {
    if (row.decision !== 'pending') return row;
    const blocked = rejected.has(row.draft.source) || rejected.has(row.draft.target);
    return decide(row, blocked ? 'rejected' : 'accepted');
  });
  const same = actors.every((row, i) => row === state.actors[i]) && relations.every((r, i) => r === state.relations[i]);
  return same ? state : { ...state, actors, relations };
}

/** Drops edits that give back the drafted value, so that a row edited back to the draft reads as unedited. */
function ownEdits<E extends object>(draft: object, edits: E): E {
  const drafted = draft as Record<string, unknown>;
  const kept = Object.entries(edits).filter(([field, value]) => value !== undefined && value !== drafted[field]);
  return Object.fromEntries(kept) as E;
}

/** Edits an actor's label, kind or role (blank labels are ignored: an actor needs a name). */
export function editActor(state: ReviewState, key: string, edits: ActorEdits): ReviewState {
  const label = edits.label?.trim();
  const clean = { ...edits, ...(label === undefined ? {} : { label: label || undefined }) };
  const actors = changeRow(state.actors, key, (row) => {
    const next = ownEdits(row.draft, { ...row.edits, ...clean });
    return JSON.stringify(next) === JSON.stringify(row.edits) ? row : { ...row, edits: next };
  });
  return withRows(state, actors, state.relations);
}

/** Edits a relation's name, stance or certainty. */
export function editRelation(state: ReviewState, key: string, edits: RelationEdits): ReviewState {
  const relations = changeRow(state.relations, key, (row) => {
    const next = ownEdits(row.draft, { ...row.edits, ...edits });
    return JSON.stringify(next) === JSON.stringify(row.edits) ? row : { ...row, edits: next };
  });
  return withRows(state, state.actors, relations);
}

/**
 * Chooses which of the dataset's actors a drafted actor is: the drafter's match or one of its close spellings, or
 * undefined to keep it separate (a new actor). Any other key is refused (the same state): the choice is offered.
 */
export function chooseSameAs(state: ReviewState, key: string, sameAs: string | undefined): ReviewState {
  const actors = changeRow(state.actors, key, (row) => {
    const offered = sameAs === undefined || sameAs === row.draft.sameAs || row.draft.closeTo?.includes(sameAs);
    return offered && row.sameAs !== sameAs ? { ...row, sameAs } : row;
  });
  return withRows(state, actors, state.relations);
}
