// The page around the views: panels that fold on narrow screens, the skip links, and the graph as printed.

import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';
import { mountPanelToggles } from './panel-toggles';
import { mountPrintGraph } from './print-graph';
import { mountSkipLinks } from './skip-links';

/** The page elements this room wires (index.html). */
export interface PageElements {
  skipLinks: HTMLElement;
  exploreToggle: HTMLButtonElement;
  inspectorToggle: HTMLButtonElement;
  sidebar: HTMLElement;
  inspector: HTMLElement;
  canvas: HTMLElement;
}

/** Mounts the panel toggles, the skip links and the print image; returns one unmount for all three. */
export function mountPage(els: PageElements, store: Store<AppState>): () => void {
  const toggles = mountPanelToggles(
    [
      { button: els.exploreToggle, panel: els.sidebar },
      { button: els.inspectorToggle, panel: els.inspector },
    ],
    els.inspector,
    store,
  );
  const unmountSkipLinks = mountSkipLinks(els.skipLinks, toggles.reveal);
  const unmountPrint = mountPrintGraph(els.canvas);
  return () => {
    unmountPrint();
    unmountSkipLinks();
    toggles.unmount();
  };
}
