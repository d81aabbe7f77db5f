// "New from article…": the dialog, drafting in a worker, the article's text kept with its source, then the review.

import { newSourceId } from '../model/commands/new-keys';
import { type AppState, setStatus } from '../state/app-state';
import type { Store } from '../state/store';
import { openArticleDialog } from '../view/article/article-dialog';
import type { CanvasHandle } from '../view/canvas/mount-canvas';
import { draftInWorker, knownActors } from './draft-run';

/** What drafting needs from the app: the store, and the texts of the shown dataset's sources (kept with it). */
export interface DraftArticleDeps {
  store: Store<AppState>;
  /** The canvas, where the review draws the draft until it is accepted. */
  canvas: CanvasHandle;
  /** The shown dataset's source texts by source id: an added one is saved with the dataset once its source is in it. */
  texts(): Record<string, string>;
}

/**
 * Asks for an article, drafts it off the main thread, and hands the draft to the review (loaded then). The graph
 * changes only there: Cancel, Escape or a failure leave it as it was.
 */
export async function draftArticle(deps: DraftArticleDeps): Promise<void> {
  const { store } = deps;
  if (!store.get().dataset) {
    const message = 'Open a dataset, or start one with “New dataset”, before drafting from an article.';
    return store.update((s) => setStatus(s, { kind: 'error', message }));
  }
  const answer = await openArticleDialog(({ text, ...fields }, onProgress, signal) => {
    const graph = store.get().dataset?.graph;
    const source = { id: graph ? newSourceId(graph, fields.title) : 'article', ...fields };
    return draftInWorker(text, source, knownActors(graph), onProgress, signal);
  });
  // The dataset shown may have changed while the dialog was open; its known actors were read as drafting began.
  if (!answer || !store.get().dataset) return;
  const { draft, text } = answer;
  deps.texts()[draft.source.id] = text;
  const { reviewDraft } = await import('./draft-review');
  reviewDraft({ store, canvas: deps.canvas, texts: deps.texts }, draft, text);
}
