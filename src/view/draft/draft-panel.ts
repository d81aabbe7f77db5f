// The Draft panel: the drafted actors and relations under review, each with Accept, Edit and Reject, and the ends.

import { actorAsEdited, relationAsEdited, reviewCounts } from '../../state/accepted-from-review';
import type { ActorEdits, Decision, RelationEdits, ReviewState } from '../../state/draft-review-state';
import type { Store } from '../../state/store';
import { el, renderKeepingFocus } from '../dom';
import { askActorEdits, askRelationEdits } from './draft-edit-dialog';
import { actorRowView, type RowActions, relationRowView, relationText } from './draft-rows';
import './draft-panel.css';

/** What the panel's controls ask of the app. */
export interface DraftPanelActions {
  decide(kind: 'actor' | 'relation', key: string, decision: Decision): void;
  chooseSameAs(key: string, sameAs: string | undefined): void;
  editActor(key: string, edits: ActorEdits): void;
  editRelation(key: string, edits: RelationEdits): void;
  acceptAll(): void;
  /** Adds the accepted rows to the dataset shown, in one step, and ends the review. */
  addToDataset(): void;
  /** Starts a new dataset, kept in this browser, holding only the accepted rows, and ends the review. */
  createDataset(): void;
  /** Ends the review, adding nothing. */
  discard(): void;
}

/** The mounted panel: its element, a place for a message that belongs to no row, and its removal. */
export interface DraftPanel {
  element: HTMLElement;
  showError(message: string | null): void;
  unmount(): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A button of the panel's foot, by id. */
function action(id: string, label: string, run: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', id }, label);
  button.addEventListener('click', run);
  return button;
}

/**
 * Mounts the panel at the top of `host` and draws it from `review` at every change; `nameOf` names the dataset's
 * actors (for "Same as"). Focus moves to the panel, so the review can start from the keyboard at once.
 */
export function mountDraftPanel(
  host: HTMLElement,
  review: Store<ReviewState>,
  nameOf: (key: string) => string,
  actions: DraftPanelActions,
): DraftPanel {
  const error = el('p', { id: 'draft-error', class: 'form-error', role: 'alert', hidden: true });
  const body = el('div', { class: 'draft-body' });
  const element = el(
    'section',
    { id: 'draft-panel', class: 'draft-panel', 'aria-labelledby': 'draft-heading', tabindex: '-1' },
    el('h2', { id: 'draft-heading' }, 'Draft'),
    body,
    error,
  );
  const edit = async (kind: 'actor' | 'relation', key: string) => {
    const state = review.get();
    if (kind === 'actor') {
      const row = state.actors.find((r) => r.draft.key === key);
      const edits = row && (await askActorEdits(actorAsEdited(row)));
      if (edits) actions.editActor(key, edits);
      return;
    }
    const row = state.relations.find((r) => r.draft.key === key);
    const reads = row
      ? `${labelOf(row.draft.source)} – ${relationText(relationAsEdited(row).relation)} – ${labelOf(row.draft.target)}`
      : '';
    const edits = row && (await askRelationEdits(relationAsEdited(row), reads));
    if (edits) actions.editRelation(key, edits);
  };
  const rowActions: RowActions = {
    decide: actions.decide,
    chooseSameAs: actions.chooseSameAs,
    edit: (kind, key) => void edit(kind, key),
  };
  const labelOf = (key: string) => {
    const row = review.get().actors.find((r) => r.draft.key === key);
    return row ? actorAsEdited(row).label : key;
  };
  const render = (state: ReviewState) => {
    const counts = reviewCounts(state);
    const summary = `From “${state.source.title}”: ${plural(state.actors.length, 'actor')}, ${plural(state.relations.length, 'relation')}. ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.pending} not decided.`;
    renderKeepingFocus(body, [
      el('p', { class: 'draft-summary' }, summary),
      el(
        'p',
        { class: 'draft-ends' },
        action('draft-accept-all', 'Accept all', actions.acceptAll),
        action('draft-add', 'Add to this dataset', actions.addToDataset),
        action('draft-create', 'Create dataset', actions.createDataset),
        action('draft-discard', 'Discard draft', actions.discard),
      ),
      // Past every actor's row in one press: the relations come after dozens of actors' buttons.
      action('draft-to-relations', 'Go to relations', () => document.getElementById('draft-relations')?.focus()),
      el('h3', {}, `Actors (${state.actors.length})`),
      el('ul', { class: 'draft-rows' }, ...state.actors.map((row, i) => actorRowView(row, i, nameOf, rowActions))),
      el('h3', { id: 'draft-relations', tabindex: '-1' }, `Relations (${state.relations.length})`),
      el(
        'ul',
        { class: 'draft-rows' },
        ...state.relations.map((row, i) => relationRowView(row, i, labelOf, rowActions)),
      ),
    ]);
  };
  render(review.get());
  const unsubscribe = review.subscribe(render);
  host.prepend(element);
  element.focus();
  return {
    element,
    showError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
    },
    unmount() {
      unsubscribe();
      element.remove();
    },
  };
}
