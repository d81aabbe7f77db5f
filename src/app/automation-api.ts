// window.backchannel: a small API for scripts and tests that holds at every size of graph; edits go through commands.

import type { ActorGraph } from '../model/actor-graph';
import type { Command } from '../model/commands/command';
import type { AppState, Selection } from '../state/app-state';
import type { EditOutcome } from '../state/edit-graph';
import { isNarrowed, selectVisible } from '../state/select-explore';
import type { Store } from '../state/store';
import type { CanvasHandle } from '../view/canvas/mount-canvas';
import type { DraftSourceInput } from './draft-in-page';

/** A read-only view of the dataset's graphology graph; attributes are copies, so no script can change the truth. */
export interface ReadOnlyGraph {
  readonly order: number;
  readonly size: number;
  readonly type: string;
  nodes(): string[];
  edges(): string[];
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  /** The graph's own attributes (title, sources, …). */
  getAttributes(): Record<string, unknown>;
  getNodeAttributes(key: string): Record<string, unknown>;
  getEdgeAttributes(key: string): Record<string, unknown>;
  source(edge: string): string;
  target(edge: string): string;
  neighbors(node: string): string[];
  degree(node: string): number;
}

/** What `window.backchannel` holds. */
export interface AutomationApi {
  /** Resolves when the store's current dataset is drawn and no open is under way (or the last open failed). */
  ready(): Promise<void>;
  /** The current dataset's graph, read-only (empty before any dataset). */
  readonly graph: ReadOnlyGraph;
  /** Keys of the actors shown now, after filters and focus. */
  visibleActors(): string[];
  /** Keys of the relations shown now, after filters and focus, whether cytoscape or the relation layer draws them. */
  visibleRelations(): string[];
  /** The selected actor or relation, or null. */
  selection(): Selection;
  /** Keys of the actors whose labels the canvas shows now: placed without overlap, readable at the current zoom. */
  labelledActors(): string[];
  /**
   * Runs an edit command (src/model/commands: `{ type: 'add-actor', key, attributes }`, …) on the dataset shown, as
   * the edit dialogs do, with undo: what it did, or the errors by field and nothing changed. Asynchronous because the
   * commands load on first use (they are not on the first screen's budget); calls run in the order they are made.
   */
  edit(command: Command): Promise<EditReport>;
  /** Undoes the last step, as the Undo button does. */
  undo(): Promise<EditReport>;
  /** Redoes the last undone step. */
  redo(): Promise<EditReport>;
  /**
   * Drafts an article's text in the page (the drafter loads on first use) and opens its review in the Draft panel,
   * as "New from article…" does; answers how many actors and relations were drafted.
   */
  draftFromText(text: string, source?: DraftSourceInput): Promise<{ actors: number; relations: number }>;
}

/** What an edit through the API answers: the new revision, or why nothing changed (no dataset, nothing to undo). */
export type EditReport = { ok: true; name: string; revision: number } | { ok: false; errors: Record<string, string> };

let loading: Promise<typeof import('../state/edit-graph')> | null = null;
/** The commands, loaded once; one promise, so that steps asked for in a row run in that order. */
function editing() {
  loading ??= import('../state/edit-graph');
  return loading;
}

/** A step's outcome as plain data, so that it crosses page.evaluate and postMessage. */
function report(outcome: EditOutcome | null): EditReport {
  if (!outcome) return { ok: false, errors: { form: 'Nothing to do: no dataset, or no step to cross.' } };
  return outcome.ok
    ? { ok: true, name: outcome.name.past, revision: outcome.revision }
    : { ok: false, errors: { ...outcome.errors } };
}

/** A copy of attributes that shares nothing with the graph (structured data only: graphs hold no functions). */
const copy = (attrs: object): Record<string, unknown> => structuredClone(attrs) as Record<string, unknown>;

/** The read-only graph over whichever dataset the store holds when it is asked. */
function readOnlyGraph(current: () => ActorGraph | null): ReadOnlyGraph {
  const graph = () => {
    const found = current();
    if (!found) throw new Error('No dataset is open yet: await backchannel.ready() first.');
    return found;
  };
  return {
    get order() {
      return current()?.order ?? 0;
    },
    get size() {
      return current()?.size ?? 0;
    },
    get type() {
      return current()?.type ?? 'mixed';
    },
    nodes: () => current()?.nodes() ?? [],
    edges: () => current()?.edges() ?? [],
    hasNode: (key) => current()?.hasNode(key) ?? false,
    hasEdge: (key) => current()?.hasEdge(key) ?? false,
    getAttributes: () => copy(graph().getAttributes()),
    getNodeAttributes: (key) => copy(graph().getNodeAttributes(key)),
    getEdgeAttributes: (key) => copy(graph().getEdgeAttributes(key)),
    source: (edge) => graph().source(edge),
    target: (edge) => graph().target(edge),
    neighbors: (node) => graph().neighbors(node),
    degree: (node) => graph().degree(node),
  };
}

/** Whether the store's dataset is drawn and settled: nothing loading, and either a dataset or a failed open. */
function settled(state: AppState, canvas: CanvasHandle): boolean {
  if (state.status.kind === 'loading' || canvas.drawn() !== state.dataset) return false;
  return state.dataset !== null || state.status.kind === 'error';
}

/** Creates the API over the app's store and canvas. */
export function createAutomationApi(store: Store<AppState>, canvas: CanvasHandle): AutomationApi {
  const shown = () => {
    const state = store.get();
    return isNarrowed(state) ? selectVisible(state) : null;
  };
  return {
    ready: () =>
      new Promise<void>((resolve) => {
        if (settled(store.get(), canvas)) return resolve();
        const check = () => {
          if (!settled(store.get(), canvas)) return;
          offReady();
          unsubscribe();
          resolve();
        };
        const offReady = canvas.events.on('ready', check);
        const unsubscribe = store.subscribe(check);
      }),
    graph: readOnlyGraph(() => store.get().dataset?.graph ?? null),
    visibleActors: () => {
      const visible = shown();
      return visible ? [...visible.nodes] : (store.get().dataset?.graph.nodes() ?? []);
    },
    visibleRelations: () => {
      const visible = shown();
      return visible ? [...visible.edges] : (store.get().dataset?.graph.edges() ?? []);
    },
    selection: () => store.get().selection,
    labelledActors: () => canvas.labelledActors(),
    edit: (command) => editing().then((edits) => report(edits.applyEdit(store, command))),
    undo: () => editing().then((edits) => report(edits.undoEdit(store))),
    redo: () => editing().then((edits) => report(edits.redoEdit(store))),
    draftFromText: async (text, source) => {
      const review = await (await import('./draft-in-page')).draftInPage({ store, canvas }, text, source);
      const { actors, relations } = review.state.get();
      return { actors: actors.length, relations: relations.length };
    },
  };
}
