// The composition root: creates the store, mounts the views, and owns the effectful commands (open, export).

import { bindKeys } from './app/bind-keys';
import { canLink, copyLink, LOCAL_PREFIX } from './app/copy-link';
import { type EditElements, mountEditActions } from './app/edit-actions';
import { editFields } from './app/edit-fields';
import { type KeepElements, mountKeeping } from './app/keep-in-browser';
import { listen } from './app/listen';
import { mountLater } from './app/mount-later';
import { createOpener } from './app/open-dataset';
import { syncUrl } from './app/url-sync';
import { BUNDLED_DATASETS, type BundledDataset, DEFAULT_DATASET, findBundled } from './bundled-datasets';
import type { InputFile } from './io/load-types';
import { type AppState, INITIAL_STATE, type Selection, select, setStatus } from './state/app-state';
import { applyViewQuery } from './state/explore-state';
import { applyFields } from './state/field-state';
import { isLocalId } from './state/keep-state';
import { createStore, type Store } from './state/store';
import { decodeViewQuery } from './state/view-query';
import { mountAppearanceControls } from './view/appearance/appearance-controls';
import { type CanvasHandle, mountCanvas } from './view/canvas/mount-canvas';
import { mountExportButton } from './view/export/export-button';
import { mountLayoutControls } from './view/layout/layout-controls';
import { mountLayoutProgress } from './view/layout/layout-progress';
import { mountDatasetPicker } from './view/open/dataset-picker';
import { mountDropZone, mountFileOpener } from './view/open/file-opener';
import { mountPage, type PageElements } from './view/page/mount-page';
import { mountDatasetHeader } from './view/panels/dataset-header';
import { mountLegend } from './view/panels/legend';
import { mountListView } from './view/panels/list-view';
import { mountSearchBox } from './view/panels/search-box';
import { mountStatusRegion } from './view/panels/status-region';

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
  filters: HTMLElement;
  paths: HTMLElement;
  ranking: HTMLElement;
  /** The Time panel's region; absent in pages without one. */
  time?: HTMLElement;
  copyLink: HTMLButtonElement;
  actorTable: HTMLElement;
  listToggle: HTMLButtonElement;
  progress: HTMLProgressElement;
  loadProgress: HTMLProgressElement;
  cancelLayout: HTMLButtonElement;
  /** "New from article…": the dialog and the drafter load at its first press. */
  draftArticle: HTMLButtonElement;
  page: PageElements;
  edit: EditElements;
  keep: Omit<KeepElements, 'openFile'>;
}

/** A running app: its store, the canvas, and the commands tests and automation may call. */
export interface App {
  store: Store<AppState>;
  canvas: CanvasHandle;
  /** Opens files; the last open asked for wins (resolves false when a newer one took over, or on failure). */
  openFiles(files: InputFile[], id?: string, selection?: Selection): Promise<boolean>;
  openBundled(dataset: BundledDataset, selection?: Selection): Promise<boolean>;
  /** Releases everything the app holds: views, listeners, subscriptions, workers, opens under way, the canvas. */
  destroy(): void;
}

