// The "Dataset" select: the bundled datasets, "My datasets" kept in this browser, and "Your file" for a user's file.

import type { AppState } from '../../state/app-state';
import type { KeepState, KeptSummary } from '../../state/keep-state';
import type { Store } from '../../state/store';
import { el } from '../dom';

/** What the picker shows of a dataset; the app's bundled list (src/bundled-datasets.ts) has this shape and more. */
export interface PickerDataset {
  id: string;
  title: string;
  /** Where the data comes from, shown as the option's tooltip. */
  source: string;
}

/** The datasets kept in this browser, and what to do when one is chosen. */
export interface PickerKept {
  state: Store<KeepState>;
  onPick: (id: string) => void;
}

const OWN_FILE = '@file';
const KEPT_PREFIX = 'kept:';

/** When a kept dataset last changed, as the picker says it ("Dec 7, 2026, 8:15 AM"). */
export function changedAt(changed: number): string {
  return new Date(changed).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function keptOption(summary: KeptSummary): HTMLOptionElement {
  const when = changedAt(summary.changed);
  const option = el('option', { value: `${KEPT_PREFIX}${summary.id}`, title: `Kept in this browser, changed ${when}` });
  option.textContent = `${summary.title} · ${when}`;
  return option;
}

/** The option for the dataset shown: the kept one it is saved as, else its bundled one, else "Your file". */
function shownValue(id: string | undefined, keep: KeepState | undefined, datasets: readonly PickerDataset[]): string {
  const current = keep?.current?.id;
  if (current !== undefined) return keep?.kept.some((k) => k.id === current) ? `${KEPT_PREFIX}${current}` : OWN_FILE;
  return id !== undefined && datasets.some((d) => d.id === id) ? id : OWN_FILE;
}

/**
 * Fills the select with the bundled datasets and those kept in this browser, and calls `onPick` (or the kept
 * list's `onPick`) on a choice; follows the store. Returns an unmount.
 */
export function mountDatasetPicker<D extends PickerDataset>(
  select: HTMLSelectElement,
  datasets: readonly D[],
  store: Store<AppState>,
  onPick: (dataset: D) => void,
  kept?: PickerKept,
): () => void {
  const own = el('option', { value: OWN_FILE, disabled: true }, 'Your file');
  const mine = el('optgroup', { label: 'My datasets' });
  const bundled = datasets.map((d) => el('option', { value: d.id, title: d.source }, d.title));
  select.replaceChildren(...bundled, mine, own);
  const render = () => {
    const dataset = store.get().dataset;
    const keep = kept?.state.get();
    mine.replaceChildren(...(keep?.kept ?? []).map(keptOption));
    mine.hidden = mine.childElementCount === 0;
    const value = shownValue(dataset?.id, keep, datasets);
    own.hidden = value !== OWN_FILE;
    const name = dataset?.name ?? '';
    own.textContent = dataset?.id.startsWith('local-') ? `${name} (not saved yet)` : `Your file: ${name}`;
    select.value = value;
  };
  const onChange = () => {
    if (select.value.startsWith(KEPT_PREFIX)) return kept?.onPick(select.value.slice(KEPT_PREFIX.length));
    const chosen = datasets.find((d) => d.id === select.value);
    if (chosen) onPick(chosen);
  };
  select.addEventListener('change', onChange);
  render();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) render();
  });
  const unsubscribeKept = kept?.state.subscribe(render);
  return () => {
    unsubscribe();
    unsubscribeKept?.();
    select.removeEventListener('change', onChange);
  };
}
