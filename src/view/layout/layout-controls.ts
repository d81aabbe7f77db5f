// The "Layout" select and the "Re-run layout" button.

import type { AppState } from '../../state/app-state';
import { setViewSettings } from '../../state/app-state';
import type { Store } from '../../state/store';
import { isLayoutName, LAYOUT_NAMES } from '../../state/view-settings';
import { hasPositions } from '../canvas/build-elements';
import { el } from '../dom';
import { LAYOUT_LABELS } from './layout-labels';

/** Keeps the select in step with the state and offers "Positions in the file" only when the file has them. */
export function mountLayoutControls(
  select: HTMLSelectElement,
  rerun: HTMLButtonElement,
  store: Store<AppState>,
  onRerun: () => void,
): () => void {
  const render = (state: AppState) => {
    const stored = state.dataset ? hasPositions(state.dataset.graph) : false;
    const names = LAYOUT_NAMES.filter((name) => name !== 'stored' || stored);
    select.replaceChildren(...names.map((name) => el('option', { value: name }, LAYOUT_LABELS[name])));
    select.value = state.view.layout;
  };
  const onChange = () => {
    const layout = select.value;
    if (isLayoutName(layout)) store.update((s) => setViewSettings(s, { layout }));
  };
  select.addEventListener('change', onChange);
  rerun.addEventListener('click', onRerun);
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset || state.view.layout !== previous.view.layout) render(state);
  });
  return () => {
    unsubscribe();
    select.removeEventListener('change', onChange);
    rerun.removeEventListener('click', onRerun);
  };
}
