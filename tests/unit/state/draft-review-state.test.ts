// The review of a draft: decisions, edits, "Same as" choices, and the AcceptedDraft and preview built from them.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { draftCommands } from '../../../src/model/commands/draft-commands';
import { runCommand } from '../../../src/model/commands/run-command';
import { acceptedFromReview, draftPreview, reviewCounts } from '../../../src/state/accepted-from-review';
import {
  acceptAll,
  chooseSameAs,
  decideActor,
  decideRelation,
  editActor,
  editRelation,
  type ReviewInput,
  startReview,
} from '../../../src/state/draft-review-state';

const TEXT = 'Ruritania signed a pact with Elbonia. Elbonia condemned Ruritania. The Borduria envoy met Elbonia.';

/** A small draft written for this test: three actors, three relations, one actor matching a dataset actor. */
function input(): ReviewInput {
  const sentence = (s: string) => ({
    quote: s,
    start: TEXT.indexOf(s),
    marks: [{ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + 4 }],
  });
  return {
    source: { id: 'art', title: 'Pact news', text: TEXT },
    actors: [
      { key: 'ruritania', label: 'Ruritania', kind: 'state', aliases: [], mentions: 2, sameAs: 'rur' },
      { key: 'elbonia', label: 'Elbonia', kind: 'state', aliases: ['the Elbonians'], mentions: 3 },
      { key: 'borduria', label: 'Borduria', kind: 'state', aliases: [], mentions: 1, closeTo: ['bord'] },
    ],
    relations: [
      {
        key: 'r1',
        source: 'ruritania',
        target: 'elbonia',
        relation: 'signs-agreement-with',
        stance: 'cooperative',
        certainty: 'confirmed',
        ...sentence('Ruritania signed a pact with Elbonia.'),
      },
      {
        key: 'r2',
        source: 'elbonia',
        target: 'ruritania',
        relation: 'condemns',
        stance: 'conflictual',
        certainty: 'confirmed',
        ...sentence('Elbonia condemned Ruritania.'),
      },
      {
        key: 'r3',
        source: 'borduria',
        target: 'elbonia',
        relation: 'meets-with',
        stance: 'neutral',
        certainty: 'confirmed',
        ...sentence('The Borduria envoy met Elbonia.'),
      },
    ],
  };
}

/** A dataset holding the actors the draft matched: Ruritania (rur) and Bordurya, a close spelling (bord). */
function dataset() {
  const graph = createActorGraph();
  graph.replaceAttributes({ format: 'backchannel', title: 'Known', sources: [] });
  graph.addNode('rur', { label: 'Ruritania', kind: 'state', aliases: [] });
  graph.addNode('bord', { label: 'Bordurya', kind: 'state', aliases: [] });
  return graph;
}

const decisions = (rows: readonly { draft: { key: string }; decision: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.draft.key, r.decision]));

