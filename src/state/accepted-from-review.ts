// What a review amounts to: the rows as edited, the AcceptedDraft to add, the picture to preview, and the counts.

import type { AcceptedDraft, DraftActor, DraftRelation } from '../model/commands/accepted-draft';
import type { ActorRow, Decision, RelationRow, ReviewState } from './draft-review-state';

/** An actor's row as the reviewer left it: label, kind and role with the edits applied. */
export function actorAsEdited(row: ActorRow): { label: string; kind: string; role: string | undefined } {
  const { draft, edits } = row;
  return { label: edits.label ?? draft.label, kind: edits.kind ?? draft.kind, role: edits.role ?? draft.role };
}

/** A relation's row as the reviewer left it: relation, stance and certainty with the edits applied. */
export function relationAsEdited(row: RelationRow): { relation: string; stance: string; certainty: string } {
  const { draft, edits } = row;
  return {
    relation: edits.relation ?? draft.relation,
    stance: edits.stance ?? draft.stance,
    certainty: edits.certainty ?? draft.certainty,
  };
}

/** Where the accepted rows go: into the dataset shown (whose actors `exists` names) or into a new, empty one. */
export type ReviewTarget = { into: 'shown'; exists: (key: string) => boolean } | { into: 'new' };

/** The dataset actor a row stands for in that target, or undefined when it becomes a new actor. */
function sameAsIn(row: ActorRow, target: ReviewTarget): string | undefined {
  // A new dataset has none of the shown dataset's actors; a stale key (the actor since deleted) makes a new actor.
  if (target.into === 'new' || row.sameAs === undefined) return undefined;
  return target.exists(row.sameAs) ? row.sameAs : undefined;
}

/**
 * The accepted rows as the AcceptedDraft that `acceptDraft` adds in one step: accepted actors as edited (each "Same
 * as" one named by the dataset's key), and accepted relations whose two actors are accepted and are not, after the
 * merges, one and the same actor (a relation to itself is not a relation). Pending rows are left out.
 */
export function acceptedFromReview(state: ReviewState, target: ReviewTarget): AcceptedDraft {
  const ends = new Map<string, string>();
  const actors: DraftActor[] = [];
  for (const row of state.actors) {
    if (row.decision !== 'accepted') continue;
    const actor = acceptedActor(row, sameAsIn(row, target));
    ends.set(row.draft.key, actor.sameAs ?? row.draft.key);
    actors.push(actor);
  }
  const relations: DraftRelation[] = [];
  for (const row of state.relations) {
    const [from, into] = [ends.get(row.draft.source), ends.get(row.draft.target)];
    if (row.decision === 'accepted' && from !== undefined && into !== undefined && from !== into)
      relations.push(acceptedRelation(row));
  }
  return { source: state.source, actors, relations };
}

/** An accepted actor as edited; an edited label keeps the drafted one as an alias (the name the article uses). */
function acceptedActor(row: ActorRow, sameAs: string | undefined): DraftActor {
  const { label, kind, role } = actorAsEdited(row);
  const aliases = label === row.draft.label ? row.draft.aliases : [row.draft.label, ...row.draft.aliases];
  return { key: row.draft.key, label, kind, aliases, ...(role ? { role } : {}), ...(sameAs ? { sameAs } : {}) };
}

/** An accepted relation as edited, with its date and its sentence as drafted. */
function acceptedRelation(row: RelationRow): DraftRelation {
  const { key, source, target, date, dateText, quote } = row.draft;
  return {
    key,
    source,
    target,
    ...relationAsEdited(row),
    ...(date ? { date } : {}),
    ...(dateText ? { dateText } : {}),
    quote,
  };
}

/** How many rows are in each decision, for the panel's summary line. */
export function reviewCounts(state: ReviewState): Record<Decision, number> {
  const counts: Record<Decision, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const row of [...state.actors, ...state.relations]) counts[row.decision] += 1;
  return counts;
}

/** One end of a previewed relation: a drafted actor (drawn as a draft) or one of the dataset's actors. */
export interface PreviewEnd {
  key: string;
  existing: boolean;
}

/** What the canvas draws of a review: the drafted actors and relations not rejected, and how each was decided. */
export interface DraftPreview {
  actors: { key: string; label: string; kind: string; decision: Decision }[];
  relations: {
    key: string;
    source: PreviewEnd;
    target: PreviewEnd;
    relation: string;
    stance: string;
    certainty: string;
    decision: Decision;
  }[];
}

/**
 * The review as the canvas shows it before anything is added: actors not rejected and not "Same as" an actor the
 * dataset has (those are drawn by the dataset's own node), and relations not rejected, ending at either.
 */
export function draftPreview(state: ReviewState, exists: (key: string) => boolean): DraftPreview {
  const target: ReviewTarget = { into: 'shown', exists };
  const ends = new Map<string, PreviewEnd>();
  const actors: DraftPreview['actors'] = [];
  for (const row of state.actors) {
    if (row.decision === 'rejected') continue;
    const sameAs = sameAsIn(row, target);
    ends.set(row.draft.key, sameAs ? { key: sameAs, existing: true } : { key: row.draft.key, existing: false });
    if (!sameAs) actors.push({ key: row.draft.key, ...actorAsEdited(row), decision: row.decision });
  }
  const relations: DraftPreview['relations'] = [];
  for (const row of state.relations) {
    const [source, target] = [ends.get(row.draft.source), ends.get(row.draft.target)];
    if (row.decision === 'rejected' || !source || !target || source.key === target.key) continue;
    relations.push({ key: row.draft.key, source, target, ...relationAsEdited(row), decision: row.decision });
  }
  return { actors, relations };
}
