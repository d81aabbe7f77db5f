// The inspector panel: the selected actor's details and relations with evidence, or the selected relation.

import type { ActorGraph } from '../../model/actor-graph';
import { actorLabel } from '../../model/describe-element';
import type { FieldMap } from '../../model/fields';
import { readRelation } from '../../model/relation-fields';
import { getRelationGroups, type RelationItem, relationValue, relationWords } from '../../model/relations-of';
import { KIND_LABELS, type RelationAttributes } from '../../model/schema';
import type { AppState } from '../../state/app-state';
import { select } from '../../state/app-state';
import { expandFocus } from '../../state/explore-state';
import { isNarrowed, selectVisible } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { onlyTimeMoved } from '../../state/time-state';
import { kindStyle } from '../appearance/kind-style';
import { el, renderKeepingFocus } from '../dom';
import { renderAttributes } from './attribute-list';
import { renderEvidence } from './evidence-list';
import { createFocusControls } from './focus-controls';
import { actorMeasures } from './measures-as-of';
import { HUB_THRESHOLD, type HubView, newHubView, renderRelationGroups } from './relation-groups';
import { stepMissesActor } from './step-misses-actor';

const EMPTY_TEXT =
  'Click an actor or a relation on the graph, or search for one, to see its relations and the evidence.';

/** Renders the inspector into `root` whenever the selection or dataset changes; returns an unmount. */
export function mountInspector(root: HTMLElement, store: Store<AppState>): () => void {
  // Following a link here replaces the button that had focus: focus goes to the new actor's name instead of the
  // page body. Selecting from search or the canvas never comes this way, so their focus stays where it is.
  const goTo = (key: string) => {
    store.update((s) => select(s, { type: 'node', key }));
    showHeading(root);
  };
  const focusControls = createFocusControls(store);
  // The reader's filter, sort and opened groups for the hub on screen; forgotten when another actor is shown.
  let hub: HubView | null = null;
  const hubFor = (key: string, state: AppState): HubView => {
    if (hub?.actor !== key || hub.fields !== state.fields) hub = newHubView(key, state.fields);
    return hub;
  };
  // The relations shown when the actor on screen was rendered, so a step of the date that misses it is let pass.
  let drawnShown: ReadonlySet<string> | null = null;
  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    const selection = state.selection;
    drawnShown = null;
    let body: HTMLElement;
    if (!graph || !selection) body = el('p', { class: 'empty' }, EMPTY_TEXT);
    else if (selection.type === 'node') {
      drawnShown = isNarrowed(state) ? selectVisible(state).edges : null;
      const ctx: ActorContext = {
        goTo,
        visible: drawnShown,
        focusBox: focusControls(selection.key, state),
        expand: state.focus ? (key) => store.update((s) => expandFocus(s, key)) : null,
        fields: state.fields,
        hub: hubFor(selection.key, state),
        measures: actorMeasures(state, selection.key),
        changed: () => render(store.get()),
      };
      body = renderActor(graph, selection.key, ctx);
    } else body = renderRelation(graph, selection.key, goTo, state.fields);
    // A heading focused by following a link keeps focus when a filter or the focus re-renders the same actor.
    const onHeading = document.activeElement instanceof HTMLHeadingElement && root.contains(document.activeElement);
    renderKeepingFocus(root, [body]);
    if (onHeading) focusHeading(root);
  };
  render(store.get());
  root.addEventListener('keydown', moveBetweenRelations);
  const unsubscribe = store.subscribe((state, previous) => {
    const explored = state.filters !== previous.filters || state.focus !== previous.focus;
    // An edit changes the graph in place: the revision says the actor or relation shown may read differently.
    const edited = state.history.revision !== previous.history.revision;
    const read = state.dataset !== previous.dataset || state.fields !== previous.fields || edited;
    // The measures line follows the as-of date's values as they arrive (and the ranking's measure).
    const measured =
      state.selection?.type === 'node' && (state.measures !== previous.measures || state.view !== previous.view);
    if (read || state.selection !== previous.selection) return render(state);
    if (explored && !dateStepMissed(state, previous)) return render(state);
    // A step that misses the actor, or values that arrived, change only the measures line: it is replaced alone.
    if (measured || explored) refreshMeasures(state);
  });
  /** Puts the selected actor's measures line, as of the date, in place of the one shown. */
  const refreshMeasures = (state: AppState) => {
    const line = root.querySelector('#actor-measures');
    if (line && state.selection?.type === 'node') line.replaceWith(actorMeasures(state, state.selection.key));
  };
  /** Whether only the as-of date stepped, and none of the shown actor's relations came or went. */
  const dateStepMissed = (state: AppState, previous: AppState): boolean => {
    const { selection, dataset } = state;
    if (selection?.type !== 'node' || !dataset || state.focus !== previous.focus) return false;
    if (!onlyTimeMoved(state.filters, previous.filters) || !isNarrowed(state)) return false;
    return stepMissesActor(dataset.graph, selection.key, selectVisible(state).edges, drawnShown);
  };
  return () => {
    unsubscribe();
    root.removeEventListener('keydown', moveBetweenRelations);
  };
}

