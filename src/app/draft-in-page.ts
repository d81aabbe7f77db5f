// Drafting in the page for automation: the drafter loads on first use, drafts the text and opens its review.

import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { CanvasHandle } from '../view/canvas/mount-canvas';
import { type DraftReview, reviewDraft } from './draft-review';

/** The source an automated draft names; every field is optional (the title defaults to the text's first line). */
export interface DraftSourceInput {
  id?: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
}

/**
 * Drafts `text` in the page (on the main thread: this is for tests and the bench, the dialog drafts in a worker),
 * matching its actors against the dataset shown, and opens the Draft panel on it.
 */
export async function draftInPage(
  ctx: { store: Store<AppState>; canvas: CanvasHandle },
  text: string,
  given: DraftSourceInput = {},
): Promise<DraftReview> {
  const { draftFromText } = await import('../draft/draft-from-text');
  const graph = ctx.store.get().dataset?.graph;
  const known = graph
    ? graph.mapNodes((key, attrs) => ({
        key,
        label: String(attrs.label ?? key),
        aliases: Array.isArray(attrs.aliases) ? attrs.aliases.map(String) : [],
      }))
    : [];
  const title =
    given.title ??
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ??
    'Article';
  const source = { ...given, id: given.id ?? 'article', title };
  const draft = draftFromText(text, source, { known });
  return reviewDraft(ctx, draft, text);
}
