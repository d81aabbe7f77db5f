// Entry point: finds the page's elements, starts the app, and exposes window.app, window.backchannel and window.cy.

import type { Core } from 'cytoscape';
import { type App, type AppElements, startApp } from './app';
import { type AutomationApi, createAutomationApi } from './app/automation-api';
import './style.css';
// After style.css, so that the printed page's rules win over the screen's.
import './view/page/print.css';

declare global {
  interface Window {
    /** The cytoscape core, for automation and debugging; the selected actor is `cy.$(':selected')`. */
    cy: Core;
    /** The read-only automation API, the same at every size of graph (see README "For automation"). */
    backchannel: AutomationApi;
    /** The running app, for tests and automation: its store, its open commands, and `destroy()`. */
    app: App;
  }
}

/** Finds an element by id or fails loudly: a missing element is a bug in index.html, not in the data. */
function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no element #${id}`);
  return found as T;
}

const elements: AppElements = {
  canvas: byId('canvas'),
  inspector: byId('inspector-body'),
  legend: byId('legend'),
  search: byId('search'),
  searchList: byId('search-options'),
  status: byId('status'),
  alert: byId('alert'),
  announcer: byId('announcer'),
  title: byId('dataset-title'),
  counts: byId('dataset-counts'),
  zoomIn: byId('zoom-in'),
  zoomOut: byId('zoom-out'),
  resetView: byId('reset-view'),
  datasetPicker: byId('dataset-picker'),
  openFile: byId('open-file'),
  colorBy: byId('color-by'),
  sizeBy: byId('size-by'),
  exportButton: byId('export'),
  layout: byId('layout'),
  rerunLayout: byId('rerun-layout'),
  filters: byId('filters'),
  paths: byId('paths'),
  ranking: byId('ranking'),
  time: byId('time'),
  copyLink: byId('copy-link'),
  actorTable: byId('actor-table'),
  listToggle: byId('list-toggle'),
  progress: byId('progress'),
  loadProgress: byId('load-progress'),
  cancelLayout: byId('cancel-layout'),
  draftArticle: byId('draft-article'),
  page: {
    skipLinks: byId('skip-links'),
    exploreToggle: byId('explore-toggle'),
    inspectorToggle: byId('inspector-toggle'),
    sidebar: byId('sidebar'),
    inspector: byId('inspector'),
    canvas: byId('canvas'),
  },
  edit: {
    addActor: byId('add-actor'),
    addRelation: byId('add-relation'),
    undo: byId('undo'),
    redo: byId('redo'),
    inspector: byId('inspector-body'),
  },
  keep: {
    newDataset: byId('new-dataset'),
    deleteKept: byId('delete-kept'),
    notice: byId('keep-notice'),
    saved: byId('keep-saved'),
    emptyNote: byId('empty-note'),
  },
};

const app = startApp(elements);
window.app = app;
// A getter, since a dataset of another size class gets a new core (renderer options are fixed at creation).
Object.defineProperty(window, 'cy', { get: () => app.canvas.cy, configurable: true });
window.backchannel = createAutomationApi(app.store, app.canvas);
