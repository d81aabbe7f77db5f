// elementDiff / followEdit / editRelationLines: an edit's change set becomes element changes on the core and the
// relation layer's lines, read from the graph, with nothing rebuilt and undo bringing back the same keys.

import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ActorGraph } from '../../../../src/model/actor-graph';
import type { ChangeSet } from '../../../../src/model/commands/collect-changes';
import type { Command } from '../../../../src/model/commands/command';
import { createDataset } from '../../../../src/model/commands/new-keys';
import { runCommand } from '../../../../src/model/commands/run-command';
import type { Stance } from '../../../../src/model/schema';
import { INITIAL_STATE, select, setDataset } from '../../../../src/state/app-state';
import { applyEdit, undoEdit } from '../../../../src/state/edit-graph';
import { createStore } from '../../../../src/state/store';
import type { NodeLook } from '../../../../src/view/appearance/node-appearance';
import { createActorPositions } from '../../../../src/view/canvas/actor-positions';
import { buildElements, type LookOf } from '../../../../src/view/canvas/build-elements';
import { elementDiff, PLACE_OFFSET, placeNear } from '../../../../src/view/canvas/edit-diff';
import { followEdit } from '../../../../src/view/canvas/follow-edit';
import { editRelationLines, relationLines } from '../../../../src/view/canvas/relation-lines';
import { FADE_LIMIT } from '../../../../src/view/canvas/sync-actors';
import { selectionTouched } from '../../../../src/view/canvas/sync-canvas';

const EVIDENCE = [{ quote: 'they met', source: 'paper' }];

/** Ann, Bob and Cy (people) and Dee (a state); Ann knows Bob, Bob knows Cy. */
function dataset(): ActorGraph {
  const graph = createDataset('Test');
  graph.setAttribute('sources', [{ id: 'paper', title: 'The Paper' }]);
  for (const [key, kind] of [
    ['ann', 'person'],
    ['bob', 'person'],
    ['cy', 'person'],
    ['dee', 'state'],
  ] as const)
    run(graph, { type: 'add-actor', key, attributes: { label: key.toUpperCase(), kind } });
  relate(graph, 'ab', 'ann', 'bob', 'cooperative');
  relate(graph, 'bc', 'bob', 'cy', 'conflictual');
  return graph;
}

function relate(graph: ActorGraph, key: string, source: string, target: string, stance: Stance = 'neutral') {
  const attributes = { relation: 'talks-with', stance, certainty: 'confirmed', evidence: EVIDENCE } as const;
  return run(graph, { type: 'add-relation', key, source, target, attributes: { ...attributes } });
}

