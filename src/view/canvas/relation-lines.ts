// The relations of a large graph as flat index pairs grouped by colour, so a canvas strokes one path per colour.

import type { ActorGraph } from '../../model/actor-graph';
import type { KeyChanges } from '../../model/commands/collect-changes';
import { DEFAULT_EDGE_COLOR, STANCE_COLORS } from '../appearance/kind-style';

/** The colour a relation is drawn in: its stance's, or the default when it has none we know. */
export function relationColor(stance: unknown): string {
  return typeof stance === 'string' && Object.hasOwn(STANCE_COLORS, stance)
    ? STANCE_COLORS[stance as keyof typeof STANCE_COLORS]
    : DEFAULT_EDGE_COLOR;
}

/** What to stroke: the actors in index order, and per colour the [source, target] index pairs of its relations. */
export interface RelationLines {
  /** Actor keys; an index in `pairs` points here (and into the positions read for them). */
  nodes: readonly string[];
  /** Each actor key's index in `nodes`. */
  index: ReadonlyMap<string, number>;
  /** One group per colour, in a fixed order so repeated draws layer the same way; `keys[i]` is pair i's relation. */
  groups: { color: string; pairs: Uint32Array; keys: string[] }[];
  /** How many relations the groups hold. */
  count: number;
}

/** The actors' slots lines index into: the canvas's positions (which outlive edits), or the graph's own order. */
export interface ActorSlots {
  nodes: readonly string[];
  index: ReadonlyMap<string, number>;
}

/** Slots in the graph's order, for a graph drawn without positions kept by the canvas (exports, tests). */
function graphSlots(graph: ActorGraph): ActorSlots {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((key) => {
    index.set(key, nodes.length);
    nodes.push(key);
  });
  return { nodes, index };
}

/**
 * Groups the relations to draw by colour, straight from the graph (the one source of truth), leaving out those
 * not in `shown` when a filter or focus narrows the view (`null`: all of them). Indices point into `slots`.
 */
export function relationLines(
  graph: ActorGraph,
  shown: ReadonlySet<string> | null,
  slots: ActorSlots = graphSlots(graph),
): RelationLines {
  const grouped = new LineGroups(slots.index);
  graph.forEachEdge((key, attrs, source, target) => {
    if (!shown || shown.has(key)) grouped.add(key, attrs.stance, source, target);
  });
  return { nodes: slots.nodes, index: slots.index, ...grouped.done() };
}

/**
 * The lines after an edit, without a pass over the graph: removed and updated relations leave their colour's group
 * (one scan of its keys), added and updated ones join theirs from the graph as it is now. Everything is shown
 * (no filter narrows the view: a narrowed view gets its lines again from its new shown set). A new object, so the
 * layer knows to redraw; the groups no edit touched are shared.
 */
export function editRelationLines(graph: ActorGraph, lines: RelationLines, changes: KeyChanges): RelationLines {
  const leaving = new Set([...changes.removed, ...changes.updated]);
  const joining = [...changes.added, ...changes.updated].filter((key) => graph.hasEdge(key));
  const kept = lines.groups.map((group) => (leaving.size > 0 ? withoutKeys(group, leaving) : group));
  const extra = new LineGroups(lines.index);
  for (const key of joining)
    extra.add(key, graph.getEdgeAttribute(key, 'stance'), graph.source(key), graph.target(key));
  const added = extra.done().groups;
  const groups = new Map(kept.map((group) => [group.color, group]));
  for (const group of added) {
    const base = groups.get(group.color);
    groups.set(group.color, base ? joinGroups(base, group) : group);
  }
  const sorted = [...groups.values()].filter((group) => group.keys.length > 0);
  sorted.sort((a, b) => (a.color < b.color ? -1 : a.color > b.color ? 1 : 0));
  const count = sorted.reduce((sum, group) => sum + group.keys.length, 0);
  return { nodes: lines.nodes, index: lines.index, groups: sorted, count };
}

type LineGroup = RelationLines['groups'][number];

