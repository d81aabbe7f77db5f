// The List view: every visible actor in a real table, sortable by any column; only the rows in view are in the DOM.

import type { ActorGraph } from '../../model/actor-graph';
import { isMeasure, type Measure } from '../../model/measure-names';
import { pluralise } from '../../model/pluralise';
import type { AppState } from '../../state/app-state';
import { select } from '../../state/app-state';
import { graphChanged, selectMeasure, selectVisible } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { MEASURE_LABELS } from '../appearance/measure-labels';
import { el, renderKeepingFocus } from '../dom';
import {
  type ActorRow,
  DEFAULT_SORT,
  makeRows,
  NO_VALUES,
  nextSort,
  type RowInputs,
  sameInputs,
  sortRows,
  type TableColumn,
  type TableSort,
} from './table-rows';
import { createVirtualRows, type VirtualRows } from './virtual-rows';
import './actor-table.css';

/** How the caption says the order: "by name, A to Z", "by degree, highest first". */
function orderWords(sort: TableSort, measure: Measure): string {
  if (sort.column === 'value')
    return `by ${MEASURE_LABELS[measure].toLowerCase()}, ${sort.descending ? 'highest' : 'lowest'} first`;
  return `by ${sort.column === 'label' ? 'name' : 'kind'}, ${sort.descending ? 'Z to A' : 'A to Z'}`;
}

/** The table around the rows: caption, sortable header row, and the body the rows are drawn into. */
function tableOf(caption: string, count: number, heads: (HTMLElement | null)[], tbody: HTMLElement): HTMLElement {
  return el(
    'table',
    // The header row is row 1 of aria-rowcount: screen readers announce the real size, not the rows drawn.
    { class: 'actor-table', 'aria-rowcount': String(count + 1) },
    el('caption', {}, caption),
    el('thead', {}, el('tr', { 'aria-rowindex': '1' }, ...heads)),
    tbody,
  );
}

/** Renders the table into `root` while it is shown; the toggle swaps it with the canvas. Returns an unmount. */
export function mountActorTable(root: HTMLElement, toggle: HTMLButtonElement, store: Store<AppState>): () => void {
  let shown = false;
  let sort: TableSort = DEFAULT_SORT;
  let inputs: RowInputs | null = null;
  let rows: ActorRow[] = [];
  let sortedFor: { rows: ActorRow[]; sort: TableSort } | null = null;
  let body: VirtualRows | null = null;
  let selected: string | null = null;
  let measure: Measure = 'degree';

  const headerCell = (column: TableColumn, label: string) => {
    const sorted = sort.column === column;
    const mark = el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sorted ? (sort.descending ? '▼' : '▲') : '');
    const button = el('button', { type: 'button', class: 'sort-button', id: `sort-${column}` }, label, mark);
    button.addEventListener('click', () => {
      sort = nextSort(sort, column);
      render(store.get());
    });
    const order = sorted ? (sort.descending ? 'descending' : 'ascending') : undefined;
    return el('th', { scope: 'col', class: `col-${column}`, 'aria-sort': order }, button);
  };

  const rowElement = (row: ActorRow, index: number) =>
    el(
      'tr',
      {
        'data-node': row.key,
        'aria-rowindex': String(index + 2), // the header row is row 1
        'aria-selected': String(row.key === selected),
        class: row.key === selected ? 'selected' : undefined,
      },
      el(
        'th',
        { scope: 'row' },
        el('button', { type: 'button', class: 'actor-link', 'data-node': row.key }, row.label),
      ),
      inputs?.kindField ? el('td', {}, row.kind) : null,
      el('td', { class: 'num' }, measure === 'degree' ? String(row.value) : row.value.toFixed(3)),
    );

  /** Makes the rows again when what they show changed, and sorts them again when that or the sort changed. */
  const refreshRows = (state: AppState, graph: ActorGraph): RowInputs => {
    const next = {
      graph,
      visible: selectVisible(state).nodes,
      values: selectMeasure(state, measure) ?? NO_VALUES,
      kindField: state.fields.kind,
    };
    const same = sameInputs(inputs, next);
    if (!same) inputs = next;
    // A file without a Kind field has no Kind column, and so no sort by it.
    if (sort.column === 'kind' && !next.kindField) sort = DEFAULT_SORT;
    if (!same || sortedFor?.sort !== sort) {
      // A new sort of the same rows reorders those already made.
      sortedFor = { rows: sortRows(same && sortedFor ? sortedFor.rows : makeRows(next), sort), sort };
    }
    rows = sortedFor?.rows ?? [];
    return next;
  };

  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    body = null;
    if (!shown || !graph) return root.replaceChildren();
    measure = isMeasure(state.view.sizeBy) ? state.view.sizeBy : 'degree';
    const next = refreshRows(state, graph);
    selected = state.selection?.type === 'node' ? state.selection.key : null;
    const tbody = el('tbody');
    const caption = `${pluralise(rows.length, 'actor')}, ${orderWords(sort, measure)}`;
    const heads = [
      headerCell('label', 'Actor'),
      next.kindField ? headerCell('kind', 'Kind') : null,
      headerCell('value', MEASURE_LABELS[measure]),
    ];
    renderKeepingFocus(root, [tableOf(caption, rows.length, heads, tbody)]);
    const columns = next.kindField ? 3 : 2;
    body = createVirtualRows(root, tbody, rows.length, columns, (i) => rowElement(rows[i] as ActorRow, i));
    body.paint(true);
  };

  const onScroll = () => body?.paint();
  const onClick = (event: MouseEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('tbody tr[data-node]');
    const key = row?.dataset.node;
    if (key) store.update((s) => select(s, { type: 'node', key }));
  };
  const onToggle = () => {
    shown = !shown;
    toggle.setAttribute('aria-pressed', String(shown));
    root.hidden = !shown;
    render(store.get());
  };
  // Any scroll, of the list or of the page around it, can bring other rows into view.
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const resize = new ResizeObserver(onScroll);
  resize.observe(root);
  root.addEventListener('click', onClick);
  toggle.addEventListener('click', onToggle);
  toggle.setAttribute('aria-pressed', 'false');
  root.hidden = true;
  const unsubscribe = store.subscribe((state, previous) => {
    if (!shown) return;
    const remade =
      graphChanged(state, previous) ||
      state.fields !== previous.fields ||
      state.filters !== previous.filters ||
      state.focus !== previous.focus ||
      state.view !== previous.view ||
      state.measures !== previous.measures ||
      state.history.revision !== previous.history.revision;
    if (remade) render(state);
    else if (state.selection !== previous.selection) {
      selected = state.selection?.type === 'node' ? state.selection.key : null;
      body?.paint(true);
    }
  });
  return () => {
    unsubscribe();
    document.removeEventListener('scroll', onScroll, { capture: true });
    resize.disconnect();
    root.removeEventListener('click', onClick);
    toggle.removeEventListener('click', onToggle);
  };
}
