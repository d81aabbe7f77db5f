// "Focus on this actor": depth and direction choices, the button, and "Leave focus" while a focus is active.

import { FOCUS_DEPTHS, FOCUS_DIRECTIONS, type FocusDepth, type FocusDirection } from '../../model/focus';
import type { AppState } from '../../state/app-state';
import { setFocus } from '../../state/explore-state';
import type { Store } from '../../state/store';
import { el } from '../dom';

const DIRECTION_LABELS: Record<FocusDirection, string> = { both: 'Both ways', out: 'Outgoing', in: 'Incoming' };

/** The focus box for an actor; remembers the last depth and direction chosen across actors. */
export function createFocusControls(store: Store<AppState>): (key: string, state: AppState) => HTMLElement {
  let depth: FocusDepth = 1;
  let direction: FocusDirection = 'both';
  return (key, state) => {
    const focus = state.focus;
    const depthSelect = el(
      'select',
      { id: 'focus-depth' },
      ...FOCUS_DEPTHS.map((d) => el('option', { value: String(d) }, String(d))),
    );
    depthSelect.value = String(focus?.depth ?? depth);
    const directionSelect = el(
      'select',
      { id: 'focus-direction' },
      ...FOCUS_DIRECTIONS.map((d) => el('option', { value: d }, DIRECTION_LABELS[d])),
    );
    directionSelect.value = focus?.direction ?? direction;
    const button = el('button', { type: 'button', id: 'focus-button' }, 'Focus on this actor');
    button.addEventListener('click', () => {
      depth = Number(depthSelect.value) as FocusDepth;
      direction = directionSelect.value as FocusDirection;
      store.update((s) => setFocus(s, { centre: key, depth, direction }));
    });
    const leave = el('button', { type: 'button', id: 'leave-focus' }, 'Leave focus');
    leave.addEventListener('click', () => store.update((s) => setFocus(s, null)));
    return el(
      'div',
      { class: 'focus-box' },
      el('label', { for: 'focus-depth' }, 'Depth '),
      depthSelect,
      el('label', { for: 'focus-direction' }, ' Direction '),
      directionSelect,
      el('p', { class: 'buttons' }, button, focus ? leave : null),
    );
  };
}
