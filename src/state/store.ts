// A tiny observable store: get the state, replace it through pure transitions, and subscribe to changes.

/** A listener receives the new state and the one it replaced. */
export type Listener<S> = (state: S, previous: S) => void;

/** The store's interface: the only way views and commands see or change application state. */
export interface Store<S> {
  get(): S;
  update(transition: (state: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
}

/** Creates a store holding `initial`; listeners run only when a transition returns a new object. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(transition) {
      const previous = state;
      const next = transition(previous);
      if (next === previous) return;
      state = next;
      // Copy so a listener that unsubscribes during notification does not skip its neighbours.
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
