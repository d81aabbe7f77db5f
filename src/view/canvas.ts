// The graph canvas: a cytoscape projection of the actor graph that follows the store's dataset and selection.

import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { type ActorGraph, createActorGraph } from '../model/actor-graph';
import { describeElement } from '../model/describe-element';
import type { LayoutName, ViewSettings } from '../model/view-settings';
import type { AppState, Dataset, Selection } from '../state/app-state';
import { select } from '../state/app-state';
import { isNarrowed, selectPaths, selectVisible } from '../state/select-explore';
import type { Store } from '../state/store';
import { buildElements, hasPositions, keyOf, type Placement } from './build-elements';
import { fitView, LABEL_FREE_FIT } from './fit-view';
import { layoutInWorker, needsWorkerLayout, positionLookup } from './force-layout';
import { mountLayoutPreview } from './layout-preview';
import { createNodeLook } from './node-appearance';
import { mountRelationLayer, type RelationLayer, type RelationPicture, type RelationSnapshot } from './relation-layer';
import { type RelationLines, relationLines, someRelationLines } from './relation-lines';
import { type RenderProfile, rendererOptions, renderProfileOf } from './render-profile';
import { resolveLayout, runLayout } from './run-layout';
import { buildStylesheet } from './stylesheet';
import { applySelection } from './sync-selection';
import { applyPaths, applyVisibility } from './sync-visibility';
import { mountTooltip } from './tooltip';

/** What the app can ask of the canvas besides following the store. */
export interface CanvasHandle {
  /** The current cytoscape core; a dataset of another size class gets a new one (see render-profile.ts). */
  readonly cy: Core;
  /** Fits the whole graph in view. */
  resetView(): void;
  /** The camera: zoom and pan. */
  getCamera(): { zoom: number; x: number; y: number };
  /** Moves the camera to a zoom and pan (from a shared link). */
  setCamera(camera: { zoom: number; x: number; y: number }): void;
  /** Calls back when the user pans or zooms (drag, wheel, pinch or the zoom buttons), not when the app fits. */
  onUserViewport(listener: () => void): void;
  /** Hears layout progress (iterations done of total) while a large graph is laid out in a worker; null when done. */
  onLayoutProgress(listener: (progress: { done: number; total: number } | null) => void): void;
  /** Stops a running worker layout, keeping the positions reached so far. */
  cancelLayout(): void;
  /** Runs the current layout again (a new random start for force-directed). */
  rerunLayout(): Promise<void>;
  /** The relations the relation layer draws (large graphs only), for an image export to draw them too. */
  relationSnapshot(): RelationSnapshot | null;
  /** Centres the view on an element, keeping the zoom unless it is too far out to read labels. */
  centreOn(id: string): void;
  zoomBy(factor: number): void;
  unmount(): void;
}

const FIT_PADDING = 30;

/** How many elements are added to the canvas between two frames; one slice holds every small graph whole. */
const ADD_SLICE = 10000;

/** How many elements are styled between two turns of the event loop (about 150 ms on these 2-core machines). */
const STYLE_SLICE = 2000;

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** How near a line (in screen pixels) a tap or hover must be to reach a relation on the relation layer. */
const HIT_RADIUS = 4;

const NO_RELATIONS: RelationPicture = { base: null, dimmed: false, highlighted: null, onPath: null };

/** The relations a selection singles out among those shown: an actor's own, or the one selected. */
function selectedRelations(
  graph: ActorGraph,
  base: RelationLines,
  selection: Selection,
  shown: ReadonlySet<string> | null,
): RelationLines | null {
  if (!selection) return null;
  if (selection.type === 'edge')
    return someRelationLines(graph, base, shown && !shown.has(selection.key) ? [] : [selection.key]);
  if (!graph.hasNode(selection.key)) return null;
  const keys = graph.edges(selection.key).filter((key) => !shown || shown.has(key));
  return someRelationLines(graph, base, keys);
}

/** A cytoscape core for a drawing profile; renderer options are fixed at creation, so a new profile needs a new core. */
function createCore(container: HTMLElement, profile: RenderProfile): Core {
  return cytoscape({
    container,
    style: buildStylesheet(profile),
    boxSelectionEnabled: false,
    selectionType: 'single',
    minZoom: 0.02,
    maxZoom: 6,
    ...rendererOptions(profile),
  });
}

