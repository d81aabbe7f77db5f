// Reviewing a draft: the Draft panel, the preview on the canvas, and the ends (add, create a dataset, discard).

import type { AcceptedDraft } from '../model/commands/accepted-draft';
import { acceptedFromReview, draftPreview, type ReviewTarget } from '../state/accepted-from-review';
import { type AppState, setStatus } from '../state/app-state';
import {
  acceptAll,
  chooseSameAs,
  decideActor,
  decideRelation,
  editActor,
  editRelation,
  type ReviewInput,
  type ReviewState,
  startReview,
} from '../state/draft-review-state';
import { createStore, type Store } from '../state/store';
import type { CanvasHandle } from '../view/canvas/mount-canvas';
import { mountDraftPanel } from '../view/draft/draft-panel';
import { NARROW_QUERY } from '../view/page/panel-toggles';
import { createDatasetFromDraft, sourceFree } from './draft-dataset';

/** What a review needs of the app: its store and its canvas (`window.app` holds both). */
export interface ReviewContext {
  store: Store<AppState>;
  canvas: CanvasHandle;
}

/** How a review ended. */
export type ReviewOutcome = 'added' | 'created' | 'discarded';

/** A review under way: its state, and the promise of how it ends. */
export interface DraftReview {
  state: Store<ReviewState>;
  ended: Promise<ReviewOutcome>;
  /** Ends it as "Discard draft" does. */
  discard(): void;
}

let current: DraftReview | null = null;

/** The review under way, if any (for automation and tests). */
export function currentReview(): DraftReview | null {
  return current;
}

const editing = () => import('../state/edit-graph');

/** The errors of a refused batch, in one sentence each. */
const sayErrors = (errors: Readonly<Record<string, string>>) => `Nothing was added: ${Object.values(errors).join(' ')}`;

/** Opens the right-hand column on a narrow screen (where it folds over the graph), so the panel can be seen. */
function revealColumn(column: HTMLElement): void {
  if (!window.matchMedia(NARROW_QUERY).matches || column.dataset.open === 'true') return;
  document.getElementById('inspector-toggle')?.click();
}

/**
 * Opens the Draft panel on `draft` (drafted from `articleText`, which the quotes are checked against) and draws the
 * draft on the canvas until the review ends. A review already under way is discarded first. Nothing reaches the
 * dataset until "Add to this dataset" or "Create dataset", which add the accepted rows in one undoable step.
 */
export function reviewDraft(ctx: ReviewContext, draft: ReviewInput, articleText: string): DraftReview {
  current?.discard();
  const { store, canvas } = ctx;
  const graph = () => store.get().dataset?.graph ?? null;
  const exists = (key: string) => graph()?.hasNode(key) ?? false;
  const source = { ...sourceFree(graph(), draft.source), text: articleText };
  const review = createStore(startReview({ ...draft, source }));
  const column = document.getElementById('inspector') ?? document.body;
  let finish: (outcome: ReviewOutcome) => void = () => {};
  const ended = new Promise<ReviewOutcome>((resolve) => {
    finish = resolve;
  });

  const places = new Map<string, { x: number; y: number }>();
  const draw = async () => {
    const { drawDraftPreview } = await import('../view/canvas/draft-preview');
    if (current === session) drawDraftPreview(canvas.cy, draftPreview(review.get(), exists), places);
  };
  const change = (transition: (s: ReviewState) => ReviewState) => {
    panel.showError(null);
    review.update(transition);
  };
  const end = async (outcome: ReviewOutcome, focus: string) => {
    if (current !== session) return;
    current = null;
    unsubscribe();
    offReady();
    panel.unmount();
    (await import('../view/canvas/draft-preview')).clearDraftPreview(canvas.cy);
    document.getElementById(focus)?.focus();
    finish(outcome);
  };
  const accepted = (target: ReviewTarget): AcceptedDraft | null => {
    const chosen = acceptedFromReview(review.get(), target);
    if (chosen.actors.length > 0 || chosen.relations.length > 0) return chosen;
    panel.showError('Nothing is accepted yet: accept rows (or Accept all) first, or Discard draft.');
    return null;
  };
  const addToDataset = async () => {
    const chosen = accepted({ into: 'shown', exists });
    if (!chosen) return;
    const outcome = (await editing()).acceptDraft(store, chosen);
    if (!outcome) return panel.showError('Nothing was added: no dataset is open. Use Create dataset instead.');
    if (!outcome.ok) return panel.showError(sayErrors(outcome.errors));
    await end('added', 'undo');
  };
  const createDataset = async () => {
    const chosen = accepted({ into: 'new' });
    if (!chosen) return;
    const errors = await createDatasetFromDraft(store, chosen);
    if (errors) return panel.showError(sayErrors(errors));
    await end('created', 'undo');
  };
  const discard = () => {
    void end('discarded', 'inspector');
    store.update((s) =>
      setStatus(s, { kind: 'info', message: `Discarded the draft from “${source.title}”: nothing was added.` }),
    );
  };

  const panel = mountDraftPanel(column, review, (key) => String(graph()?.getNodeAttribute(key, 'label') ?? key), {
    decide: (kind, key, decision) =>
      change((s) => (kind === 'actor' ? decideActor(s, key, decision) : decideRelation(s, key, decision))),
    chooseSameAs: (key, sameAs) => change((s) => chooseSameAs(s, key, sameAs)),
    editActor: (key, edits) => change((s) => editActor(s, key, edits)),
    editRelation: (key, edits) => change((s) => editRelation(s, key, edits)),
    acceptAll: () => change(acceptAll),
    addToDataset: () => void addToDataset(),
    createDataset: () => void createDataset(),
    discard,
  });
  const session: DraftReview = { state: review, ended, discard };
  current = session;
  revealColumn(column);
  const unsubscribe = review.subscribe(() => void draw());
  // A dataset drawn again (another dataset opened, a wholesale change) loses the preview's elements: drawn again.
  const offReady = canvas.events.on('ready', () => void draw());
  void draw().then(() => canvas.resetView());
  return session;
}