/**
 * Scrolls the inspector back to its top and moves focus to the heading of what it shows, so a keyboard or screen
 * reader user lands on the actor just followed and a mouse user sees its name.
 */
export function showHeading(root: HTMLElement): void {
  // The panel scrolls itself on a wide screen; on a narrow one the page does, and focus() brings the heading in.
  const panel = root.closest<HTMLElement>('.inspector') ?? root;
  for (let node: HTMLElement | null = root; node; node = node === panel ? null : node.parentElement) node.scrollTop = 0;
  focusHeading(root);
}

function focusHeading(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/** Arrow keys move focus through the inspector's actor buttons; Enter (the button's own) follows one. */
function moveBetweenRelations(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const root = event.currentTarget as HTMLElement;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.actor-link')];
  if (buttons.length === 0) return;
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const step = event.key === 'ArrowDown' ? 1 : -1;
  const next = at === -1 ? (step === 1 ? 0 : buttons.length - 1) : (at + step + buttons.length) % buttons.length;
  buttons[next]?.focus();
  event.preventDefault();
}

/** A button that selects another actor, named after it. */
function actorButton(graph: ActorGraph, key: string, goTo: (key: string) => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'actor-link', 'data-node': key }, actorLabel(graph, key));
  button.addEventListener('click', () => goTo(key));
  return button;
}

/** What each edit button of the inspector does; the app listens for clicks on `[data-edit]` (see app/edit-actions). */
export const EDIT_BUTTONS = {
  actor: [
    ['edit-actor', 'Edit actor'],
    ['delete-actor', 'Delete actor'],
    ['merge-actor', 'Merge into…'],
    ['add-relation-from', 'Add relation from here'],
  ],
  relation: [
    ['edit-relation', 'Edit relation'],
    ['delete-relation', 'Delete relation'],
    ['add-evidence', 'Add evidence'],
  ],
} as const;

/** The edit buttons for the actor or relation shown, each naming its action and the element's key. */
function editTools(on: keyof typeof EDIT_BUTTONS, key: string): HTMLElement {
  const buttons = EDIT_BUTTONS[on].map(([action, label]) =>
    el('button', { type: 'button', id: action, 'data-edit': action, 'data-key': key }, label),
  );
  return el('div', { class: 'edit-tools', role: 'group', 'aria-label': `Edit this ${on}` }, ...buttons);
}

function kindBadge(kind: unknown): HTMLElement | null {
  if (typeof kind !== 'string' || !kind) return null;
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.backgroundColor = kindStyle(kind).color;
  const label = Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as keyof typeof KIND_LABELS] : kind;
  return el('p', { class: 'kind' }, swatch, label);
}

/** Stance, certainty and date (the Date field) of a relation as a short line, or nothing when it has none. */
function relationMeta(attrs: RelationAttributes, fields: FieldMap): HTMLElement | null {
  const parts = [attrs.stance, attrs.certainty, readRelation(attrs, fields).date, attrs.dateText].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  return parts.length > 0 ? el('p', { class: 'meta' }, parts.join(' · ')) : null;
}

/** Evidence in full, or folded behind its summary in a hub, where hundreds of quotes would bury the list. */
function evidenceOf(graph: ActorGraph, attrs: RelationAttributes, fields: FieldMap, compact: boolean) {
  const evidence = renderEvidence(graph, attrs, fields);
  if (!evidence || !compact || evidence.querySelector('.no-evidence')) return evidence;
  return el('details', { class: 'relation-more' }, el('summary', {}, 'Evidence and source'), evidence);
}

