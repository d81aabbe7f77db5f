// Relations as cytoscape edges (small graphs): the scene becomes edge classes and cytoscape's own selection.

import type { Collection, Core } from 'cytoscape';
import { stepOf } from '../../state/select-time';
import { edgeElementId } from './build-elements';
import type { RelationDrawing, RelationScene } from './relation-drawing';

/** The edge elements of a scene's keys; edges are found by the key kept in their data, ids may differ. */
function edgesOf(cy: Core, keys: Iterable<string>): Collection {
  const wanted = new Set(keys);
  return wanted.size === 0 ? cy.collection() : cy.edges().filter((edge) => wanted.has(String(edge.data('key'))));
}

/** Draws relations with the core's edges, which the core hit-tests and exports itself. */
export function mountEdgeRelations(cy: Core): RelationDrawing {
  let last: RelationScene | null = null;
  // Set by an edit: edges came and went, so the next scene's classes are applied to every edge again.
  let stale = false;

  const showVisibility = (scene: RelationScene, before: ReadonlySet<string> | null) => {
    const step = stepOf(scene.shown);
    const graph = scene.graph;
    // A step of the as-of date from what is shown now: only the relations that came or went are touched.
    if (step && graph && before === step.from) {
      for (const key of step.added) cy.getElementById(edgeElementId(graph, key)).removeClass('hidden');
      for (const key of step.removed) cy.getElementById(edgeElementId(graph, key)).addClass('hidden');
    } else if (!scene.shown) cy.edges('.hidden').removeClass('hidden');
    else {
      const shown = scene.shown;
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !shown.has(String(edge.data('key'))));
      });
    }
  };
  const showPaths = (scene: RelationScene) => {
    cy.edges('.on-path, .off-path').removeClass('on-path off-path');
    const onPath = scene.onPath;
    if (!onPath) return;
    cy.edges().forEach((edge) => {
      edge.addClass(onPath.has(String(edge.data('key'))) ? 'on-path' : 'off-path');
    });
  };
  const showSelection = (scene: RelationScene) => {
    cy.edges('.highlighted, .faded, :selected').unselect().removeClass('highlighted faded');
    const highlighted = edgesOf(cy, scene.highlighted);
    highlighted.addClass('highlighted');
    if (scene.selected) edgesOf(cy, [scene.selected]).select();
    if (scene.fade) cy.edges().not(highlighted).addClass('faded');
  };

  // Comparing two dates: classes only (a ghost is a projection, never written into the graph); the stylesheet shows a
  // ghost though its edge is hidden, and cytoscape draws none whose actor is hidden (the marks leave those out).
  const showMarks = (scene: RelationScene, fresh: boolean) => {
    if (!fresh && last?.marks === scene.marks) return;
    cy.edges('.appeared, .ghost').removeClass('appeared ghost');
    const { graph, marks } = scene;
    if (!graph || !marks) return;
    for (const key of marks.appeared) cy.getElementById(edgeElementId(graph, key)).addClass('appeared');
    for (const key of marks.ended) cy.getElementById(edgeElementId(graph, key)).addClass('ghost');
  };

  return {
    show(scene) {
      const fresh = !last || last.graph !== scene.graph || stale;
      stale = false;
      // What is shown now (none for a fresh drawing), so that an as-of step from it is applied as a delta.
      const before = fresh || !last ? null : last.shown;
      cy.batch(() => {
        if (fresh || before !== scene.shown) showVisibility(scene, before);
        if (fresh || last?.onPath !== scene.onPath) showPaths(scene);
        const selectionChanged =
          last?.highlighted !== scene.highlighted || last.selected !== scene.selected || last.fade !== scene.fade;
        if (fresh || selectionChanged) showSelection(scene);
        showMarks(scene, fresh);
      });
      last = scene;
    },
    // The core hit-tests its own edges: a tap on one reaches the app as a tap on that edge.
    // The edges themselves were added and removed by the canvas's edit follower; their classes are redone here.
    edited: () => {
      stale = true;
    },
    relationAt: () => null,
    positionsChanged: () => {},
    snapshot: () => null,
    destroy() {
      last = null;
    },
  };
}