/** A group without some keys; the same group when it holds none of them. */
function withoutKeys(group: LineGroup, leaving: ReadonlySet<string>): LineGroup {
  const { keys, pairs } = group;
  if (!keys.some((key) => leaving.has(key))) return group;
  const keptKeys: string[] = [];
  const keptPairs: number[] = [];
  keys.forEach((key, i) => {
    if (leaving.has(key)) return;
    keptKeys.push(key);
    keptPairs.push(pairs[i * 2] ?? 0, pairs[i * 2 + 1] ?? 0);
  });
  return { color: group.color, keys: keptKeys, pairs: Uint32Array.from(keptPairs) };
}

/** Two groups of one colour as one, the second's lines after the first's. */
function joinGroups(a: LineGroup, b: LineGroup): LineGroup {
  const pairs = new Uint32Array(a.pairs.length + b.pairs.length);
  pairs.set(a.pairs);
  pairs.set(b.pairs, a.pairs.length);
  return { color: a.color, keys: [...a.keys, ...b.keys], pairs };
}

/** A few relations (a selection's, a path's) over the same actors as `base`, so they share its positions. */
export function someRelationLines(graph: ActorGraph, base: RelationLines, keys: Iterable<string>): RelationLines {
  const grouped = new LineGroups(base.index);
  for (const key of keys) {
    if (!graph.hasEdge(key)) continue;
    grouped.add(key, graph.getEdgeAttribute(key, 'stance'), graph.source(key), graph.target(key));
  }
  return { nodes: base.nodes, index: base.index, ...grouped.done() };
}

/** Collects index pairs per colour. */
class LineGroups {
  private readonly byColor = new Map<string, { pairs: number[]; keys: string[] }>();
  private count = 0;
  constructor(private readonly index: ReadonlyMap<string, number>) {}

  add(key: string, stance: unknown, source: string, target: string): void {
    const color = relationColor(stance);
    let group = this.byColor.get(color);
    if (!group) {
      group = { pairs: [], keys: [] };
      this.byColor.set(color, group);
    }
    group.pairs.push(this.index.get(source) ?? 0, this.index.get(target) ?? 0);
    group.keys.push(key);
    this.count++;
  }

  done(): Pick<RelationLines, 'groups' | 'count'> {
    const groups = [...this.byColor]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([color, { pairs, keys }]) => ({ color, pairs: Uint32Array.from(pairs), keys }));
    return { groups, count: this.count };
  }
}

/** What a stroke needs of lines: per colour, the index pairs (a worker gets these without the keys). */
export interface StrokeLines {
  groups: readonly { color: string; pairs: Uint32Array }[];
}

/** A 2D context's drawing calls the stroke needs; the screen layer and the image export both pass a real one. */
type StrokeContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'strokeStyle' | 'lineWidth' | 'globalAlpha' | 'save' | 'restore'
> &
  Partial<Pick<CanvasRenderingContext2D, 'setLineDash'>>;

/** Where to draw: model coordinates map to the canvas as `x * zoom + panX`; lines wholly outside are skipped. */
export interface StrokeView {
  zoom: number;
  panX: number;
  panY: number;
  width: number;
  height: number;
  lineWidth: number;
  alpha: number;
  /** One colour for every group instead of each group's own (an underlay). */
  color?: string;
  /** A dash pattern in canvas pixels (ghosts); solid without. */
  dash?: readonly number[];
  /** Lines per stroke; SEGMENTS_PER_STROKE without (see `strokePairs`). */
  segments?: number;
}

/** Whether a line lies wholly beyond one side of a box (both ends past the same side), so it cannot cross it. */
export function lineOutside(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  box: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  return (
    (x1 < box.x1 && x2 < box.x1) ||
    (y1 < box.y1 && y2 < box.y1) ||
    (x1 > box.x2 && x2 > box.x2) ||
    (y1 > box.y2 && y2 > box.y2)
  );
}

/** Segments per stroke, so the rasteriser never holds 150,000 lines at once. See docs/design-choices.md#relation-layer. */
const SEGMENTS_PER_STROKE = 4096;

