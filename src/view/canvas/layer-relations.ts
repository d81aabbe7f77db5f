// Relations on the relation layer (large graphs): the scene becomes line groups stroked beneath cytoscape.

import type { ActorGraph } from '../../model/actor-graph';
import { stepOf } from '../../state/select-time';
import { type MarkLines, markLinesOf } from './mark-lines';
import type { DrawingTarget, RelationDrawing, RelationScene } from './relation-drawing';
import { mountRelationLayer } from './relation-layer';
import { editRelationLines, type RelationLines, relationLines, someRelationLines } from './relation-lines';

/** Draws relations on a plain canvas under the core, from the canvas's positions; hit-tested by geometry. */
export function mountLayerRelations(target: DrawingTarget): RelationDrawing {
  const layer = mountRelationLayer(target.container, target.cy, () => target.positions()?.xy ?? null);
  // The lines of every relation shown, kept while the graph and the shown set stay the same.
  let base: { graph: ActorGraph; shown: ReadonlySet<string> | null; lines: RelationLines } | null = null;
  let marked: MarkLines | null = null;
  // The comparison's ghosts and appeared relations, made again only when the scene's marks change.
  const marksPicture = (graph: ActorGraph, lines: RelationLines, scene: RelationScene) => {
    marked = scene.marks ? markLinesOf(marked, graph, lines, scene.marks) : null;
    return { ghosts: marked?.ghosts ?? null, appeared: marked?.appeared ?? null };
  };

  return {
    show(scene) {
      const graph = scene.graph;
      if (!graph) {
        base = null;
        marked = null;
        layer.show({ base: null, dimmed: false, highlighted: null, onPath: null });
        return;
      }
      const step = stepOf(scene.shown);
      // A step of the as-of date from the lines drawn now: they are patched, not made again from every relation.
      if (base?.graph === graph && step && base.shown === step.from) {
        const changes = { added: new Set(step.added), removed: new Set(step.removed), updated: new Set<string>() };
        base = { graph, shown: scene.shown, lines: editRelationLines(graph, base.lines, changes) };
      } else if (base?.graph !== graph || base.shown !== scene.shown)
        base = { graph, shown: scene.shown, lines: relationLines(graph, scene.shown, target.positions() ?? undefined) };
      const lines = base.lines;
      const onPath = scene.onPath?.size ? someRelationLines(graph, lines, scene.onPath) : null;
      const highlighted = scene.highlighted.length ? someRelationLines(graph, lines, scene.highlighted) : null;
      layer.show({ base: lines, dimmed: onPath !== null, highlighted, onPath, ...marksPicture(graph, lines, scene) });
    },
    // Everything shown: the lines are patched. A narrowed view gets a new shown set, so its lines are made again.
    edited: (changes) => {
      if (!base) return;
      if (changes.whole || base.shown) base = null;
      else base = { ...base, lines: editRelationLines(base.graph, base.lines, changes.relations) };
    },
    relationAt: (point, radius) => layer.relationAt(point, radius),
    positionsChanged: () => layer.redrawSoon(),
    snapshot: () => layer.snapshot(),
    destroy: () => layer.destroy(),
  };
}
