// The "As of" slider over the distinct dates: arrows step to the next date, PageUp/PageDown by a tenth, Home/End.

import type { TimeIndex } from '../../model/time/time-index';
import { formatTime } from '../../model/time/time-value';
import { el } from '../dom';

/** The slider, the date beside it, and a way to move it to a state's as-of value. */
export interface AsOfSlider {
  node: HTMLElement;
  input: HTMLInputElement;
  /** Shows an as-of value (undefined: all dates) without telling anyone. */
  show(asOf: string | undefined, at: number | undefined): void;
  /** The position the slider is at, 0 to the last date; the last date while all dates are shown. */
  position(): number;
}

/** The position of the last distinct date at or before `at` (the first when `at` comes before every date). */
export function positionOf(dates: readonly number[], at: number): number {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((dates[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const STEP_KEYS: Record<string, (pos: number, last: number, page: number) => number> = {
  ArrowRight: (p) => p + 1,
  ArrowUp: (p) => p + 1,
  ArrowLeft: (p) => p - 1,
  ArrowDown: (p) => p - 1,
  PageUp: (p, _l, page) => p + page,
  PageDown: (p, _l, page) => p - page,
  Home: () => 0,
  End: (_p, last) => last,
};

/** Builds the slider for an index; `onPick` gets the as-of text of the date moved to. */
export function asOfSlider(index: TimeIndex, onPick: (asOf: string) => void): AsOfSlider {
  const last = index.dates.length - 1;
  const text = (pos: number) => formatTime(index.dates[pos] as number, index.axis);
  const input = el('input', { type: 'range', id: 'as-of', min: '0', max: String(last), step: '1' });
  const output = el('output', { id: 'as-of-value', for: 'as-of' }, 'All dates');
  // Steps that come faster than frames (a held key, a drag) are applied once per animation frame, at the newest
  // position: each still moves the slider on from the last one, so a single step always lands on the next date.
  let pending: number | null = null;
  let frame = 0;
  const pick = (pos: number) => {
    pending = Math.max(0, Math.min(last, pos));
    input.value = String(pending);
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const at = pending;
      pending = null;
      if (at !== null) onPick(text(at));
    });
  };
  input.addEventListener('input', () => pick(Number(input.value)));
  // The keys are handled here so that End from "All dates" still picks the last date (the value does not move).
  input.addEventListener('keydown', (event) => {
    const step = STEP_KEYS[event.key];
    if (!step) return;
    event.preventDefault();
    pick(step(pending ?? Number(input.value), last, Math.max(2, Math.round(index.dates.length / 10))));
  });
  return {
    node: el('p', { class: 'field as-of' }, el('label', { for: 'as-of' }, 'As of'), input, output),
    input,
    show(asOf, at) {
      if (pending !== null) return; // a step waits for its frame: the state shown is already behind it
      const pos = at === undefined ? last : positionOf(index.dates, at);
      input.value = String(pos);
      output.textContent = asOf ?? 'All dates';
      input.setAttribute('aria-valuetext', asOf ?? `All dates (slider at ${text(last)})`);
    },
    position: () => Number(input.value),
  };
}
