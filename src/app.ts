// The composition root: creates the store, mounts the views, and owns the effectful commands (open, export).

import { openDataset, openUrl } from './app/open-dataset';
import { BUNDLED_DATASETS, type BundledDataset, DEFAULT_DATASET, findBundled } from './bundled-datasets';
import type { InputFile } from './io/load-dataset';
import { DATA_EXPORTS } from './io/writers';
import { describeElement } from './model/describe-element';
import { type AppState, INITIAL_STATE, type Selection, select, setStatus } from './state/app-state';
import { createStore, type Store } from './state/store';
import { decodeHash, encodeHash } from './state/url-hash';
import { mountAppearanceControls } from './view/appearance-controls';
import { type CanvasHandle, mountCanvas } from './view/canvas';
import { mountDatasetHeader } from './view/dataset-header';
import { mountDatasetPicker } from './view/dataset-picker';
import { mountExportDialog } from './view/export/export-dialog';
import { mountDropZone, mountFileOpener } from './view/file-opener';
import { mountInspector } from './view/inspector';
import { mountLayoutControls } from './view/layout-controls';
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
  datasetPicker: HTMLSelectElement;
  openFile: HTMLButtonElement;
  colorBy: HTMLSelectElement;
  sizeBy: HTMLSelectElement;
  exportButton: HTMLButtonElement;
  layout: HTMLSelectElement;
  rerunLayout: HTMLButtonElement;
}

/** A running app: its store, the canvas, and the commands tests and automation may call. */
export interface App {
  store: Store<AppState>;
  canvas: CanvasHandle;
  openFiles(files: InputFile[], id?: string, selection?: Selection): Promise<boolean>;
  openBundled(dataset: BundledDataset, selection?: Selection): Promise<boolean>;
}

/** Starts the explorer: mounts every view and opens the dataset the URL names, or the default one. */
export function startApp(els: AppElements): App {
  const store = createStore<AppState>(INITIAL_STATE);
  const canvas = mountCanvas(els.canvas, store);
  const openFiles = (files: InputFile[], id = files.map((f) => f.name).join(' + '), selection: Selection = null) =>
    openDataset(store, files, id, selection);
  const openBundled = async (dataset: BundledDataset, selection: Selection = null) =>
    openUrl(store, dataset.url, dataset.id, selection).then((ok) => {
      // A bundled file is named by its id, not by the hashed asset name the build gave it.
      if (ok) store.update((s) => (s.dataset ? { ...s, dataset: { ...s.dataset, name: dataset.title } } : s));
      return ok;
    });

  mountInspector(els.inspector, store);
  mountLegend(els.legend, store);
  mountStatusRegion(els.status, els.alert, store);
  mountDatasetHeader(els.title, els.counts, store);
  mountAppearanceControls(els.colorBy, els.sizeBy, store);
  mountLayoutControls(els.layout, els.rerunLayout, store, () => void canvas.rerunLayout());
  mountDatasetPicker(els.datasetPicker, BUNDLED_DATASETS, store, (d) => void openBundled(d));
  mountFileOpener(els.openFile, (files) => void openFiles(files));
  mountDropZone(document.body, (files) => void openFiles(files));
  mountSearchBox(els.search, els.searchList, store, (key) => {
    store.update((s) => select(s, { type: 'node', key }));
    canvas.centreOn(key);
  });
  els.zoomIn.addEventListener('click', () => canvas.zoomBy(1.25));
  els.zoomOut.addEventListener('click', () => canvas.zoomBy(0.8));
  els.resetView.addEventListener('click', () => canvas.resetView());
  mountExportDialog(els.exportButton, { cy: canvas.cy, store, dataExports: DATA_EXPORTS });
  bindKeys(store, els.search);
  syncHash(store, els.announcer);

  const initial = decodeHash(location.hash);
  const dataUrl = new URLSearchParams(location.search).get('data');
  if (dataUrl) void openUrl(store, dataUrl, `url:${dataUrl}`, initial.selection);
  else void openBundled(findBundled(initial.dataset) ?? DEFAULT_DATASET, initial.selection);
  return { store, canvas, openFiles, openBundled };
}

/** Page-wide keys: Escape clears the selection, "/" focuses search. */
function bindKeys(store: Store<AppState>, search: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      store.update((s) => select(s, null));
      if (store.get().status.kind === 'error') store.update((s) => setStatus(s, { kind: 'idle', message: '' }));
    }
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault();
      search.focus();
    }
  });
}

/** Keeps `#node=` in step with the selection, both ways, and announces each selection to screen readers. */
function syncHash(store: Store<AppState>, announcer: HTMLElement): void {
  store.subscribe((state, previous) => {
    if (state.selection === previous.selection && state.dataset === previous.dataset) return;
    const id = state.dataset?.id;
    const bundled = findBundled(id) && id !== DEFAULT_DATASET.id ? id : undefined;
    const hash = encodeHash({ dataset: bundled, selection: state.selection });
    if (hash !== location.hash) history.pushState(null, '', hash || `${location.pathname}${location.search}`);
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
