// The canvas's one channel to the rest of the app: a small typed event emitter.

import type { Core } from 'cytoscape';
import type { Dataset } from '../../state/app-state';

/** What the canvas tells the app. */
export interface CanvasEvents {
  /** A dataset (or none) has been drawn: laid out, styled and synced; `#canvas[data-state]` is 'ready' now. */
  ready: { dataset: Dataset | null };
  /** A dataset of another size class got a new cytoscape core (renderer options are fixed at creation). */
  core: { cy: Core };
  /** The user panned or zoomed (drag, wheel, pinch or a zoom button), not the app fitting the view. */
  userViewport: undefined;
  /** Progress of a worker layout of a large graph (iterations done of total); null when it ends. */
  layoutProgress: { done: number; total: number } | null;
}

/** Subscribe with `on` (it returns the unsubscribe); the owner emits. */
export interface Emitter<E> {
  on<K extends keyof E>(name: K, listener: (payload: E[K]) => void): () => void;
  emit<K extends keyof E>(name: K, payload: E[K]): void;
  /** Drops every listener (on unmount). */
  clear(): void;
}

/** Creates an emitter; a listener that unsubscribes while an event is delivered does not make others miss it. */
export function createEmitter<E>(): Emitter<E> {
  const listeners = new Map<keyof E, Set<(payload: never) => void>>();
  return {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(listener as (payload: never) => void));
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    emit(name, payload) {
      for (const listener of [...(listeners.get(name) ?? [])]) (listener as (p: typeof payload) => void)(payload);
    },
    clear: () => listeners.clear(),
  };
}
