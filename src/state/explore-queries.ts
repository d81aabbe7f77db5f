// The explore questions the state holds and links carry: focus on an actor's neighbourhood, and a path between two.

import type { FocusDepth, FocusDirection } from '../model/focus';

/** Focus on an actor: its neighbourhood to a depth, in a direction. */
export interface FocusQuery {
  centre: string;
  depth: FocusDepth;
  direction: FocusDirection;
}

/** The Paths panel's question. */
export interface PathQuery {
  from: string;
  to: string;
  followDirection: boolean;
}
