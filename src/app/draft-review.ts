// Stand-in for the Draft review panel (built on its own branch): accepts the whole draft as one step, and says so.

import type { Draft } from '../draft/draft-types';
import { type AppState, setStatus } from '../state/app-state';
import type { Store } from '../state/store';

/** What reviewing a draft is given by the app: the store of the dataset shown. */
export interface DraftReviewContext {
  store: Store<AppState>;
}

/** Hands a draft on for review; this stand-in accepts all of it (one Undo takes it back) and reports it in the status. */
export async function reviewDraft(ctx: DraftReviewContext, draft: Draft, articleText: string): Promise<void> {
  const { acceptDraft } = await import('../state/edit-graph');
  const outcome = acceptDraft(ctx.store, { ...draft, source: { ...draft.source, text: articleText } });
  if (!outcome || outcome.ok) return;
  const message = `Could not add the draft from “${draft.source.title}”: ${Object.values(outcome.errors).join(' ')} The graph is unchanged.`;
  ctx.store.update((s) => setStatus(s, { kind: 'error', message }));
}
