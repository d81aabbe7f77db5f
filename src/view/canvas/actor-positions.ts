// Where each actor stands on the canvas, by a slot of its own: the array the relation layer strokes from.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';

/** The positions the canvas owns; updated when a layout stops, an actor moves or an edit adds one, read by every redraw. */
export interface ActorPositions {
  /** Actor keys by slot (the order relation lines index into): the graph's order at load, then actors added since. */
  readonly nodes: readonly string[];
  /** Each actor's slot in `nodes` and `xy`; an actor removed by an edit has none (its slot stays, unused). */
  readonly index: ReadonlyMap<string, number>;
  /** [x0, y0, x1, y1, …] in model coordinates, by slot; NaN for an actor the core does not hold. A new array when it grows. */
  readonly xy: Float64Array;
  /** Reads every actor's position from the core once (after a load, or when a layout stops). */
  readAll(cy: Core): void;
  /** Notes one actor's new position (a drag, a step of an animated layout). */
  move(key: string, x: number, y: number): void;
  /** An actor an edit added: a new slot at the end (the relation lines made before keep their indices). */
  add(key: string, x: number, y: number): void;
  /** An actor an edit removed: its slot is emptied (NaN), never reused, so no line points at another actor. */
  remove(key: string): void;
  /** Where an actor stands, or null when it has no known position. */
  at(key: string): { x: number; y: number } | null;
}

/** Positions for a graph's actors, all unknown (NaN) until read. */
export function createActorPositions(graph: ActorGraph): ActorPositions {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  let xy = new Float64Array(nodes.length * 2).fill(Number.NaN);
  const move = (key: string, x: number, y: number) => {
    const i = index.get(key);
    if (i === undefined) return;
    xy[i * 2] = x;
    xy[i * 2 + 1] = y;
  };
  return {
    nodes,
    index,
    get xy() {
      return xy;
    },
    readAll(cy) {
      cy.nodes().forEach((node) => {
        const { x, y } = node.position();
        move(node.id(), x, y);
      });
    },
    move,
    add(key, x, y) {
      if (!index.has(key)) {
        index.set(key, nodes.length);
        nodes.push(key);
        // One edit adds a few actors: a copy per addition (well under a millisecond at 50,000) keeps `xy` exact.
        const grown = new Float64Array(nodes.length * 2).fill(Number.NaN);
        grown.set(xy);
        xy = grown;
      }
      move(key, x, y);
    },
    remove(key) {
      const i = index.get(key);
      if (i === undefined) return;
      xy[i * 2] = Number.NaN;
      xy[i * 2 + 1] = Number.NaN;
      index.delete(key);
    },
    at(key) {
      const i = index.get(key);
      if (i === undefined) return null;
      const [x, y] = [xy[i * 2] ?? Number.NaN, xy[i * 2 + 1] ?? Number.NaN];
      return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
    },
  };
}
