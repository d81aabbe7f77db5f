// Reviewing a draft: the Draft panel, the preview on the canvas, and the ends (add, create a dataset, discard).

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
import { type DraftPanel, type DraftPanelActions, mountDraftPanel } from '../view/draft/draft-panel';
import { NARROW_QUERY } from '../view/page/panel-toggles';
import { createDatasetFromDraft, sourceFree } from './draft-dataset';

/** What a review needs of the app: its store and its canvas (`window.app` holds both). */
export interface ReviewContext {
  store: Store<AppState>;
  canvas: CanvasHandle;
  /** The shown dataset's source texts, kept with it (the keeper's): the article's text joins them once added. */
  texts?: () => Record<string, string>;
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

/** One review at a time: a new draft replaces the one under review. */
let current: DraftReview | null = null;

const preview = () => import('../view/canvas/draft-preview');
const editing = () => import('../state/edit-graph');
const sayErrors = (errors: Readonly<Record<string, string>>) => `Nothing was added: ${Object.values(errors).join(' ')}`;

/** Opens the right-hand column on a narrow screen (where it folds over the graph), so the panel can be seen. */
function revealColumn(column: HTMLElement): void {
  if (!window.matchMedia(NARROW_QUERY).matches || column.dataset.open === 'true') return;
  document.getElementById('inspector-toggle')?.click();
}

/** The review's transitions, each clearing the panel's last message. */
function rowActions(review: Store<ReviewState>, panel: () => DraftPanel) {
  const change = (transition: (s: ReviewState) => ReviewState) => {
    panel().showError(null);
    review.update(transition);
  };
  return {
    decide: (kind, key, decision) =>
      change((s) => (kind === 'actor' ? decideActor(s, key, decision) : decideRelation(s, key, decision))),
    chooseSameAs: (key, sameAs) => change((s) => chooseSameAs(s, key, sameAs)),
    editActor: (key, edits) => change((s) => editActor(s, key, edits)),
    editRelation: (key, edits) => change((s) => editRelation(s, key, edits)),
    acceptAll: () => change(acceptAll),
  } satisfies Partial<DraftPanelActions>;
}

/**
 * The two ends that add something, each in one step of the history: into the dataset shown, or into a new one.
 * They answer an error for the panel, or null once added.
 */
function addingEnds(store: Store<AppState>, review: Store<ReviewState>, exists: (key: string) => boolean) {
  const chosen = (target: ReviewTarget) => {
    const accepted = acceptedFromReview(review.get(), target);
    return accepted.actors.length > 0 || accepted.relations.length > 0 ? accepted : null;
  };
  const nothing = 'Nothing is accepted yet: accept rows (or Accept all) first, or Discard draft.';
  return {
    async addToDataset(): Promise<string | null> {
      const accepted = chosen({ into: 'shown', exists });
      if (!accepted) return nothing;
      const outcome = (await editing()).acceptDraft(store, accepted);
      if (!outcome) return 'Nothing was added: no dataset is open. Use Create dataset instead.';
      return outcome.ok ? null : sayErrors(outcome.errors);
    },
    async createDataset(): Promise<string | null> {
      const accepted = chosen({ into: 'new' });
      if (!accepted) return nothing;
      const errors = await createDatasetFromDraft(store, accepted);
      return errors ? sayErrors(errors) : null;
    },
  };
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
    const { drawDraftPreview } = await preview();
    if (current === session) drawDraftPreview(canvas.cy, draftPreview(review.get(), exists), places);
  };
  /** Ends the review: the panel and the preview go, focus goes to `focus` (Undo after an addition). */
  const end = async (outcome: ReviewOutcome, focus: string) => {
    if (current !== session) return;
    current = null;
    unsubscribe();
    offReady();
    panel.unmount();
    (await preview()).clearDraftPreview(canvas.cy);
    document.getElementById(focus)?.focus();
    finish(outcome);
  };
  const adding = addingEnds(store, review, exists);
  const finishWith = (run: () => Promise<string | null>, outcome: ReviewOutcome) => async () => {
    const error = await run();
    if (error) return panel.showError(error);
    // Kept with the dataset now showing (a new one after Create dataset), so later quotes are checked against it.
    const texts = ctx.texts?.();
    if (texts) texts[source.id] = articleText;
    await end(outcome, 'undo');
  };
  const discard = () => {
    void end('discarded', 'inspector');
    const message = `Discarded the draft from “${source.title}”: nothing was added.`;
    store.update((s) => setStatus(s, { kind: 'info', message }));
  };
  const nameOf = (key: string) => String(graph()?.getNodeAttribute(key, 'label') ?? key);
  const panel = mountDraftPanel(column, review, nameOf, {
    ...rowActions(review, () => panel),
    addToDataset: () => void finishWith(adding.addToDataset, 'added')(),
    createDataset: () => void finishWith(adding.createDataset, 'created')(),
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