/** Creates the cytoscape core in `container` and keeps it in step with the store; the store stays the truth. */
export function mountCanvas(container: HTMLElement, store: Store<AppState>): CanvasHandle {
  let profile: RenderProfile = 'detailed';
  let cy = createCore(container, profile);
  let shown: Dataset | null = null;
  let layoutRun = 0;
  const viewportListeners: (() => void)[] = [];
  let relations: RelationLayer | null = null;
  let unbind = bindCore();
  const progressListeners: ((progress: { done: number; total: number } | null) => void)[] = [];
  let cancelRunning: (() => void) | null = null;
  const layoutHooks = {
    onProgress: (done: number, total: number) => {
      for (const listener of progressListeners) listener({ done, total });
    },
    onCancellable: (cancel: (() => void) | null) => {
      cancelRunning = cancel;
      if (!cancel) for (const listener of progressListeners) listener(null);
    },
  };

  /** Wires the core's events to the store; returns the unbinding. Run again whenever the core is replaced. */
  function bindCore(): () => void {
    const onTap = (event: EventObject) => {
      const target = event.target;
      if (target !== cy) {
        store.update((s) => select(s, { type: target.isNode() ? 'node' : 'edge', key: keyOf(target) }));
        return;
      }
      // On large graphs relations are on the relation layer, beneath cytoscape: a tap on the background may be on one.
      const relation = relations?.relationAt(event.renderedPosition, HIT_RADIUS) ?? null;
      store.update((s) => select(s, relation ? { type: 'edge', key: relation } : null));
    };
    cy.on('tap', onTap);
    // Cytoscape tells user gestures apart from programmatic viewport changes only through these events.
    for (const listener of viewportListeners) cy.on('dragpan scrollzoom pinchzoom', listener);
    relations = profile === 'detailed' ? null : mountRelationLayer(container, cy);
    const layer = relations;
    const unmountTooltip = mountTooltip(
      cy,
      container,
      (id, isNode) => (shown ? describeElement(shown.graph, id, isNode) : id),
      layer ? (point) => layer.relationAt(point, HIT_RADIUS) : undefined,
    );
    return () => {
      cy.off('tap', onTap);
      unmountTooltip();
      relations?.destroy();
      relations = null;
    };
  }

  /** Replaces the core when a dataset needs another drawing profile; the old one is destroyed, never leaked. */
  function ensureProfile(next: RenderProfile): void {
    if (next === profile) return;
    unbind();
    cy.destroy();
    profile = next;
    cy = createCore(container, profile);
    unbind = bindCore();
    container.dispatchEvent(new CustomEvent('canvas-core', { bubbles: true }));
  }

  const render = async (dataset: Dataset | null) => {
    shown = dataset;
    const run = ++layoutRun;
    cancelRunning?.(); // a layout of the previous dataset has nothing left to place
    relations?.show(NO_RELATIONS);
    container.dataset.state = 'loading';
    const graph = dataset?.graph;
    ensureProfile(renderProfileOf(graph));
    container.dataset.profile = profile;
    const stored = graph ? hasPositions(graph) : false;
    const resolved = graph ? resolveLayout(store.get().view.layout, graph) : 'stored';
    const keepsStoredPositions = !!graph && resolved === 'stored';
    // A large graph without positions is laid out before cytoscape sees it: the worker's progress is sketched on a
    // plain canvas, and cytoscape styles and draws the graph once, in place, instead of at every report.
    let placement: Placement = stored;
    const inWorker = !!graph && resolved === 'force' && needsWorkerLayout(graph);
    if (graph && inWorker) {
      cy.elements().remove();
      const result = await layoutBeforeDrawing(graph);
      if (run !== layoutRun) return;
      placement = result ? positionLookup(result) : false;
    }
    // Beyond the detailed profile cytoscape holds actors only and the relation layer draws every relation.
    const elements = graph ? buildElements(graph, placement, store.get().view, !relations) : [];
    // One batch for the whole graph, so cytoscape styles and draws once; large graphs are added in slices with a
    // turn of the event loop between them (still inside the batch, so nothing is drawn half-built), and a click
    // made meanwhile is answered.
    cy.startBatch();
    try {
      cy.elements().remove();
      for (let at = 0; at < elements.length; at += ADD_SLICE) {
        if (at > 0) await nextTurn();
        if (run !== layoutRun) return;
        cy.add(elements.slice(at, at + ADD_SLICE));
      }
    } finally {
      cy.endBatch();
    }
    // Cytoscape styles what changed lazily, inside its next frame: for a large graph that made the first frame one
    // task of many seconds (22 s at 50k/150k). Styling here in slices, while a batch holds drawing back, leaves
    // that frame only the drawing, and the page answers input between slices.
    cy.startBatch();
    try {
      if (profile !== 'detailed') {
        const all = cy.elements();
        for (let at = 0; at < all.length; at += STYLE_SLICE) {
          await nextTurn();
          if (run !== layoutRun) return;
          const end = Math.min(all.length, at + STYLE_SLICE);
          for (let i = at; i < end; i++) all[i]?.style('display'); // reading a style property applies the stylesheet
        }
      }
      // With positions known the camera is set before the first draw: drawing a large graph at the default
      // viewport and again after fitting would cost seconds.
      if (keepsStoredPositions || inWorker) fitView(cy);
    } finally {
      cy.endBatch();
    }
    // Let the panels that render from the same update (legend, header) take their room, then fit again only if
    // they changed the canvas size.
    const before = { w: cy.width(), h: cy.height() };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    cy.resize();
    const resized = cy.width() !== before.w || cy.height() !== before.h;
    if (inWorker) {
      if (resized) fitView(cy);
    } else if (!keepsStoredPositions || resized) {
      await runLayout(cy, store.get().view.layout, {
        graph: graph ?? createActorGraph(),
        sizeBy: store.get().view.sizeBy,
        use: cytoscape.use,
        animate: false,
        ...layoutHooks,
      });
    }
    if (run !== layoutRun) return; // a newer dataset arrived while this one was being laid out
    applyVisibility(cy, store.get());
    applyPaths(cy, store.get());
    applySelection(cy, store.get().selection, relations ? graph : undefined);
    syncRelations(store.get());
    container.dataset.state = 'ready';
    container.dispatchEvent(new CustomEvent('canvas-ready', { bubbles: true }));
  };

  /** The lines of every relation shown, kept while the graph and the visible set stay the same. */
  let baseLines: { graph: ActorGraph; shown: ReadonlySet<string> | null; lines: RelationLines } | null = null;

  /** Hands the relation layer what filters, focus, selection and a found path make of the relations (large graphs). */
  const syncRelations = (state: AppState) => {
    if (!relations) return;
    const graph = state.dataset?.graph;
    if (!graph) {
      relations.show(NO_RELATIONS);
      return;
    }
    const shown = isNarrowed(state) ? selectVisible(state).edges : null;
    if (baseLines?.graph !== graph || baseLines.shown !== shown)
      baseLines = { graph, shown, lines: relationLines(graph, shown) };
    const base = baseLines.lines;
    const paths = selectPaths(state)?.paths ?? [];
    const onPath = paths.length
      ? someRelationLines(
          graph,
          base,
          paths.flatMap((path) => path.hops.map((hop) => hop.edge)),
        )
      : null;
    const highlighted = selectedRelations(graph, base, state.selection, shown);
    relations.show({ base, dimmed: paths.length > 0, highlighted, onPath });
  };

  /** Runs the worker layout with a sketch of its progress, cancellable; resolves with the positions reached. */
  const layoutBeforeDrawing = async (graph: ActorGraph) => {
    const preview = mountLayoutPreview(container);
    const run = layoutInWorker(graph, { onProgress: layoutHooks.onProgress, onPositions: preview.draw });
    layoutHooks.onCancellable(run.cancel);
    try {
      return await run.done;
    } finally {
      preview.remove();
      layoutHooks.onCancellable(null);
    }
  };

  const relayout = async (graph: ActorGraph, name: LayoutName) => {
    container.dataset.state = 'layout';
    const { sizeBy } = store.get().view;
    await runLayout(cy, name, { graph, sizeBy, use: cytoscape.use, animate: true, ...layoutHooks });
    container.dataset.state = 'ready';
  };

  // On large graphs the canvas marks a selection after the next paint: restyling a neighbourhood and redrawing
  // thousands of elements would otherwise hold back the inspector's answer to the same click by a few hundred ms.
  let selectionQueued = false;
  const showSelection = () => {
    if (profile === 'detailed') {
      applySelection(cy, store.get().selection);
      return;
    }
    if (selectionQueued) return;
    selectionQueued = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        selectionQueued = false;
        applySelection(cy, store.get().selection, relations ? store.get().dataset?.graph : undefined);
        syncRelations(store.get());
      }, 0),
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) {
      void render(state.dataset);
      return;
    }
    const restyled = state.view !== previous.view || state.measuresVersion !== previous.measuresVersion;
    if (restyled && state.dataset) restyle(cy, state.dataset.graph, state.view);
    if (state.view.layout !== previous.view.layout && state.dataset)
      void relayout(state.dataset.graph, state.view.layout);
    const narrowed = state.filters !== previous.filters || state.focus !== previous.focus;
    if (narrowed) applyVisibility(cy, state);
    if (narrowed || state.path !== previous.path) {
      applyPaths(cy, state);
      syncRelations(state);
    }
    if (state.selection !== previous.selection) showSelection();
    if (state.focus !== previous.focus || (state.path !== previous.path && state.path)) fitVisible(cy);
  });

  // Cytoscape caches its container size; tell it when the page layout changes it.
  const resizeObserver = new ResizeObserver(() => cy.resize());
  resizeObserver.observe(container);
  if (store.get().dataset) void render(store.get().dataset);

  return {
    get cy() {
      return cy;
    },
    getCamera: () => ({ zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y }),
    setCamera: (camera) => cy.viewport({ zoom: camera.zoom, pan: { x: camera.x, y: camera.y } }),
    onUserViewport(listener) {
      viewportListeners.push(listener);
      cy.on('dragpan scrollzoom pinchzoom', listener);
      container.addEventListener('user-zoom', listener);
    },
    onLayoutProgress(listener) {
      progressListeners.push(listener);
    },
    relationSnapshot: () => relations?.snapshot() ?? null,
    cancelLayout() {
      cancelRunning?.();
    },
    rerunLayout: async () => {
      const state = store.get();
      if (state.dataset)
        await relayout(state.dataset.graph, state.view.layout === 'auto' ? 'force' : state.view.layout);
    },
    resetView: () =>
      cy.elements().length > LABEL_FREE_FIT
        ? fitView(cy, FIT_PADDING)
        : cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING } }, { duration: 250 }),
    centreOn(id) {
      const element = cy.getElementById(id); // actors only: their cytoscape id is their key
      if (element.empty()) return;
      // Pan and zoom together, computed for the final zoom, so the element ends exactly at the centre.
      const zoom = Math.max(cy.zoom(), 1);
      const { x, y } = element.position();
      cy.animate({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } }, { duration: 250 });
    },
    zoomBy(factor) {
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
      container.dispatchEvent(new Event('user-zoom'));
    },
    unmount() {
      unsubscribe();
      resizeObserver.disconnect();
      unbind();
      cy.destroy();
    },
  };
}

/**
 * Re-applies colours and sizes after a "Colour by" or "Size by" change, without rebuilding the elements. Only
 * actors whose look changed are touched: new data makes cytoscape restyle the element, and the view also changes
 * for other reasons (the measures arrive after every load), which restyled a 50k graph for nothing.
 */
function restyle(cy: Core, graph: ActorGraph, settings: ViewSettings): void {
  const look = createNodeLook(graph, settings);
  cy.batch(() => {
    graph.forEachNode((key, attrs) => {
      const node = cy.getElementById(key);
      if (node.empty()) return;
      const next = look(attrs, key);
      const drawn = node.data() as Record<string, unknown>;
      if (Object.entries(next).some(([name, value]) => drawn[name] !== value)) node.data(next);
    });
  });
}

/** Fits the camera to what is shown (the path when one is highlighted), so a focus or path lands in view. */
function fitVisible(cy: Core): void {
  const onPath = cy.elements('.on-path');
  const target = onPath.nonempty() ? onPath : cy.elements().not('.hidden');
  if (target.empty()) return;
  if (target.length > LABEL_FREE_FIT) fitView(cy, FIT_PADDING, target);
  else cy.animate({ fit: { eles: target, padding: FIT_PADDING } }, { duration: 300 });
}
