// The "Top actors" region: the ten actors ranking highest by degree, betweenness or PageRank.

import { isMeasure, MEASURES, rankActors } from '../../model/measure-names';
import type { AppState } from '../../state/app-state';
import { select, setViewSettings } from '../../state/app-state';
import { graphChanged, isNarrowed, selectMeasure, selectVisible } from '../../state/select-explore';
import { stepOf } from '../../state/select-time';
import type { Store } from '../../state/store';
import { onlyTimeMoved } from '../../state/time-state';
import { MEASURE_LABELS } from '../appearance/measure-labels';
import { el, renderKeepingFocus } from '../dom';

/** How many actors the ranking lists. */
export const TOP_N = 10;

/**
 * Whether only the as-of date moved and left the same actors shown (a step where only relations came or went), so
 * the ranking among them stands.
 */
function sameActorsAfterStep(state: AppState, previous: AppState): boolean {
  if (!onlyTimeMoved(state.filters, previous.filters) || !isNarrowed(state) || !isNarrowed(previous)) return false;
  const step = stepOf(selectVisible(state).nodes);
  return !!step && step.added.length === 0 && step.removed.length === 0;
}

/** Renders the ranking by the measure chosen here (set to the "Size by" measure when that is one). */
export function mountRankingPanel(root: HTMLElement, store: Store<AppState>): () => void {
  const render = (state: AppState) => {
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
    const computed = selectMeasure(state, chosen);
    const values = computed ?? {};
    // With nothing narrowed every actor is shown: no visible set to make (a pass over the graph after each edit).
    const visible = isNarrowed(state) ? selectVisible(state).nodes : undefined;
    const digits = chosen === 'degree' ? 0 : 3;
    const rows = rankActors(graph, values, TOP_N, visible).map((row) => {
      const button = el('button', { type: 'button', class: 'actor-link', 'data-node': row.key }, row.label);
      button.addEventListener('click', () => store.update((s) => select(s, { type: 'node', key: row.key })));
      return el('li', {}, button, el('span', { class: 'value' }, ` ${row.value.toFixed(digits)}`));
    });
    renderKeepingFocus(root, [
      el('h2', {}, 'Top actors'),
      el('p', { class: 'field' }, el('label', { for: 'rank-by' }, 'Rank by'), picker),
      computed ? el('ol', { class: 'ranking' }, ...rows) : el('p', { class: 'computing' }, 'Computing…'),
    ]);
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    const changed =
      graphChanged(state, previous) || state.view !== previous.view || state.measures !== previous.measures;
    if (changed || state.focus !== previous.focus) render(state);
    else if (state.filters !== previous.filters && !sameActorsAfterStep(state, previous)) render(state);
  });
}
