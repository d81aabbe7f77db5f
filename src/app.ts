// The composition root: creates the store, mounts the views, and owns the effectful commands (open a dataset).

import { type BundledDataset, DEFAULT_DATASET, findBundled } from './bundled-datasets';
import { type InputFile, loadDataset } from './io/load-dataset';
import { describeElement } from './model/describe-element';
import { type AppState, INITIAL_STATE, type Selection, select, setDataset, setStatus } from './state/app-state';
import { createStore } from './state/store';
import { decodeHash, encodeHash } from './state/url-hash';
import { type CanvasHandle, mountCanvas } from './view/canvas';
import { mountDatasetHeader } from './view/dataset-header';
import { mountInspector } from './view/inspector';
import { mountLegend } from './view/legend';
import { mountSearchBox } from './view/search-box';
import { mountStatusRegion } from './view/status-region';

/** The page elements the app mounts into, found by main.ts. */
export interface AppElements {
  canvas: HTMLElement;
  inspector: HTMLElement;
  legend: HTMLElement;
  search: HTMLInputElement;
  searchList: HTMLElement;
  status: HTMLElement;
  alert: HTMLElement;
  announcer: HTMLElement;
  title: HTMLElement;
  counts: HTMLElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  resetView: HTMLButtonElement;
}

/** A running app: its store, the canvas, and the commands tests and automation may call. */
export interface App {
  store: ReturnType<typeof createStore<AppState>>;
  canvas: CanvasHandle;
  openFiles(files: InputFile[], id: string, selection?: Selection): boolean;
  openBundled(dataset: BundledDataset, selection?: Selection): Promise<boolean>;
}

/** Starts the explorer: mounts every view and opens the dataset the URL names, or the default one. */
export function startApp(els: AppElements): App {
  const store = createStore<AppState>(INITIAL_STATE);
  const canvas = mountCanvas(els.canvas, store);
  mountInspector(els.inspector, store);
  mountLegend(els.legend, store);
  mountStatusRegion(els.status, els.alert, store);
  mountDatasetHeader(els.title, els.counts, store);
  mountSearchBox(els.search, els.searchList, store, (key) => {
    store.update((s) => select(s, { type: 'node', key }));
    canvas.centreOn(key);
  });
  els.zoomIn.addEventListener('click', () => canvas.zoomBy(1.25));
  els.zoomOut.addEventListener('click', () => canvas.zoomBy(0.8));
  els.resetView.addEventListener('click', () => canvas.resetView());

  // The one place that catches load errors: the status shows the problem and the graph on screen stays.
  const openFiles = (files: InputFile[], id: string, selection: Selection = null): boolean => {
    try {
      const result = loadDataset(files);
      const dataset = {
        graph: result.graph,
        id,
        name: result.name,
        formatLabel: result.formatLabel,
        warnings: result.warnings,
      };
      store.update((s) => setDataset(s, dataset, selection));
      const warned = result.warnings.length > 0;
      const message = warned
        ? `Opened ${result.name} with warnings: ${result.warnings.join(' ')}`
        : `Opened ${result.name}.`;
      store.update((s) => setStatus(s, { kind: warned ? 'warning' : 'info', message }));
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      store.update((s) => setStatus(s, { kind: 'error', message }));
      return false;
    }
  };
  const openBundled = async (dataset: BundledDataset, selection: Selection = null): Promise<boolean> => {
    store.update((s) => setStatus(s, { kind: 'loading', message: `Opening ${dataset.title}…` }));
    try {
      const response = await fetch(dataset.url);
      if (!response.ok)
        throw new Error(`${dataset.fileName}: the server answered ${response.status}. Reload the page.`);
      return openFiles([{ name: dataset.fileName, text: await response.text() }], dataset.id, selection);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      store.update((s) => setStatus(s, { kind: 'error', message }));
      return false;
    }
  };

  syncHash(store, els.announcer);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) store.update((s) => select(s, null));
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault();
      els.search.focus();
    }
  });

  const initial = decodeHash(location.hash);
  void openBundled(findBundled(initial.dataset) ?? DEFAULT_DATASET, initial.selection);
  return { store, canvas, openFiles, openBundled };
}

/** Keeps `#node=` in step with the selection, both ways, and announces each selection to screen readers. */
function syncHash(store: ReturnType<typeof createStore<AppState>>, announcer: HTMLElement): void {
  store.subscribe((state, previous) => {
    if (state.selection === previous.selection && state.dataset === previous.dataset) return;
    const id = state.dataset?.id;
    const hash = encodeHash({ dataset: id === DEFAULT_DATASET.id ? undefined : id, selection: state.selection });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.pushState(null, '', hash || `${location.pathname}${location.search}`);
    }
    const graph = state.dataset?.graph;
    if (state.selection !== previous.selection) {
      announcer.textContent =
        graph && state.selection
          ? `Selected ${describeElement(graph, state.selection.key, state.selection.type === 'node')}`
          : 'Selection cleared';
    }
  });
  window.addEventListener('popstate', () => {
    const { selection } = decodeHash(location.hash);
    store.update((s) => select(s, selection));
  });
}

/** Whether a key press lands in a text field, where "/" is text rather than a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