/** What an actor's panel needs besides the graph: navigation, what is visible, the focus box and expansion. */
interface ActorContext {
  goTo: (key: string) => void;
  /** Visible relations when filters or a focus narrow the graph; null when everything shows. */
  visible: ReadonlySet<string> | null;
  focusBox: HTMLElement;
  expand: ((key: string) => void) | null;
  fields: FieldMap;
  /** The hub view kept for this actor; used once the actor has more than HUB_THRESHOLD relations. */
  hub: HubView;
  /** The actor's measures as of the date shown (see actorMeasures). */
  measures: HTMLElement;
  changed: () => void;
}

function expandButton(key: string, expand: (key: string) => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'expand', 'data-expand': key }, 'Expand');
  button.addEventListener('click', () => expand(key));
  return button;
}

function renderActor(graph: ActorGraph, key: string, ctx: ActorContext): HTMLElement {
  const { goTo, visible, expand, fields } = ctx;
  const attrs = graph.getNodeAttributes(key);
  const aliases = Array.isArray(attrs.aliases) ? attrs.aliases.filter((a) => typeof a === 'string') : [];
  const groups = getRelationGroups(graph, key, fields.relation)
    .map((group) => ({ ...group, items: visible ? group.items.filter((item) => visible.has(item.edge)) : group.items }))
    .filter((group) => group.items.length > 0);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const renderItem = (item: RelationItem, compact: boolean) =>
    el(
      'li',
      { class: 'relation', 'data-edge': item.edge },
      actorButton(graph, item.other, goTo),
      expand ? expandButton(item.other, expand) : null,
      relationMeta(item.attributes, fields),
      evidenceOf(graph, item.attributes, fields, compact),
    );
  const hub = count > HUB_THRESHOLD ? ctx.hub : null;
  return el(
    'article',
    { class: 'actor', 'data-node': key },
    el('h2', {}, actorLabel(graph, key)),
    kindBadge(fields.kind ? attrs[fields.kind] : undefined),
    typeof attrs.role === 'string' && attrs.role ? el('p', { class: 'role' }, attrs.role) : null,
    aliases.length > 0 ? el('p', { class: 'aliases' }, `Also called: ${aliases.join(', ')}`) : null,
    typeof attrs.description === 'string' ? el('p', { class: 'description' }, attrs.description) : null,
    renderAttributes(attrs),
    ctx.measures,
    editTools('actor', key),
    ctx.focusBox,
    el('h3', {}, visible ? `Relations shown (${count})` : `Relations (${count})`),
    ...renderRelationGroups(graph, groups, { fields, hub, changed: ctx.changed, renderItem }),
  );
}

/** A relation as a sentence in the file's words: "ALEX Q. MORROW Married BEATRICE MORROW", "a links to b". */
function relationSentence(graph: ActorGraph, key: string, fields: FieldMap): string {
  const relation = relationValue(graph.getEdgeAttributes(key), fields.relation);
  const words = relationWords(relation, graph.isUndirected(key) ? 'both' : 'out');
  return `${actorLabel(graph, graph.source(key))} ${words} ${actorLabel(graph, graph.target(key))}`;
}

function renderRelation(graph: ActorGraph, key: string, goTo: (key: string) => void, fields: FieldMap): HTMLElement {
  const attrs = graph.getEdgeAttributes(key);
  const evidence = renderEvidence(graph, attrs, fields);
  return el(
    'article',
    { class: 'relation-detail', 'data-edge': key },
    el('h2', {}, relationSentence(graph, key, fields)),
    el(
      'p',
      { class: 'ends' },
      actorButton(graph, graph.source(key), goTo),
      graph.isUndirected(key) ? ' — ' : ' → ',
      actorButton(graph, graph.target(key), goTo),
    ),
    relationMeta(attrs, fields),
    evidence ? el('h3', {}, 'Evidence') : null,
    evidence,
    editTools('relation', key),
    renderAttributes(attrs, [fields.relation, fields.evidence, fields.source, fields.date]),
  );
}
