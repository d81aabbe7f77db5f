// Turns graphology's own events into a change set: which actors and relations were added, removed or updated.

import type { ActorGraph } from '../actor-graph';

/** Keys that changed, by how. A key whose element was dropped and added again (a merged relation's new end) is in both removed and added. */
export interface KeyChanges {
  added: Set<string>;
  removed: Set<string>;
  updated: Set<string>;
}

/** What one step changed, for views to follow without rebuilding. */
export interface ChangeSet {
  actors: KeyChanges;
  relations: KeyChanges;
  /** Actors whose relations changed (ends of added and removed relations): their degree may have moved. */
  relinked: Set<string>;
  /** The graph attributes (title, sources, ...) changed. */
  dataset: boolean;
  /** Something changed wholesale (cleared, every attribute at once): rebuild rather than follow. */
  whole: boolean;
}

/** Whether a change set changes who is linked to whom (betweenness, PageRank and communities go stale). */
export function isStructural(changes: ChangeSet): boolean {
  const { actors, relations } = changes;
  return changes.whole || actors.added.size + actors.removed.size + relations.added.size + relations.removed.size > 0;
}

interface Trace {
  before: boolean;
  after: boolean;
  recreated: boolean;
  updated: boolean;
}

/** The life of each key within one step, netted to what the views must do. */
class Ledger {
  private readonly traces = new Map<string, Trace>();

  add(key: string): void {
    const trace = this.traces.get(key);
    if (trace) Object.assign(trace, { after: true, recreated: trace.recreated || trace.before });
    else this.traces.set(key, { before: false, after: true, recreated: false, updated: false });
  }

  drop(key: string): void {
    const trace = this.traces.get(key);
    if (trace) trace.after = false;
    else this.traces.set(key, { before: true, after: false, recreated: false, updated: false });
  }

  update(key: string): void {
    const trace = this.traces.get(key);
    if (trace) trace.updated = true;
    else this.traces.set(key, { before: true, after: true, recreated: false, updated: true });
  }

  net(): KeyChanges {
    const changes: KeyChanges = { added: new Set(), removed: new Set(), updated: new Set() };
    for (const [key, { before, after, recreated }] of this.traces) {
      if (before && !after) changes.removed.add(key);
      else if (!before && after) changes.added.add(key);
      else if (before && after && recreated) {
        changes.removed.add(key);
        changes.added.add(key);
      } else if (before && after) changes.updated.add(key);
    }
    return changes;
  }
}

/** A recorder of a graph's events: `take` returns what changed since the last take, `stop` unsubscribes. */
export interface ChangeRecorder {
  take(): ChangeSet;
  stop(): void;
}

type Payload = { key: string; source: string; target: string };

/** Starts recording the graph's changes; views subscribe once and take a change set per step. */
export function recordChanges(graph: ActorGraph): ChangeRecorder {
  let actors = new Ledger();
  let relations = new Ledger();
  let relinked = new Set<string>();
  let dataset = false;
  let whole = false;
  const touchEnds = ({ source, target }: Payload) => relinked.add(source).add(target);
  const handlers: Record<string, (payload: Payload) => void> = {
    nodeAdded: ({ key }) => actors.add(key),
    nodeDropped: ({ key }) => actors.drop(key),
    nodeAttributesUpdated: ({ key }) => actors.update(key),
    edgeAdded: (payload) => {
      relations.add(payload.key);
      touchEnds(payload);
    },
    edgeDropped: (payload) => {
      relations.drop(payload.key);
      touchEnds(payload);
    },
    edgeAttributesUpdated: ({ key }) => relations.update(key),
    attributesUpdated: () => {
      dataset = true;
    },
    cleared: () => {
      whole = true;
    },
    edgesCleared: () => {
      whole = true;
    },
    eachNodeAttributesUpdated: () => {
      whole = true;
    },
    eachEdgeAttributesUpdated: () => {
      whole = true;
    },
  };
  // One loose listener type for all the events: each handler reads only the fields its event carries.
  const events = graph as unknown as {
    on(e: string, h: (p: Payload) => void): void;
    removeListener(e: string, h: (p: Payload) => void): void;
  };
  for (const [event, handler] of Object.entries(handlers)) events.on(event, handler);
  return {
    take() {
      const changes = { actors: actors.net(), relations: relations.net(), relinked, dataset, whole };
      actors = new Ledger();
      relations = new Ledger();
      relinked = new Set();
      dataset = false;
      whole = false;
      return changes;
    },
    stop() {
      for (const [event, handler] of Object.entries(handlers)) events.removeListener(event, handler);
    },
  };
}

/** Runs `change` on the graph and returns its result with the change set it caused. */
export function collectChanges<T>(graph: ActorGraph, change: () => T): { result: T; changes: ChangeSet } {
  const recorder = recordChanges(graph);
  try {
    const result = change();
    return { result, changes: recorder.take() };
  } finally {
    recorder.stop();
  }
}
