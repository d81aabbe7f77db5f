// The draft under review drawn on the canvas: its own elements (class "draft"), never in the graphology graph.

import type { Core, ElementDefinition } from 'cytoscape';
import { isRelationName, RELATIONS, relationLabel } from '../../model/schema';
import type { DraftPreview, PreviewEnd } from '../../state/accepted-from-review';
import { CERTAINTY_LINES, kindStyle } from '../appearance/kind-style';
import { relationColor } from './relation-lines';

/** Prefix of a drafted actor's node id, so that it can never clash with an actor of the dataset. */
export const DRAFT_NODE = 'draft:';
/** Prefix of a drafted relation's edge id. */
export const DRAFT_EDGE = 'draft-relation:';
/** The size of a drafted actor's node, in model units (the dataset's actors are drawn 20 to 60). */
const DRAFT_SIZE = 26;

/**
 * A draft's look: pale actors with a dashed outline and dashed relations, firmer once accepted. Added after the
 * core's own rules, in every profile (the fast one has no edge rules of its own), when a draft is first drawn on it.
 */
const DRAFT_STYLE: { selector: string; style: Record<string, unknown> }[] = [
  {
    selector: 'node.draft',
    style: {
      'background-opacity': 0.3,
      'border-style': 'dashed',
      'border-width': 2.5,
      'border-color': 'data(color)',
      'min-zoomed-font-size': 0,
    },
  },
  { selector: 'node.draft-accepted', style: { 'background-opacity': 0.7, 'border-style': 'solid' } },
  {
    selector: 'edge.draft',
    style: {
      width: 1.8,
      'line-color': 'data(color)',
      'line-style': 'dashed',
      'line-dash-pattern': [5, 4],
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'data(arrow)',
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  { selector: 'edge.draft-accepted', style: { width: 2.6, opacity: 1 } },
];

/** Where a core notes that it has the draft's rules (a new profile's core starts without them). */
const STYLED = 'backchannel.draftStyle';

/** Adds the draft's rules to a core's stylesheet once. */
function styleDrafts(cy: Core): void {
  if (cy.scratch(STYLED)) return;
  const style = cy.style();
  for (const rule of DRAFT_STYLE) style.selector(rule.selector).style(rule.style);
  style.update();
  cy.scratch(STYLED, true);
}

/** A point in model coordinates. */
export interface Point {
  x: number;
  y: number;
}

const nodeId = (end: PreviewEnd) => (end.existing ? end.key : `${DRAFT_NODE}${end.key}`);

/**
 * Where new drafted actors go: on a ring just outside the dataset's actors, so that the draft reads as an addition;
 * one related to a dataset actor on the ring's side facing it, the others spaced round it. Places already given
 * (`places`, by draft key) are kept, so a decision never moves anything; new ones are added to `places`.
 */
function placeNew(cy: Core, preview: DraftPreview, places: Map<string, Point>): void {
  const fresh = preview.actors.filter((a) => !places.has(a.key));
  if (fresh.length === 0) return;
  const dataset = cy.nodes().not('.draft');
  const box = dataset.nonempty() ? dataset.boundingBox() : { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const radius = Math.max(box.w, box.h) / 2 + 90;
  const beside = new Map<string, number>();
  fresh.forEach((actor, i) => {
    const link = preview.relations.find(
      (r) => (r.source.key === actor.key && r.target.existing) || (r.target.key === actor.key && r.source.existing),
    );
    const anchorKey = link && (link.source.existing ? link.source.key : link.target.key);
    const anchor = anchorKey ? cy.getElementById(anchorKey) : null;
    let angle = (2 * Math.PI * (i + places.size)) / (fresh.length + places.size);
    if (anchorKey && anchor?.nonempty()) {
      const { x, y } = anchor.position();
      const nth = beside.get(anchorKey) ?? 0;
      beside.set(anchorKey, nth + 1);
      // Side by side along the ring, alternately either side of the anchor's bearing.
      angle = Math.atan2(y - centre.y, x - centre.x) + (nth % 2 ? -1 : 1) * Math.ceil(nth / 2) * (60 / radius);
    }
    places.set(actor.key, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

/** The elements of a preview: drafted actors at their places, drafted relations between drafted or dataset actors. */
function previewElements(cy: Core, preview: DraftPreview, places: Map<string, Point>): ElementDefinition[] {
  const elements: ElementDefinition[] = preview.actors.map((actor) => {
    const { color, shape } = kindStyle(actor.kind);
    return {
      group: 'nodes',
      data: {
        id: `${DRAFT_NODE}${actor.key}`,
        label: actor.label,
        color,
        shape,
        size: DRAFT_SIZE,
        draft: actor.key,
        draftTip: `Draft: ${actor.label}`,
      },
      position: { ...(places.get(actor.key) ?? { x: 0, y: 0 }) },
      classes: `draft draft-${actor.decision}`,
    };
  });
  const labels = new Map(preview.actors.map((a) => [`${DRAFT_NODE}${a.key}`, a.label]));
  const labelOf = (id: string) => labels.get(id) ?? String(cy.getElementById(id).data('label') ?? id);
  for (const relation of preview.relations) {
    const [source, target] = [nodeId(relation.source), nodeId(relation.target)];
    // A dataset actor the core does not hold (none today: every profile holds every actor) leaves the line out.
    if (relation.source.existing && cy.getElementById(source).empty()) continue;
    if (relation.target.existing && cy.getElementById(target).empty()) continue;
    const directed = !isRelationName(relation.relation) || RELATIONS[relation.relation].directed;
    const certainty = relation.certainty as keyof typeof CERTAINTY_LINES;
    elements.push({
      group: 'edges',
      data: {
        id: `${DRAFT_EDGE}${relation.key}`,
        source,
        target,
        draft: relation.key,
        draftTip: `Draft: ${labelOf(source)} – ${relationLabel(relation.relation, 'out')} – ${labelOf(target)}`,
        color: relationColor(relation.stance),
        line: Object.hasOwn(CERTAINTY_LINES, certainty) ? CERTAINTY_LINES[certainty] : 'solid',
        arrow: directed ? 'triangle' : 'none',
      },
      classes: `draft draft-${relation.decision}`,
    });
  }
  return elements;
}

/**
 * Draws `preview` on the core in place of the one drawn before, in one batch and as a difference: a decision adds
 * or removes only the elements it brought or took away, and restyles the rest by class and data (removing and
 * adding a hundred elements at each decision cost tens to hundreds of ms on the shared machine).
 */
export function drawDraftPreview(cy: Core, preview: DraftPreview, places: Map<string, Point>): void {
  styleDrafts(cy);
  placeNew(cy, preview, places);
  const wanted = new Map(previewElements(cy, preview, places).map((e) => [String(e.data.id), e]));
  cy.batch(() => {
    const drawn = cy.elements('.draft');
    // An edge whose end changed (a "Same as" chosen) is a new edge: cytoscape cannot move an edge's ends.
    drawn.filter((e) => !sameEnds(e, wanted.get(e.id()))).remove();
    cy.elements('.draft').forEach((element) => {
      const next = wanted.get(element.id());
      wanted.delete(element.id());
      if (!next) return;
      if (element.classes().join(' ') !== next.classes) element.classes(next.classes ?? '');
      const data = element.data() as Record<string, unknown>;
      if (Object.entries(next.data).some(([k, v]) => data[k] !== v)) element.data(next.data);
    });
    if (wanted.size > 0) cy.add([...wanted.values()]);
  });
}

/** Whether a drawn element is still wanted with the same ends (always, for a node). */
function sameEnds(element: { isEdge(): boolean; data(key: string): unknown }, next: ElementDefinition | undefined) {
  if (!next) return false;
  return (
    !element.isEdge() || (element.data('source') === next.data.source && element.data('target') === next.data.target)
  );
}

/** Removes every drafted element from the core. */
export function clearDraftPreview(cy: Core): void {
  if (!cy.destroyed()) cy.elements('.draft').remove();
}