function run(graph: ActorGraph, command: Command) {
  const result = runCommand(graph, command);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

/** A look that tells kinds apart by colour, as the app's does. */
const look: LookOf = (attrs) =>
  ({ color: attrs.kind === 'state' ? 'blue' : 'red', shape: 'ellipse', size: 20 }) as NodeLook;

/** A headless core drawn from the graph as the detailed profile draws it, each actor at x = 100 × its place. */
function drawn(graph: ActorGraph, withRelations = true) {
  const cy: Core = cytoscape({ headless: true, styleEnabled: true });
  const order = graph.nodes();
  cy.add(buildElements(graph, (key) => ({ x: order.indexOf(key) * 100, y: 0 }), look, withRelations));
  const positions = createActorPositions(graph);
  positions.readAll(cy);
  const target = { cy, positions, looks: new Map(), withRelations, departed: new Map() };
  return { cy, positions, target };
}

const keysIn = (cy: Core, group: 'nodes' | 'edges') =>
  cy
    .elements()
    .filter((e) => (group === 'nodes' ? e.isNode() : e.isEdge()))
    .map((e) => (e.isNode() ? e.id() : String(e.data('key'))))
    .sort();

describe('elementDiff', () => {
  it('lists an added actor beside its neighbours and an added relation with its drawn data', () => {
    const graph = dataset();
    run(graph, { type: 'add-actor', key: 'eve', attributes: { label: 'Eve', kind: 'state' } });
    const { changes } = relate(graph, 'ea', 'eve', 'ann', 'conflictual');
    const added = run(graph, { type: 'add-actor', key: 'fay', attributes: { label: 'Fay', kind: 'person' } }).changes;
    const diff = elementDiff(graph, added, { look, place: () => ({ x: 7, y: 8 }), withRelations: true });
    expect(diff.addActors).toEqual([
      {
        group: 'nodes',
        data: { id: 'fay', label: 'Fay', color: 'red', shape: 'ellipse', size: 20 },
        position: { x: 7, y: 8 },
      },
    ]);
    const relation = elementDiff(graph, changes, { look, place: () => ({ x: 0, y: 0 }), withRelations: true });
    expect(relation.addActors).toEqual([]);
    expect(relation.addRelations.map((e) => e.data)).toEqual([
      expect.objectContaining({ id: 'ea', key: 'ea', source: 'eve', target: 'ann', line: 'solid' }),
    ]);
    // Without relations in the core (large profiles), relations are left to the relation layer.
    expect(
      elementDiff(graph, changes, { look, place: () => ({ x: 0, y: 0 }), withRelations: false }).addRelations,
    ).toEqual([]);
  });

  it('gives an updated actor its new label and look, and a deleted one with its relations goes', () => {
    const graph = dataset();
    const update = run(graph, { type: 'update-actor', key: 'bob', changes: { label: 'Robert', kind: 'state' } });
    const diff = elementDiff(graph, update.changes, { look, place: () => ({ x: 0, y: 0 }), withRelations: true });
    expect(diff.updateActors).toEqual([
      { key: 'bob', data: { label: 'Robert', color: 'blue', shape: 'ellipse', size: 20 } },
    ]);
    const gone = run(graph, { type: 'delete-actor', key: 'bob' });
    const removal = elementDiff(graph, gone.changes, { look, place: () => ({ x: 0, y: 0 }), withRelations: true });
    expect(removal.removeActors).toEqual(['bob']);
    expect(removal.removeRelations.sort()).toEqual(['ab', 'bc']);
  });
});

describe('placeNear', () => {
  it('puts a new actor one offset from the centre of its placed neighbours, else from the given centre', () => {
    const graph = dataset();
    run(graph, { type: 'add-actor', key: 'eve', attributes: { label: 'Eve', kind: 'person' } });
    relate(graph, 'ea', 'eve', 'ann');
    relate(graph, 'ec', 'eve', 'cy');
    const at = (key: string) => ({ ann: { x: 0, y: 0 }, cy: { x: 200, y: 100 } })[key] ?? null;
    const near = placeNear(graph, 'eve', at, { x: -999, y: -999 });
    expect(Math.hypot(near.x - 100, near.y - 50)).toBeCloseTo(PLACE_OFFSET);
    const alone = placeNear(graph, 'dee', at, { x: 10, y: 10 });
    expect(Math.hypot(alone.x - 10, alone.y - 10)).toBeCloseTo(PLACE_OFFSET);
  });
});

describe('followEdit on a core', () => {
  it('adds an actor and a relation without moving any other actor or replacing the core', () => {
    const graph = dataset();
    const { cy, positions, target } = drawn(graph);
    const before = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    const marker = cy.getElementById('ann');
    followEdit(
      target,
      graph,
      run(graph, { type: 'add-actor', key: 'eve', attributes: { label: 'Eve', kind: 'person' } }).changes,
      look,
    );
    followEdit(target, graph, relate(graph, 'ea', 'eve', 'ann').changes, look);
    expect(keysIn(cy, 'nodes')).toEqual(['ann', 'bob', 'cy', 'dee', 'eve']);
    expect(keysIn(cy, 'edges')).toEqual(['ab', 'bc', 'ea']);
    for (const { id, x, y } of before) expect(cy.getElementById(id).position()).toEqual({ x, y });
    expect(cy.getElementById('ann')).toBe(marker);
    expect(positions.at('eve')).toEqual(cy.getElementById('eve').position());
    expect(target.looks.get('eve')).toEqual(look({ label: 'Eve', kind: 'person' }, 'eve'));
  });

  it('deletes an actor with its relations, and undo brings back the same keys where the actor stood', () => {
    const graph = dataset();
    const { cy, positions, target } = drawn(graph);
    const stood = { ...cy.getElementById('bob').position() };
    const deleted = run(graph, { type: 'delete-actor', key: 'bob' });
    followEdit(target, graph, deleted.changes, look);
    expect(keysIn(cy, 'nodes')).toEqual(['ann', 'cy', 'dee']);
    expect(keysIn(cy, 'edges')).toEqual([]);
    expect(positions.at('bob')).toBeNull();
    const undone = run(graph, deleted.inverse);
    followEdit(target, graph, undone.changes, look);
    expect(keysIn(cy, 'nodes')).toEqual(['ann', 'bob', 'cy', 'dee']);
    expect(keysIn(cy, 'edges')).toEqual(['ab', 'bc']);
    expect(cy.getElementById('bob').position()).toEqual(stood);
    expect(positions.at('bob')).toEqual(stood);
  });

  it('updates the label and look of an actor and the colour of a relation in place', () => {
    const graph = dataset();
    const { cy, target } = drawn(graph);
    followEdit(
      target,
      graph,
      run(graph, { type: 'update-actor', key: 'ann', changes: { label: 'Anne', kind: 'state' } }).changes,
      look,
    );
    followEdit(
      target,
      graph,
      run(graph, { type: 'update-relation', key: 'ab', changes: { stance: 'conflictual' } }).changes,
      look,
    );
    expect(cy.getElementById('ann').data()).toMatchObject({ label: 'Anne', color: 'blue' });
    expect(cy.getElementById('ab').data('color')).toBe(cy.getElementById('bc').data('color'));
  });

  it('keeps relations out of a core that holds actors only', () => {
    const graph = dataset();
    const { cy, target } = drawn(graph, false);
    followEdit(target, graph, relate(graph, 'ad', 'ann', 'dee').changes, look);
    expect(cy.edges().length).toBe(0);
  });
});

/** The lines as relation key → [source, target] actor keys, whatever their order or slots. */
function byKey(lines: ReturnType<typeof relationLines>) {
  const found: Record<string, [string | undefined, string | undefined, string]> = {};
  for (const { color, pairs, keys } of lines.groups)
    keys.forEach((key, i) => {
      found[key] = [lines.nodes[pairs[i * 2] ?? -1], lines.nodes[pairs[i * 2 + 1] ?? -1], color];
    });
  return found;
}

describe('editRelationLines', () => {
  it('patches the lines to what a rebuild from the edited graph would draw, on the canvas slots', () => {
    const graph = dataset();
    const positions = createActorPositions(graph);
    let lines = relationLines(graph, null, positions);
    const follow = (changes: ChangeSet) => {
      for (const key of changes.actors.added) positions.add(key, 0, 0);
      for (const key of changes.actors.removed) positions.remove(key);
      lines = editRelationLines(graph, lines, changes.relations);
    };
    follow(run(graph, { type: 'add-actor', key: 'eve', attributes: { label: 'Eve', kind: 'person' } }).changes);
    follow(relate(graph, 'ea', 'eve', 'ann', 'conflictual').changes);
    follow(run(graph, { type: 'update-relation', key: 'ab', changes: { stance: 'neutral' } }).changes);
    const deleted = run(graph, { type: 'delete-actor', key: 'bob' });
    follow(deleted.changes);
    expect(byKey(lines)).toEqual(byKey(relationLines(graph, null)));
    expect(lines.count).toBe(1);
    follow(run(graph, deleted.inverse).changes);
    expect(byKey(lines)).toEqual(byKey(relationLines(graph, null)));
    expect(lines.count).toBe(graph.size);
    // Bob came back in a new slot: the slot he left is never pointed at again.
    expect(positions.index.get('bob')).toBe(positions.nodes.length - 1);
  });
});

describe('selectionTouched', () => {
  it('says an edit touched the selection only when it changed the selected actor or its relations', () => {
    const graph = dataset();
    // A graph too large to fade, where an edit elsewhere leaves the selection's marks as they are.
    for (let i = 0; i < FADE_LIMIT; i++) graph.addNode(`filler-${i}`, { label: `Filler ${i}`, kind: 'person' });
    const store = createStore(
      select(setDataset(INITIAL_STATE, { graph, id: 't', name: 't', formatLabel: 'test', warnings: [] }), {
        type: 'node',
        key: 'ann',
      }),
    );
    applyEdit(store, { type: 'update-actor', key: 'cy', changes: { label: 'Cyrus' } });
    expect(selectionTouched(store.get())).toBe(false);
    const attributes = {
      relation: 'talks-with',
      stance: 'neutral',
      certainty: 'confirmed',
      evidence: EVIDENCE,
    } as const;
    applyEdit(store, { type: 'add-relation', key: 'cd', source: 'cy', target: 'dee', attributes: { ...attributes } });
    expect(selectionTouched(store.get())).toBe(false);
    applyEdit(store, { type: 'add-relation', key: 'ad', source: 'ann', target: 'dee', attributes: { ...attributes } });
    expect(selectionTouched(store.get())).toBe(true);
    applyEdit(store, { type: 'update-actor', key: 'ann', changes: { label: 'Anne' } });
    expect(selectionTouched(store.get())).toBe(true);
    undoEdit(store);
    expect(selectionTouched(store.get())).toBe(true);
  });
});
