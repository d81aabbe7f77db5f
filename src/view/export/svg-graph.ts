// The graph's layers in SVG: compound boxes, then edges, then nodes, then labels on top so they stay readable.

import type { BoundingBox12, Core, NodeCollection } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import { actorLabel } from '../../model/describe-element';
import { APPEARED_STYLE, GHOST_STYLE } from '../canvas/mark-style';
import type { RelationSnapshot } from '../canvas/relation-layer';
import { lineOutside, type RelationLines } from '../canvas/relation-lines';
import type { GraphRegion } from './export-source';
import type { LabelMode, Scope } from './export-types';
import { type LabelCandidate, placeLabels } from './place-labels';
import { type PlainStyles, plainStyles } from './plain-style';
import { svgEl } from './svg-dom';
import { edgeElements } from './svg-edges';
import { drawLabel, type LabelLayout, layoutLabel, nodeShape } from './svg-nodes';
import { fontMeasure } from './text-measure';

function overlaps(bb: BoundingBox12, region: GraphRegion): boolean {
  return bb.x2 >= region.x1 && bb.x1 <= region.x1 + region.w && bb.y2 >= region.y1 && bb.y1 <= region.y1 + region.h;
}

/**
 * The relation layer's lines (large graphs) as one path per colour: a document of 150,000 `<path>` elements would
 * be too heavy for most editors. Lines wholly outside the region are left out.
 */
function relationPaths(relations: RelationSnapshot, region: GraphRegion): SVGElement[] {
  const { positions, ghosts, appeared } = relations;
  const paths = (lines: RelationLines, cls: string, stroke: (color: string) => Record<string, string | number>) =>
    linePaths(lines, positions, region, cls, stroke);
  // A comparison's marks as the screen draws them: ghosts beneath, appeared relations (over an underlay) on top.
  const { padding, underlay, underlayAlpha, width } = APPEARED_STYLE;
  return [
    ...(ghosts?.count
      ? paths(ghosts, 'ghosts', (color) => ({
          stroke: color,
          'stroke-width': GHOST_STYLE.width,
          'stroke-opacity': GHOST_STYLE.alpha,
          'stroke-dasharray': GHOST_STYLE.dash.join(' '),
        }))
      : []),
    ...paths(relations.lines, 'relations', (color) => ({
      stroke: color,
      'stroke-width': 1,
      'stroke-opacity': relations.alpha,
    })),
    ...(appeared?.count
      ? [
          ...paths(appeared, 'appeared-underlay', () => ({
            stroke: underlay,
            'stroke-width': width + 2 * padding,
            'stroke-opacity': underlayAlpha,
          })),
          ...paths(appeared, 'appeared', (color) => ({
            stroke: color,
            'stroke-width': width,
            'stroke-opacity': APPEARED_STYLE.alpha,
          })),
        ]
      : []),
  ];
}

/** One path per colour of `lines`, leaving out lines wholly outside the region. */
function linePaths(
  lines: RelationLines,
  positions: Float64Array,
  region: GraphRegion,
  cls: string,
  stroke: (color: string) => Record<string, string | number>,
): SVGElement[] {
  const box = { x1: region.x1, y1: region.y1, x2: region.x1 + region.w, y2: region.y1 + region.h };
  const round = (v: number) => Math.round(v * 10) / 10;
  return lines.groups.map(({ color, pairs }) => {
    const parts: string[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const a = (pairs[i] ?? 0) * 2;
      const b = (pairs[i + 1] ?? 0) * 2;
      const [x1, y1, x2, y2] = [positions[a] ?? 0, positions[a + 1] ?? 0, positions[b] ?? 0, positions[b + 1] ?? 0];
      if (!Number.isFinite(x1 + y1 + x2 + y2)) continue;
      if (lineOutside(x1, y1, x2, y2, box)) continue;
      parts.push(`M${round(x1)} ${round(y1)}L${round(x2)} ${round(y2)}`);
    }
    return svgEl('path', { class: cls, d: parts.join(''), fill: 'none', ...stroke(color) });
  });
}

/** Which labels to draw, and each actor's placement weight (see place-labels.ts). */
export interface LabelChoice {
  mode: LabelMode;
  weigh: (key: string) => { weight: number; degree: number };
}

/** The labels drawn under the choice: laid out as cytoscape would, then placed from the largest actor down. */
function placedLabels(nodes: NodeCollection, graph: ActorGraph, plain: PlainStyles, choice: LabelChoice) {
  if (choice.mode === 'none') return [];
  const measure = fontMeasure();
  const layouts = new Map<string, LabelLayout>();
  const candidates: LabelCandidate[] = [];
  nodes.forEach((node) => {
    const layout = layoutLabel(node, plain.of(node.id()), actorLabel(graph, node.id()), measure);
    if (!layout) return;
    layouts.set(node.id(), layout);
    candidates.push({ key: node.id(), box: layout.box, ...choice.weigh(node.id()) });
  });
  return placeLabels(candidates, choice.mode).flatMap(({ key }) => layouts.get(key) ?? []);
}

/** The visible elements as four SVG groups in model coordinates; the current view keeps only what it shows. */
export function graphLayers(
  cy: Core,
  graph: ActorGraph,
  region: GraphRegion,
  scope: Scope,
  labels: LabelChoice,
  relations?: RelationSnapshot | null,
): SVGGElement[] {
  const plain = plainStyles(cy);
  try {
    const visible = cy.elements(':visible').filter((ele) => scope === 'whole' || overlaps(ele.boundingBox(), region));
    const nodes = visible.nodes();
    // Outer compound boxes first, so nested ones are drawn on top of them.
    const parents = nodes.filter((n) => n.isParent());
    const depth = (id: string) => cy.getElementById(id).ancestors().length;
    const outerFirst = parents.sort((a, b) => depth(a.id()) - depth(b.id()));
    const layers = {
      parents: svgEl('g', { class: 'parents' }),
      edges: svgEl('g', { class: 'edges' }),
      nodes: svgEl('g', { class: 'nodes' }),
      labels: svgEl('g', { class: 'labels' }),
    };
    outerFirst.forEach((node) => {
      layers.parents.append(nodeShape(node, plain.of(node.id())));
    });
    if (relations) layers.edges.append(...relationPaths(relations, region));
    // The snapshot holds every relation shown; cytoscape then holds only the highlighted ones, drawn twice otherwise.
    if (!relations)
      visible.edges().forEach((edge) => {
        layers.edges.append(...edgeElements(edge, plain.of(edge.id())));
      });
    nodes.forEach((node) => {
      if (!node.isParent()) layers.nodes.append(nodeShape(node, plain.of(node.id())));
    });
    // In placement order, so the largest actors' labels lie on top where "All labels" lets them overlap.
    layers.labels.append(...placedLabels(nodes, graph, plain, labels).reverse().map(drawLabel));
    return [layers.parents, layers.edges, layers.nodes, layers.labels];
  } finally {
    plain.destroy();
  }
}
