// The Time panel: the As of slider over its histogram, Play/Pause, Include undated, and Compare dates with Changes.

import { asOfInstant } from '../../model/time/time-filter';
import { timeHistogram as histogramBins } from '../../model/time/time-histogram';
import { hasTime, type TimeIndex } from '../../model/time/time-index';
import { formatTime } from '../../model/time/time-value';
import type { AppState } from '../../state/app-state';
import { selectChanges, selectTimeIndex } from '../../state/select-time';
import type { Store } from '../../state/store';
import { setAsOf, setCompare, setIncludeUndated } from '../../state/time-state';
import { el } from '../dom';
import { type AsOfSlider, asOfSlider } from './as-of-slider';
import { renderChanges } from './changes-list';
import { type CompareForm, compareForm } from './compare-form';
import { timeHistogram } from './time-histogram';
import { timePlayer } from './time-player';
import './time-panel.css';

/** How long after a dataset opens the panel builds its index: past the first frame of the canvas. */
const BUILD_DELAY_MS = 50;

/** What one build of the panel holds for its index, so updates touch only what moved. */
interface Built {
  index: TimeIndex;
  slider: AsOfSlider;
  mark: (at: number | null) => void;
  undated: HTMLInputElement;
  compare: CompareForm;
  changes: HTMLElement;
  stop: () => void;
}

/** The player's step: from the start when all dates are shown or the end is reached, else one date on. */
function playStep(index: TimeIndex, store: Store<AppState>, slider: AsOfSlider) {
  const last = index.dates.length - 1;
  return (start: boolean): boolean => {
    const atEnd = store.get().filters.asOf === undefined || slider.position() >= last;
    const pos = start && atEnd ? 0 : slider.position() + 1;
    if (pos > last) return false;
    store.update((s) => setAsOf(s, formatTime(index.dates[pos] as number, index.axis)));
    return pos < last;
  };
}

/** Builds the panel's controls for an index into `root`. */
function buildPanel(root: HTMLElement, index: TimeIndex, store: Store<AppState>): Built {
  const pickAsOf = (asOf: string | null) => store.update((s) => setAsOf(s, asOf));
  const first = formatTime(index.dates[0] as number, index.axis);
  const last = formatTime(index.dates[index.dates.length - 1] as number, index.axis);
  const slider = asOfSlider(index, pickAsOf);
  const histogram = timeHistogram(histogramBins(index, 40), `Relations beginning per period, ${first} to ${last}`);
  const player = timePlayer(playStep(index, store, slider));
  const all = el('button', { type: 'button', id: 'time-all' }, 'All dates');
  all.addEventListener('click', () => pickAsOf(null));
  player.node.append(all);
  const undated = el('input', { type: 'checkbox', id: 'include-undated' });
  undated.addEventListener('change', () => store.update((s) => setIncludeUndated(s, undated.checked)));
  const compare = compareForm(
    index.axis,
    { first, last },
    (pair) => store.update((s) => setAsOf(setCompare(s, pair), pair.to)),
    () => store.update((s) => setCompare(s, null)),
  );
  const changes = el('section', { id: 'changes', class: 'changes', 'aria-label': 'Changes', 'aria-live': 'polite' });
  root.replaceChildren(
    el('h2', {}, 'Time'),
    slider.node,
    histogram.node,
    player.node,
    el('p', {}, el('label', { class: 'check' }, undated, ' Include undated')),
    compare.node,
    changes,
  );
  return { index, slider, mark: histogram.mark, undated, compare, changes, stop: player.stop };
}

/** Renders the Time region into `root` (hidden when nothing is dated); returns an unmount. */
export function mountTimePanel(root: HTMLElement, store: Store<AppState>): () => void {
  let built: Built | null = null;

  const build = (state: AppState) => {
    built?.stop();
    built = null;
    const index = selectTimeIndex(state);
    root.hidden = !index || !hasTime(index);
    if (!index || root.hidden) return root.replaceChildren();
    built = buildPanel(root, index, store);
  };

  const showAsOf = (state: AppState) => {
    if (!built) return;
    const { index } = built;
    const at = asOfInstant(index.graph, state.filters.asOf);
    built.slider.show(at === undefined ? undefined : state.filters.asOf, at);
    const [first, last] = [index.dates[0] as number, index.dates[index.dates.length - 1] as number];
    built.mark(
      at === undefined ? null : last > first ? (Math.min(Math.max(at, first), last) - first) / (last - first) : 0,
    );
    built.undated.checked = state.filters.includeUndated !== false;
  };

  const showCompare = (state: AppState) => {
    if (!built) return;
    const found = selectChanges(state);
    const { index } = built;
    const text = (t: number) => formatTime(t, index.axis);
    built.compare.show(found ? { from: text(found.from), to: text(found.to) } : null);
    if (!found) return built.changes.replaceChildren();
    renderChanges(built.changes, index.graph, found.changes, `from ${text(found.from)} to ${text(found.to)}`);
  };

  const render = (state: AppState) => {
    build(state);
    showAsOf(state);
    showCompare(state);
  };
  // The index is built after the first frame, unless the as-of date needs it sooner (a link with asOf=).
  let later: ReturnType<typeof setTimeout> | undefined;
  const renderSoon = () => {
    clearTimeout(later);
    later = setTimeout(() => render(store.get()), BUILD_DELAY_MS);
  };
  renderSoon();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) {
      built?.stop();
      built = null;
      root.hidden = true;
      return renderSoon();
    }
    if (state.history.revision !== previous.history.revision) return render(state);
    if (state.filters !== previous.filters) showAsOf(state);
    if (state.compare !== previous.compare) showCompare(state);
  });
  return () => {
    clearTimeout(later);
    built?.stop();
    unsubscribe();
  };
}
