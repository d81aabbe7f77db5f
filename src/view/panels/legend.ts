// The on-screen legend: the sections of legend-content.ts drawn as small shapes and line samples.

import type { AppState } from '../../state/app-state';
import { graphChanged } from '../../state/select-explore';
import type { Store } from '../../state/store';
import type { KindStyle } from '../appearance/kind-style';
import { type LegendLine, type LegendSection, legendSections } from '../appearance/legend-content';
import { shapeSvg } from '../appearance/shape-svg';
import { el } from '../dom';

export { kindsPresent } from '../appearance/legend-content';

function lineSample(line: LegendLine): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const sample = document.createElementNS(ns, 'line');
  const attrs = { x1: '1', y1: '5', x2: '27', y2: '5', stroke: line.color ?? '#4a5563', 'stroke-width': '2' };
  for (const [k, v] of Object.entries(attrs)) sample.setAttribute(k, v);
  if (line.dash.length > 0) sample.setAttribute('stroke-dasharray', line.dash.join(' '));
  svg.appendChild(sample);
  return svg;
}

function renderSection(section: LegendSection): HTMLElement[] {
  const items = [
    ...section.swatches.map((s) =>
      el('li', {}, shapeSvg({ color: s.color, shape: s.shape as KindStyle['shape'] }, 14) as unknown as Node, s.label),
    ),
    ...section.lines.map((line) => el('li', {}, lineSample(line) as unknown as Node, line.label)),
  ];
  const parts: HTMLElement[] = [el('h3', {}, section.heading)];
  parts.push(items.length > 0 ? el('ul', {}, ...items) : el('p', {}, section.note ?? ''));
  if (items.length > 0 && section.note) parts.push(el('p', {}, section.note));
  return parts;
}

/** Renders the legend for the current dataset and view into `root`; returns an unmount. */
export function mountLegend(root: HTMLElement, store: Store<AppState>): () => void {
  const render = (state: AppState) => {
    if (!state.dataset) return root.replaceChildren();
    root.replaceChildren(...legendSections(state.dataset, state.view, state.measures).flatMap(renderSection));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    const changed = graphChanged(state, previous) || state.view !== previous.view;
    if (changed || state.measures !== previous.measures) render(state);
  });
}
