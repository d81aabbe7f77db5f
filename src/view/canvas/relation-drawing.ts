// The one drawing contract for relations: cytoscape edges for small graphs, the relation layer for large ones.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { ChangeSet } from '../../model/commands/collect-changes';
import type { ActorPositions } from './actor-positions';
import type { RelationSnapshot } from './relation-layer';
import type { TimeMarks } from './time-marks';

/** What the relations should look like now: derived from the state by `relationScene`. */
export interface RelationScene {
  graph: ActorGraph | null;
  /** The relations shown after filters and focus; null when nothing is narrowed (all of them). */
  shown: ReadonlySet<string> | null;
  /** The relations the selection singles out (an actor's own, or the one selected), among those shown. */
  highlighted: readonly string[];
  /** The selected relation's key, when a relation is selected. */
  selected: string | null;
  /** The relations on the found paths; null when no path is shown. */
  onPath: ReadonlySet<string> | null;
  /** Whether the relations outside the selection are faded (small enough graphs with a selection). */
  fade: boolean;
  /** While two dates are compared, the relations marked as appeared and those drawn as ghosts; null otherwise. */
  marks: TimeMarks | null;
}

/** Draws relations; selection, tooltips, hit tests and exports talk to this and never ask which kind it is. */
export interface RelationDrawing {
  /** Shows a scene; only the parts that differ from the last one are redrawn. */
  show(scene: RelationScene): void;
  /** The relation drawn nearest a point (rendered pixels) within `radius`, where the core cannot tell; else null. */
  relationAt(point: { x: number; y: number }, radius: number): string | null;
  /**
   * The graph was edited in place (the core's elements already follow it): the next `show` draws the relations as
   * they are now, changing only what `changes` names where it can.
   */
  edited(changes: ChangeSet): void;
  /** Actors moved (a layout stopped, a drag): redraw the lines that follow them. */
  positionsChanged(): void;
  /** The relations an image export must draw itself; null when the core's own picture already holds them. */
  snapshot(): RelationSnapshot | null;
  destroy(): void;
}

/** What a drawing is made over: the core, its container, and the actor positions the canvas owns. */
export interface DrawingTarget {
  cy: Core;
  container: HTMLElement;
  positions: () => ActorPositions | null;
}
