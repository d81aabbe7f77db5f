// Where each actor stands on the canvas, in the graph's node order: the array the relation layer strokes from.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';

/** The positions the canvas owns; updated when a layout stops or an actor moves, read by every redraw. */
export interface ActorPositions {
  /** Actor keys in the graph's order (the order relation lines index into). */
  readonly nodes: readonly string[];
  /** [x0, y0, x1, y1, …] in model coordinates; NaN for an actor the core does not hold. */
  readonly xy: Float64Array;
  /** Reads every actor's position from the core once (after a load, or when a layout stops). */
  readAll(cy: Core): void;
  /** Notes one actor's new position (a drag, a step of an animated layout). */
  move(key: string, x: number, y: number): void;
}

/** Positions for a graph's actors, all unknown (NaN) until read. */
export function createActorPositions(graph: ActorGraph): ActorPositions {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const xy = new Float64Array(nodes.length * 2).fill(Number.NaN);
  return {
    nodes,
    xy,
    readAll(cy) {
      cy.nodes().forEach((node) => {
        const i = index.get(node.id());
        if (i === undefined) return;
        const { x, y } = node.position();
        xy[i * 2] = x;
        xy[i * 2 + 1] = y;
      });
    },
    move(key, x, y) {
      const i = index.get(key);
      if (i === undefined) return;
      xy[i * 2] = x;
      xy[i * 2 + 1] = y;
    },
  };
}