describe('draft review state', () => {
  it('starts with every row pending and each actor Same as the drafter’s match', () => {
    const state = startReview(input());
    expect(reviewCounts(state)).toEqual({ pending: 6, accepted: 0, rejected: 0 });
    expect(state.actors.map((a) => a.sameAs)).toEqual(['rur', undefined, undefined]);
  });

  it('rejecting an actor rejects its relations; accepting a relation accepts its two actors', () => {
    const rejected = decideActor(startReview(input()), 'ruritania', 'rejected');
    expect(decisions(rejected.relations)).toEqual({ r1: 'rejected', r2: 'rejected', r3: 'pending' });
    const accepted = decideRelation(rejected, 'r1', 'accepted');
    expect(decisions(accepted.actors)).toEqual({ ruritania: 'accepted', elbonia: 'accepted', borduria: 'pending' });
    expect(decisions(accepted.relations).r2).toBe('rejected');
  });

  it('Accept all accepts what is left and keeps relations of rejected actors out', () => {
    let state = decideRelation(startReview(input()), 'r2', 'rejected');
    state = decideActor(state, 'borduria', 'rejected');
    state = decideActor(state, 'borduria', 'pending'); // its relation stays rejected
    state = acceptAll(state);
    expect(decisions(state.actors)).toEqual({ ruritania: 'accepted', elbonia: 'accepted', borduria: 'accepted' });
    expect(decisions(state.relations)).toEqual({ r1: 'accepted', r2: 'rejected', r3: 'rejected' });
    expect(acceptAll(state)).toBe(state);
  });

  it('returns the same state for a transition that changes nothing', () => {
    const state = startReview(input());
    expect(decideActor(state, 'elbonia', 'pending')).toBe(state);
    expect(decideActor(state, 'nobody', 'accepted')).toBe(state);
    expect(editActor(state, 'elbonia', { label: 'Elbonia' })).toBe(state);
    expect(chooseSameAs(state, 'elbonia', 'rur')).toBe(state); // not offered for this actor
  });

  it('keeps edits that differ from the draft, drops those that give it back, ignores a blank label', () => {
    let state = editActor(startReview(input()), 'elbonia', { label: ' Republic of Elbonia ', role: 'host' });
    expect(state.actors[1]?.edits).toEqual({ label: 'Republic of Elbonia', role: 'host' });
    state = editActor(state, 'elbonia', { label: '  ' });
    expect(state.actors[1]?.edits).toEqual({ role: 'host' });
    state = editRelation(state, 'r3', { stance: 'cooperative', certainty: 'confirmed' });
    expect(state.relations[2]?.edits).toEqual({ stance: 'cooperative' });
  });

  it('builds the AcceptedDraft from accepted rows only, as edited, with Same-as keys into the shown dataset', () => {
    const graph = dataset();
    let state = editActor(startReview(input()), 'elbonia', { label: 'Republic of Elbonia' });
    state = editRelation(state, 'r1', { certainty: 'reported' });
    state = decideRelation(acceptAll(state), 'r2', 'rejected');
    const accepted = acceptedFromReview(state, { into: 'shown', exists: (k) => graph.hasNode(k) });
    expect(accepted.actors.map((a) => [a.key, a.label, a.sameAs])).toEqual([
      ['ruritania', 'Ruritania', 'rur'],
      ['elbonia', 'Republic of Elbonia', undefined],
      ['borduria', 'Borduria', undefined],
    ]);
    expect(accepted.actors[1]?.aliases).toEqual(['Elbonia', 'the Elbonians']);
    expect(accepted.relations.map((r) => [r.key, r.certainty])).toEqual([
      ['r1', 'reported'],
      ['r3', 'confirmed'],
    ]);
    // The batch it becomes runs on the dataset: no duplicate Ruritania, every quote verbatim in the text.
    const batch = draftCommands(graph, accepted);
    const result = runCommand(graph, batch.command, batch.context);
    expect(result.ok).toBe(true);
    expect(graph.filterNodes((_k, a) => a.label === 'Ruritania')).toEqual(['rur']);
    expect(graph.size).toBe(2);
  });

  it('keeps a matched actor separate, or merges it into a close spelling, as chosen', () => {
    const graph = dataset();
    let state = chooseSameAs(startReview(input()), 'ruritania', undefined);
    state = acceptAll(chooseSameAs(state, 'borduria', 'bord'));
    const accepted = acceptedFromReview(state, { into: 'shown', exists: (k) => graph.hasNode(k) });
    expect(accepted.actors.map((a) => a.sameAs)).toEqual([undefined, undefined, 'bord']);
  });

  it('into a new dataset, every accepted actor is new; a stale Same-as key makes a new actor too', () => {
    const state = acceptAll(startReview(input()));
    expect(acceptedFromReview(state, { into: 'new' }).actors.every((a) => a.sameAs === undefined)).toBe(true);
    const stale = acceptedFromReview(state, { into: 'shown', exists: () => false });
    expect(stale.actors.every((a) => a.sameAs === undefined)).toBe(true);
    expect(stale.relations).toHaveLength(3);
  });

  it('drops a relation whose two actors become one after the merges', () => {
    let state = chooseSameAs(startReview(input()), 'borduria', 'bord');
    state = { ...state, actors: state.actors.map((a) => (a.draft.key === 'elbonia' ? { ...a, sameAs: 'bord' } : a)) };
    const accepted = acceptedFromReview(acceptAll(state), { into: 'shown', exists: () => true });
    expect(accepted.relations.map((r) => r.key)).toEqual(['r1', 'r2']);
  });

  it('previews what is not rejected: Same-as actors drawn by the dataset’s own node', () => {
    const graph = dataset();
    const state = decideRelation(startReview(input()), 'r2', 'rejected');
    const preview = draftPreview(decideRelation(state, 'r3', 'accepted'), (k) => graph.hasNode(k));
    expect(preview.actors.map((a) => [a.key, a.decision])).toEqual([
      ['elbonia', 'accepted'],
      ['borduria', 'accepted'],
    ]);
    expect(preview.relations.map((r) => [r.key, r.source, r.decision])).toEqual([
      ['r1', { key: 'rur', existing: true }, 'pending'],
      ['r3', { key: 'borduria', existing: false }, 'accepted'],
    ]);
  });
});
