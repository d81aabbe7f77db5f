// The "Top actors" region: the ten actors ranking highest by degree, betweenness or PageRank (as of the date).

import type { ActorGraph } from '../../model/actor-graph';
import { isMeasure, MEASURES, rankActors } from '../../model/measure-names';
import type { AppState } from '../../state/app-state';
import { select, setViewSettings } from '../../state/app-state';
import { graphChanged, isNarrowed, selectVisible } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { onlyTimeMoved } from '../../state/time-state';
import { MEASURE_LABELS } from '../appearance/measure-labels';
import { el, renderKeepingFocus } from '../dom';
import { asOfText, type MeasureReading, readMeasure } from './measures-as-of';

/** How many actors the ranking lists. */
export const TOP_N = 10;

/** What the ranking says it is of (the date, or that it is being computed) and its rows, dimmed while stale. */
function rankingBody(reading: MeasureReading, date: string | null, rows: HTMLElement[]): (HTMLElement | null)[] {
  const said = reading.current ? `Ranked as of ${date}` : `Ranking as of ${date}…`;
  const stale = reading.values && !reading.current ? el('p', { class: 'stale-note' }, `Showing ${reading.of}.`) : null;
  return [
    date ? el('p', { class: 'ranked-as-of', id: 'ranked-as-of' }, said) : null,
    stale,
    reading.values
      ? el('ol', { class: reading.current ? 'ranking' : 'ranking stale' }, ...rows)
      : el('p', { class: 'computing' }, 'Computing…'),
  ];
}

/** Renders the ranking by the measure chosen here (set to the "Size by" measure when that is one). */
export function mountRankingPanel(root: HTMLElement, store: Store<AppState>): () => void {
  // The rows last ranked: a step of the date whose values are still being computed keeps them (dimmed) and says so,
  // instead of ranking 20,000 stale values again among the actors the new date shows.
  let lastRows: HTMLElement[] = [];
  const render = (state: AppState, rank = true) => {
    const graph = state.dataset?.graph;
    if (!graph) return root.replaceChildren();
    const chosen = state.view.rankBy;
    const picker = el(
      'select',
      { id: 'rank-by' },
      ...MEASURES.map((m) => el('option', { value: m }, MEASURE_LABELS[m])),
    );
    picker.value = chosen;
    picker.addEventListener('change', () => {
      if (isMeasure(picker.value)) {
        const rankBy = picker.value;
        store.update((s) => setViewSettings(s, { rankBy }));
      }
    });
    // As of a date the values are of the network shown then (only the actors present have one); while they are
    // computed the last ranking stays, dimmed and said to be of its own date, and the region is busy.
    const reading = readMeasure(state, chosen);
    const values = reading.values ?? {};
    const date = asOfText(state);
    if (rank || reading.current) lastRows = rankRows(state, graph, values);
    root.setAttribute('aria-busy', String(!reading.current));
    renderKeepingFocus(root, [
      el('h2', {}, 'Top actors'),
      el('p', { class: 'field' }, el('label', { for: 'rank-by' }, 'Rank by'), picker),
      ...rankingBody(reading, date, lastRows),
    ]);
  };
  const rankRows = (state: AppState, graph: ActorGraph, values: Readonly<Record<string, number>>) => {
    // With nothing narrowed every actor is shown: no visible set to make (a pass over the graph after each edit).
    const visible = isNarrowed(state) ? selectVisible(state).nodes : undefined;
    const digits = state.view.rankBy === 'degree' ? 0 : 3;
    return rankActors(graph, values, TOP_N, visible).map((row) => {
      const button = el('button', { type: 'button', class: 'actor-link', 'data-node': row.key }, row.label);
      button.addEventListener('click', () => store.update((s) => select(s, { type: 'node', key: row.key })));
      return el('li', {}, button, el('span', { class: 'value' }, ` ${row.value.toFixed(digits)}`));
    });
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    const changed =
      graphChanged(state, previous) || state.view !== previous.view || state.measures !== previous.measures;
    if (changed || state.focus !== previous.focus) render(state);
    // A filter changes who is ranked; the date moving changes the values themselves (measures follow the date):
    // until those arrive, the last rows stay, said to be of their own date.
    else if (state.filters !== previous.filters) render(state, !onlyTimeMoved(state.filters, previous.filters));
  });
}
