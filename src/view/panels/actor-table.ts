// The list view: a table of the visible actors with kind and the chosen measure, in step with the canvas.

import { isMeasure } from '../../model/measure-names';
import { pluralise } from '../../model/pluralise';
import { KIND_LABELS } from '../../model/schema';
import type { AppState } from '../../state/app-state';
import { select } from '../../state/app-state';
import { selectMeasure, selectVisible } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { MEASURE_LABELS } from '../appearance/measure-labels';
import { el, renderKeepingFocus } from '../dom';

/** The most rows the table renders; beyond it the canvas, search and filters are the way in. */
export const MAX_TABLE_ROWS = 2000;

function kindText(kind: unknown): string {
  if (typeof kind !== 'string') return '';
  return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as keyof typeof KIND_LABELS] : kind;
}

/** Renders the table into `root` while it is shown; the toggle swaps it with the canvas. Returns an unmount. */
export function mountActorTable(root: HTMLElement, toggle: HTMLButtonElement, store: Store<AppState>): () => void {
  let shown = false;
  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    if (!shown || !graph) return root.replaceChildren();
    const measure = isMeasure(state.view.sizeBy) ? state.view.sizeBy : 'degree';
    const values = selectMeasure(state, measure) ?? {};
    const visible = selectVisible(state).nodes;
    const keys = graph.filterNodes((key) => visible.has(key));
    keys.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
    const selected = state.selection?.type === 'node' ? state.selection.key : null;
    // The Kind column reads the Kind field; a file without one gets no empty column.
    const kindField = state.fields.kind;
    const rows = keys.slice(0, MAX_TABLE_ROWS).map((key) => {
      const attrs = graph.getNodeAttributes(key);
      const button = el('button', { type: 'button', class: 'actor-link', 'data-node': key }, attrs.label || key);
      button.addEventListener('click', () => store.update((s) => select(s, { type: 'node', key })));
      const value = values[key] ?? 0;
      return el(
        'tr',
        { 'aria-selected': String(key === selected), class: key === selected ? 'selected' : undefined },
        el('th', { scope: 'row' }, button),
        kindField ? el('td', {}, kindText(attrs[kindField])) : null,
        el('td', { class: 'num' }, measure === 'degree' ? String(value) : value.toFixed(3)),
      );
    });
    renderKeepingFocus(root, [
      el(
        'table',
        { class: 'actor-table' },
        el('caption', {}, `${pluralise(keys.length, 'actor')}, by ${MEASURE_LABELS[measure].toLowerCase()}`),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Actor'),
            kindField ? el('th', { scope: 'col' }, 'Kind') : null,
            el('th', { scope: 'col' }, MEASURE_LABELS[measure]),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    ]);
  };
  const onToggle = () => {
    shown = !shown;
    toggle.setAttribute('aria-pressed', String(shown));
    root.hidden = !shown;
    render(store.get());
  };
  toggle.addEventListener('click', onToggle);
  toggle.setAttribute('aria-pressed', 'false');
  root.hidden = true;
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      state.dataset !== previous.dataset || state.selection !== previous.selection || state.fields !== previous.fields;
    if (
      changed ||
      state.filters !== previous.filters ||
      state.focus !== previous.focus ||
      state.view !== previous.view ||
      state.measures !== previous.measures
    ) {
      render(state);
    }
  });
  return () => {
    unsubscribe();
    toggle.removeEventListener('click', onToggle);
  };
}
