// The Paths panel: the two end comboboxes, "follow direction", and the found paths listed hop by hop with evidence.

import type { ActorGraph } from '../../model/actor-graph';
import { actorLabel } from '../../model/describe-element';
import type { FieldMap } from '../../model/fields';
import type { FoundPath, PathHop } from '../../model/find-paths';
import { pluralise } from '../../model/pluralise';
import { relationValue, relationWords } from '../../model/relations-of';
import { findActor } from '../../model/search-actors';
import type { AppState } from '../../state/app-state';
import { select } from '../../state/app-state';
import { setPathQuery } from '../../state/explore-state';
import { graphChanged, selectPaths } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { el } from '../dom';
import { renderEvidence } from './evidence-list';
import { mountSearchBox } from './search-box';

const ARROWS = { forward: '→', backward: '←', undirected: '—' } as const;

function combobox(id: string, label: string): { field: HTMLElement; input: HTMLInputElement; list: HTMLElement } {
  const input = el('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const list = el('ul', { id: `${id}-options`, class: 'suggestions', hidden: true });
  const field = el(
    'p',
    { class: 'field combo' },
    el('label', { for: id }, label),
    el('span', { class: 'combo-box' }, input, list),
  );
  return { field, input, list };
}

const HOP_DIRECTION = { forward: 'out', backward: 'in', undirected: 'both' } as const;

/** A hop's relation in the file's words (the Relation field), read from the hop's first actor. */
function hopWords(graph: ActorGraph, hop: PathHop, fields: FieldMap): string {
  if (!graph.hasEdge(hop.edge)) return hop.label;
  return relationWords(relationValue(graph.getEdgeAttributes(hop.edge), fields.relation), HOP_DIRECTION[hop.direction]);
}

/** One path as an ordered list of hops, each with its relation, direction, evidence and source links. */
function renderPath(
  graph: ActorGraph,
  path: FoundPath,
  index: number,
  goTo: (key: string) => void,
  fields: FieldMap,
): HTMLElement {
  const button = (key: string) => {
    const b = el('button', { type: 'button', class: 'actor-link', 'data-node': key }, actorLabel(graph, key));
    b.addEventListener('click', () => goTo(key));
    return b;
  };
  return el(
    'li',
    { class: 'path' },
    el('h3', {}, `Path ${index + 1}: ${pluralise(path.hops.length, 'hop')}`),
    el(
      'ol',
      { class: 'hops' },
      ...path.hops.map((hop) =>
        el(
          'li',
          { class: 'hop', 'data-edge': hop.edge },
          button(hop.from),
          ` ${ARROWS[hop.direction]} ${hopWords(graph, hop, fields)} ${ARROWS[hop.direction]} `,
          button(hop.to),
          graph.hasEdge(hop.edge) ? renderEvidence(graph, graph.getEdgeAttributes(hop.edge), fields) : null,
        ),
      ),
    ),
  );
}

/**
 * The suggestion lists sit in the flow (they push "To actor" down rather than cover it) and close when their input
 * loses focus; a press on a button below an open list would blur the input at mousedown, pull the button up, and lose
 * the click. So the press keeps focus where it is, and the click gives focus to the control it lands on.
 */
function holdFocusWhileListsOpen(root: HTMLElement, lists: readonly HTMLElement[]): () => void {
  const control = (event: Event) => (event.target as Element | null)?.closest<HTMLElement>('button, [type="checkbox"]');
  const onDown = (event: MouseEvent) => {
    if (control(event) && lists.some((list) => !list.hidden)) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    const target = control(event);
    if (target && document.activeElement !== target) target.focus();
  };
  root.addEventListener('mousedown', onDown);
  root.addEventListener('click', onClick, true);
  return () => {
    root.removeEventListener('mousedown', onDown);
    root.removeEventListener('click', onClick, true);
  };
}

/** Mounts the Paths region; "Find paths" sets the path question in the store, results render from it. */
export function mountPathsPanel(root: HTMLElement, store: Store<AppState>): () => void {
  const from = combobox('path-from', 'From actor');
  const to = combobox('path-to', 'To actor');
  const chosen = { from: '', to: '' };
  const follow = el('input', { type: 'checkbox', id: 'follow-direction' });
  const find = el('button', { type: 'button', id: 'find-paths' }, 'Find paths');
  const clear = el('button', { type: 'button', id: 'clear-paths' }, 'Clear');
  const results = el('div', { class: 'path-results', 'aria-live': 'polite' });
  root.replaceChildren(
    el('h2', {}, 'Paths'),
    from.field,
    to.field,
    el('p', {}, el('label', { class: 'check' }, follow, ' Follow direction')),
    el('p', { class: 'buttons' }, find, clear),
    results,
  );
  const unholdFocus = holdFocusWhileListsOpen(root, [from.list, to.list]);
  const unmountFrom = mountSearchBox(from.input, from.list, store, (key) => {
    chosen.from = key;
  });
  const unmountTo = mountSearchBox(to.input, to.list, store, (key) => {
    chosen.to = key;
  });
  // A typed name that was never picked from the list still counts: the best match, as Enter in search would pick.
  const resolve = (input: HTMLInputElement, key: string) => {
    const graph = store.get().dataset?.graph;
    if (!graph) return '';
    if (key && graph.hasNode(key) && actorLabel(graph, key) === input.value) return key;
    return findActor(graph, input.value)?.key ?? '';
  };
  find.addEventListener('click', () => {
    const a = resolve(from.input, chosen.from);
    const b = resolve(to.input, chosen.to);
    if (!a || !b) {
      results.replaceChildren(
        el('p', { class: 'no-path' }, `Choose two actors: ${!a ? '“From actor”' : '“To actor”'} matches no actor.`),
      );
      return;
    }
    store.update((s) => setPathQuery(s, { from: a, to: b, followDirection: follow.checked }));
  });
  clear.addEventListener('click', () => store.update((s) => setPathQuery(s, null)));

  const goTo = (key: string) => store.update((s) => select(s, { type: 'node', key }));
  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    const result = selectPaths(state);
    if (state.path && graph) {
      from.input.value = actorLabel(graph, state.path.from);
      to.input.value = actorLabel(graph, state.path.to);
      chosen.from = state.path.from;
      chosen.to = state.path.to;
      follow.checked = state.path.followDirection;
    }
    if (!graph || !result) return results.replaceChildren();
    if (result.paths.length === 0) {
      return results.replaceChildren(
        el('p', { class: 'no-path' }, `No path found. ${result.explanation ?? ''}`.trim()),
      );
    }
    results.replaceChildren(
      el('ol', { class: 'paths' }, ...result.paths.map((p, i) => renderPath(graph, p, i, goTo, state.fields))),
    );
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      state.path !== previous.path || state.filters !== previous.filters || state.focus !== previous.focus;
    if (changed || graphChanged(state, previous) || state.fields !== previous.fields) render(state);
  });
  return () => {
    unholdFocus();
    unsubscribe();
    unmountFrom();
    unmountTo();
  };
}
