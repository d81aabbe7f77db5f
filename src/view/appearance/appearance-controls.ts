// The "Colour by" and "Size by" selects, listing the dataset's categorical and numeric node attributes.

import { isMeasure, MEASURES } from '../../model/measure-names';
import { describeNodeAttributes } from '../../model/node-attributes';
import type { AppState } from '../../state/app-state';
import { setViewSettings } from '../../state/app-state';
import type { Store } from '../../state/store';
import { FROM_FILE } from '../../state/view-settings';
import { el } from '../dom';
import { MEASURE_LABELS } from './measure-labels';
import { COMMUNITY } from './node-appearance';

/** Options of a select: value and text. */
type Choice = [value: string, text: string];

function fill(select: HTMLSelectElement, choices: Choice[], value: string | null): void {
  select.replaceChildren(...choices.map(([v, text]) => el('option', { value: v }, text)));
  select.value = value ?? '';
}

/** Keeps the two selects in step with the dataset and the view settings; returns an unmount. */
export function mountAppearanceControls(
  colorSelect: HTMLSelectElement,
  sizeSelect: HTMLSelectElement,
  store: Store<AppState>,
): () => void {
  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    const { categorical, numeric } = graph ? describeNodeAttributes(graph) : { categorical: [], numeric: [] };
    const colorChoices: Choice[] = [
      ['', 'One colour'],
      ...categorical.map((n): Choice => [n, n]),
      [COMMUNITY, 'Community (Louvain)'],
    ];
    const sizeChoices: Choice[] = [
      ['', 'One size'],
      ...MEASURES.map((m): Choice => [m, MEASURE_LABELS[m]]),
      ...numeric.filter((n) => n !== 'size' && !isMeasure(n)).map((n): Choice => [n, n]),
    ];
    if (state.view.colorBy === FROM_FILE || graph?.someNode((_k, a) => typeof a.color === 'string')) {
      colorChoices.splice(1, 0, [FROM_FILE, 'Colours in the file']);
    }
    if (state.view.sizeBy === FROM_FILE || graph?.someNode((_k, a) => typeof a.size === 'number')) {
      sizeChoices.splice(1, 0, [FROM_FILE, 'Sizes in the file']);
    }
    fill(colorSelect, colorChoices, state.view.colorBy);
    fill(sizeSelect, sizeChoices, state.view.sizeBy);
  };
  const onColor = () => store.update((s) => setViewSettings(s, { colorBy: colorSelect.value || null }));
  const onSize = () => {
    const sizeBy = sizeSelect.value || null;
    // Sizing by a measure ranks the top actors by it too, so the list explains what the canvas shows.
    store.update((s) => setViewSettings(s, isMeasure(sizeBy) ? { sizeBy, rankBy: sizeBy } : { sizeBy }));
  };
  colorSelect.addEventListener('change', onColor);
  sizeSelect.addEventListener('change', onSize);
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset || state.view !== previous.view) render(state);
  });
  return () => {
    unsubscribe();
    colorSelect.removeEventListener('change', onColor);
    sizeSelect.removeEventListener('change', onSize);
  };
}
