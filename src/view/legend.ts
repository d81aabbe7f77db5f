// The legend: the kinds present in the dataset with their colour and shape, stance colours and line styles.

import type { ActorGraph } from '../model/actor-graph';
import { ACTOR_KINDS, KIND_LABELS } from '../model/schema';
import { FROM_FILE } from '../model/view-settings';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import { el } from './dom';
import { CERTAINTY_LINES, KIND_STYLES, type KindStyle, STANCE_COLORS } from './kind-style';
import { categoryColors } from './node-appearance';
import { shapeSvg } from './shape-svg';

/** The most categories the legend lists before summing the rest up. */
const MAX_LEGEND_CATEGORIES = 12;

/** Legend entries for colouring by an attribute other than the vocabulary's kinds. */
function categoryLegend(graph: ActorGraph, colorBy: string | null): HTMLElement[] {
  if (!colorBy || colorBy === 'kind') return [];
  if (colorBy === FROM_FILE) return [el('p', {}, 'Colours as stored in the file')];
  const colors = [...categoryColors(graph, colorBy)];
  const shown = colors.slice(0, MAX_LEGEND_CATEGORIES);
  return [
    el('h3', {}, colorBy),
    el(
      'ul',
      { class: 'legend-kinds' },
      ...shown.map(([value, color]) => item(shapeSvg({ color, shape: 'ellipse' }, 14), value)),
      colors.length > shown.length ? el('li', {}, `and ${colors.length - shown.length} more`) : null,
    ),
  ];
}

/** Kinds of the vocabulary present in the graph, in vocabulary order, with their counts. */
export function kindsPresent(graph: ActorGraph): { kind: (typeof ACTOR_KINDS)[number]; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, attrs) => {
    if (typeof attrs.kind === 'string') counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1);
  });
  return ACTOR_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

function lineSample(color: string, dash: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '5', x2: '27', y2: '5', stroke: color, 'stroke-width': '2' })) {
    line.setAttribute(k, v);
  }
  if (dash) line.setAttribute('stroke-dasharray', dash);
  svg.appendChild(line);
  return svg;
}

function item(sample: Element, text: string): HTMLElement {
  return el('li', {}, sample as unknown as Node, text);
}

/** Renders the legend for the current dataset into `root`; returns an unmount. */
export function mountLegend(root: HTMLElement, store: Store<AppState>): () => void {
  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    if (!graph) return root.replaceChildren();
    const colorBy = state.view.colorBy;
    const kinds = colorBy === 'kind' ? kindsPresent(graph) : [];
    const stances = Object.entries(STANCE_COLORS);
    const dashes = { solid: '', dashed: '6 3', dotted: '1.5 3' };
    const parts: (HTMLElement | null)[] = [
      kinds.length > 0 ? el('h3', {}, 'Kinds') : null,
      ...categoryLegend(graph, colorBy),
      el(
        'ul',
        { class: 'legend-kinds' },
        ...kinds.map(({ kind, count }) =>
          item(shapeSvg(KIND_STYLES[kind] as KindStyle, 14), `${KIND_LABELS[kind]} (${count})`),
        ),
      ),
      el('h3', {}, 'Stance'),
      el('ul', {}, ...stances.map(([stance, color]) => item(lineSample(color, ''), stance))),
      el('h3', {}, 'Certainty'),
      el(
        'ul',
        {},
        ...Object.entries(CERTAINTY_LINES).map(([certainty, line]) =>
          item(lineSample('#4a5563', dashes[line]), certainty),
        ),
      ),
    ];
    root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (
      state.dataset !== previous.dataset ||
      state.view !== previous.view ||
      state.measuresVersion !== previous.measuresVersion
    ) {
      render(state);
    }
  });
}