/** Starts the explorer: mounts every view and opens the dataset the URL names, or the default one. */
export function startApp(els: AppElements): App {
  const store = createStore<AppState>(INITIAL_STATE);
  const canvas = mountCanvas(els.canvas, store);
  const opener = createOpener(store);
  const openFiles = (files: InputFile[], id = files.map((f) => f.name).join(' + '), selection: Selection = null) =>
    opener.openFiles(files, id, selection);
  const openBundled = async (dataset: BundledDataset, selection: Selection = null) =>
    opener.openUrl(dataset.url, dataset.id, selection, dataset.fileName).then((ok) => {
      // The header names a bundled dataset by its title when the file itself has none.
      if (ok) store.update((s) => (s.dataset ? { ...s, dataset: { ...s.dataset, name: dataset.title } } : s));
      return ok;
    });
  // Everything mounted or listened to is kept here, and released by destroy(), last first.
  const unmounts: (() => void)[] = [() => canvas.unmount()];
  const keep = (...added: (() => void)[]) => unmounts.push(...added);
  const keeping = mountKeeping({ ...els.keep, openFile: els.openFile }, store, opener, () =>
    openBundled(DEFAULT_DATASET),
  );

  keep(
    // Nothing is selected and no path asked on the first frame: the inspector's and the Paths panel's code can wait.
    mountLater(() => import('./view/panels/inspector').then((m) => () => m.mountInspector(els.inspector, store))),
    mountLegend(els.legend, store),
    mountStatusRegion(els.status, els.alert, els.loadProgress, store),
    mountDatasetHeader(els.title, els.counts, store, () => void editFields(store)),
    mountAppearanceControls(els.colorBy, els.sizeBy, store),
    mountLayoutControls(els.layout, els.rerunLayout, store, () => void canvas.rerunLayout()),
    mountDatasetPicker(els.datasetPicker, BUNDLED_DATASETS, store, (d) => void openBundled(d), keeping.picker),
    mountFileOpener(els.openFile, (files) => void openFiles(files)),
    mountDropZone(document.body, (files) => void openFiles(files)),
    mountSearchBox(els.search, els.searchList, store, (key) => {
      store.update((s) => select(s, { type: 'node', key }));
      canvas.centreOn(key);
    }),
    listen(els.zoomIn, 'click', () => canvas.zoomBy(1.25)),
    listen(els.zoomOut, 'click', () => canvas.zoomBy(0.8)),
    listen(els.resetView, 'click', () => canvas.resetView()),
    // A getter: the canvas replaces its core for datasets of another size class.
    mountExportButton(els.exportButton, {
      get cy() {
        return canvas.cy;
      },
      relationSnapshot: () => canvas.relationSnapshot(),
      store,
    }),
    // The side panels fill in just after the first frame; the canvas is what the page opens on.
    mountLater(() => import('./view/panels/filters-panel').then((m) => () => m.mountFiltersPanel(els.filters, store))),
    mountLater(() => import('./view/panels/paths-panel').then((m) => () => m.mountPathsPanel(els.paths, store))),
    mountLater(() => import('./view/panels/ranking-panel').then((m) => () => m.mountRankingPanel(els.ranking, store))),
    // The Time panel is built after the first frame anyway (its index waits for the canvas): so can its code.
    els.time ? mountTimeLater(els.time, store) : () => {},
    mountListView(els.actorTable, els.listToggle, store),
    // Measures are computed asynchronously anyway (their code is loaded with import()): so can their loader's be.
    mountLater(() => import('./app/measure-loader').then((m) => () => m.mountMeasureLoader(store))),
    mountLayoutProgress(els.progress, els.cancelLayout, canvas),
    listen(els.copyLink, 'click', () => void copyLink(store, !!keeping.keeper.state.get().current)),
    bindKeys(store, els.search),
    mountPage(els.page, store),
    // Quotes citing a drafted article are checked against its text, kept with the dataset.
    mountEditActions(els.edit, store, () => ({ sourceTexts: keeping.keeper.texts() })),
    listen(els.draftArticle, 'click', () =>
      import('./app/draft-article').then((d) => d.draftArticle({ store, canvas, texts: keeping.keeper.texts })),
    ),
    // A kept dataset is named by ?local=, not by the hash.
    syncUrl(store, canvas, els.announcer, (s) => (keeping.keeper.state.get().current ? undefined : datasetInLink(s))),
    () => keeping.unmount(),
  );

  // A shared link reopens its whole view once its dataset has loaded; the camera once the canvas has drawn.
  const initial = decodeViewQuery(location.hash);
  const restore = (ok: boolean) => {
    if (!ok) return;
    // A view made for another dataset (a local file the link could not carry) must not land on this one.
    if (initial.dataset?.startsWith(LOCAL_PREFIX) && !isLocalId(store.get().dataset?.id)) {
      const message = `This link was made for ${initial.dataset?.replace(LOCAL_PREFIX, '')}, which a link cannot carry: showing ${store.get().dataset?.name} as it opens.`;
      store.update((s) => setStatus(s, { kind: 'warning', message }));
      return;
    }
    store.update((s) => applyViewQuery(initial.fields ? applyFields(s, initial.fields) : s, initial));
    const camera = initial.camera;
    if (!camera) return;
    const off = canvas.events.on('ready', () => {
      off();
      canvas.setCamera(camera);
    });
    keep(off);
  };
  // What the address names first (a dataset kept here, a ?data= file, a bundled one), else the one kept last.
  const params = new URLSearchParams(location.search);
  const [localId, dataUrl] = [params.get('local'), params.get('data')];
  const openDefault = () => openBundled(findBundled(initial.dataset) ?? DEFAULT_DATASET, initial.selection);
  if (localId) void keeping.openLink(localId, initial.selection).then(restore);
  else if (dataUrl) void opener.openUrl(dataUrl, `url:${dataUrl}`, initial.selection).then(restore);
  else if (initial.dataset) void openDefault().then(restore);
  else
    void keeping
      .openLast(initial.selection)
      .then((ok) => (ok === null ? openDefault() : ok))
      .then(restore);
  const destroy = () => {
    opener.destroy(); // first, so no open under way lands in a store whose views are gone
    for (const unmount of unmounts.splice(0).reverse()) unmount();
  };
  return { store, canvas, openFiles, openBundled, destroy };
}

/** How a link names the dataset shown: a bundled one by id (the default by nothing), a local file as such. */
function datasetInLink(state: AppState): string | undefined {
  const dataset = state.dataset;
  if (!dataset) return undefined;
  if (!canLink(dataset)) return `${LOCAL_PREFIX}${dataset.id}`;
  return findBundled(dataset.id) && dataset.id !== DEFAULT_DATASET.id ? dataset.id : undefined;
}

/** The Time panel, its code loaded with import() once the page is up. */
function mountTimeLater(root: HTMLElement, store: Store<AppState>): () => void {
  return mountLater(() => import('./view/panels/time-panel').then((m) => () => m.mountTimePanel(root, store)));
}