/**
 * Strokes the lines with actor positions given as [x0, y0, x1, y1, …] in `nodes` order; returns how many were drawn.
 * Coordinates are transformed here rather than through the context, so the line width stays in screen pixels.
 */
export function strokeRelations(
  ctx: StrokeContext,
  lines: StrokeLines,
  positions: Float64Array,
  view: StrokeView,
): number {
  let drawn = 0;
  ctx.save();
  ctx.lineWidth = view.lineWidth;
  ctx.globalAlpha = view.alpha;
  if (view.dash) ctx.setLineDash?.([...view.dash]);
  for (const { color, pairs } of lines.groups) {
    ctx.strokeStyle = view.color ?? color;
    drawn += strokePairs(ctx, pairs, positions, view);
  }
  ctx.restore();
  return drawn;
}

/** Strokes one colour's lines, in paths of SEGMENTS_PER_STROKE, skipping those off the canvas; returns how many. */
function strokePairs(ctx: StrokeContext, pairs: ArrayLike<number>, positions: Float64Array, view: StrokeView): number {
  const { zoom, panX, panY, width, height } = view;
  const canvasBox = { x1: 0, y1: 0, x2: width, y2: height };
  const perStroke = view.segments ?? SEGMENTS_PER_STROKE;
  let drawn = 0;
  let inPath = 0;
  ctx.beginPath();
  for (let i = 0; i < pairs.length; i += 2) {
    const a = (pairs[i] ?? 0) * 2;
    const b = (pairs[i + 1] ?? 0) * 2;
    const x1 = (positions[a] ?? 0) * zoom + panX;
    const y1 = (positions[a + 1] ?? 0) * zoom + panY;
    const x2 = (positions[b] ?? 0) * zoom + panX;
    const y2 = (positions[b + 1] ?? 0) * zoom + panY;
    if (lineOutside(x1, y1, x2, y2, canvasBox)) continue;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    drawn++;
    if (++inPath === perStroke) {
      ctx.stroke();
      ctx.beginPath();
      inPath = 0;
    }
  }
  if (inPath > 0) ctx.stroke();
  return drawn;
}

/**
 * The squared distance from a point to a line between two ends; Infinity when the point lies outside the line's box
 * grown by the radius (it cannot be near), and for NaN ends, which fail every comparison.
 */
// Plain numbers, not points: this runs for every line in the scan, and allocates nothing.
function squaredDistance(x: number, y: number, x1: number, y1: number, x2: number, y2: number, radius: number): number {
  if (!(x >= Math.min(x1, x2) - radius && x <= Math.max(x1, x2) + radius)) return Number.POSITIVE_INFINITY;
  if (!(y >= Math.min(y1, y2) - radius && y <= Math.max(y1, y2) + radius)) return Number.POSITIVE_INFINITY;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2)) : 0;
  const ex = x1 + t * dx - x;
  const ey = y1 + t * dy - y;
  return ex * ex + ey * ey;
}

/**
 * The relation whose line passes nearest to a point, within `radius` (all in model coordinates); null when none.
 * A plain scan, no spatial index: see docs/design-choices.md#relation-layer.
 */
export function nearestRelation(
  lines: RelationLines,
  positions: Float64Array,
  x: number,
  y: number,
  radius: number,
): string | null {
  let best: string | null = null;
  let bestDistance = radius * radius;
  for (const { pairs, keys } of lines.groups) {
    for (let i = 0; i < pairs.length; i += 2) {
      const a = (pairs[i] ?? 0) * 2;
      const b = (pairs[i + 1] ?? 0) * 2;
      const x1 = positions[a] ?? Number.NaN;
      const y1 = positions[a + 1] ?? Number.NaN;
      const x2 = positions[b] ?? Number.NaN;
      const y2 = positions[b + 1] ?? Number.NaN;
      const distance = squaredDistance(x, y, x1, y1, x2, y2, radius);
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = keys[i / 2] ?? null;
      }
    }
  }
  return best;
}
