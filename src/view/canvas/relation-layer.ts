// The relations of large graphs on one plain canvas under cytoscape's layers: a path per colour, not a stroke each.

import type { Core } from 'cytoscape';
import './canvas-layers.css';
import { RELATION_ALPHA } from './mark-style';
import { nearestRelation, type RelationLines } from './relation-lines';
import type { PaintCamera, PaintLines, PaintScene } from './relation-paint';
import type { PaintReport, RelationPainter } from './relation-painter';

/** The lines and where their actors stand, for an export to draw the same relations the screen shows. */
export interface RelationSnapshot {
  lines: RelationLines;
  /** [x0, y0, x1, y1, …] in model coordinates, in `lines.nodes` order. */
  positions: Float64Array;
  /** The opacity the screen draws them with. */
  alpha: number;
  /** While two dates are compared: the ghosts drawn beneath `lines` and the appeared relations drawn over them. */
  ghosts?: RelationLines | null;
  appeared?: RelationLines | null;
}

/** What the layer draws: every relation shown, and on top the ones a selection or a found path singles out. */
export interface RelationPicture {
  base: RelationLines | null;
  /** Whether the base is dimmed (a found path is shown over it). */
  dimmed: boolean;
  /** The selected actor's or relation's relations, drawn wider and opaque. */
  highlighted: RelationLines | null;
  /** The found paths' relations, drawn widest. */
  onPath: RelationLines | null;
  /** Comparing two dates: ended relations drawn faintly beneath the base (not hit-tested: they are not shown). */
  ghosts?: RelationLines | null;
  /** Comparing two dates: relations that appeared, drawn bold over the base. */
  appeared?: RelationLines | null;
}

/** The layer: `show` sets what to draw; the layer redraws itself when the camera or an actor moves. */
export interface RelationLayer {
  /** Draws this picture. */
  show(picture: RelationPicture): void;
  /** Redraws now, from the actors' current positions. */
  redraw(): void;
  /** Redraws on the next frame (an actor moved; many moves in one frame make one redraw). */
  redrawSoon(): void;
  /** What is drawn, with positions read now; null when nothing is. */
  snapshot(): RelationSnapshot | null;
  /** The key of the relation drawn nearest to a point on the canvas (rendered pixels), within `radius` pixels. */
  relationAt(point: { x: number; y: number }, radius: number): string | null;
  destroy(): void;
}

/** How long the camera rests before the lines are redrawn. See docs/design-choices.md#relation-layer. */
const SETTLE_MS = 120;

/** Notes the picture's counts on the canvas (for tests and debugging: what it holds, without reading pixels). */
function noteCounts(canvas: HTMLCanvasElement, picture: RelationPicture): void {
  const { base, highlighted, onPath, ghosts, appeared } = picture;
  canvas.dataset.relations = String(base?.count ?? 0);
  canvas.dataset.highlighted = String(highlighted?.count ?? 0);
  canvas.dataset.onPath = String(onPath?.count ?? 0);
  canvas.dataset.ghosts = String(ghosts?.count ?? 0);
  canvas.dataset.appeared = String(appeared?.count ?? 0);
}

/** The picture's lines by slot, as the painter takes them. */
function paintLines(picture: RelationPicture): PaintLines {
  const { base, highlighted, onPath } = picture;
  return { base, highlighted, onPath, ghosts: picture.ghosts ?? null, appeared: picture.appeared ?? null };
}

/**
 * Mounts the layer in `container` beneath cytoscape's canvases: one path per colour where cytoscape strokes each
 * edge on its own; while the camera moves the last picture moves. See docs/design-choices.md#relation-layer.
 * Actor positions come from `readPositions` (the canvas's array, in the lines' node order), never from the core.
 */
export function mountRelationLayer(
  container: HTMLElement,
  cy: Core,
  readPositions: () => Float64Array | null,
): RelationLayer {
  // The canvas is scaled past its box while the camera moves: the clip keeps it inside the graph's area.
  const clip = document.createElement('div');
  clip.className = 'relation-clip';
  const canvas = document.createElement('canvas');
  canvas.className = 'relation-layer';
  canvas.setAttribute('aria-hidden', 'true');
  clip.append(canvas);
  container.prepend(clip);
  let picture: RelationPicture = { base: null, dimmed: false, highlighted: null, onPath: null };
  let drawnAt: { zoom: number; x: number; y: number } | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  // The camera of each paint asked for, until it is on the canvas: the CSS follow is measured from the one shown.
  const asked = new Map<number, PaintCamera>();
  let lastSeq = 0;
  const painted = (report: PaintReport) => {
    const camera = asked.get(report.seq);
    for (const seq of asked.keys()) if (seq <= report.seq) asked.delete(seq);
    if (camera) drawnAt = { zoom: camera.zoom, x: camera.panX, y: camera.panY };
    canvas.dataset.drawn = String(report.drawn);
    canvas.dataset.paintMs = report.ms.toFixed(1);
    canvas.dataset.paintedSeq = String(report.seq);
    follow();
  };
  // The painter is a chunk of its own, loaded with the first large graph: small graphs never need it, and the
  // initial script stays within its budget. Paints asked for meanwhile wait; the latest is painted when it comes.
  let painter: RelationPainter | null = null;
  let waiting: { scene: PaintScene; seq: number } | null = null;
  let destroyed = false;
  void import('./relation-painter').then(({ createRelationPainter }) => {
    if (destroyed) return;
    painter = createRelationPainter(canvas, painted);
    canvas.dataset.painter = painter.kind;
    if (waiting) painter.paint(waiting.scene, waiting.seq);
    waiting = null;
  });

  const redraw = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(settle);
    const pan = cy.pan();
    const camera = {
      zoom: cy.zoom(),
      panX: pan.x,
      panY: pan.y,
      width: container.clientWidth,
      height: container.clientHeight,
    };
    noteCounts(canvas, picture);
    const seq = ++lastSeq;
    asked.set(seq, camera);
    // A worker that never answers (it failed to start) must not make this grow for ever.
    if (asked.size > 64) asked.delete(seq - 64);
    canvas.dataset.paintSeq = String(seq);
    const scene = { lines: paintLines(picture), dimmed: picture.dimmed, positions: readPositions(), camera };
    if (painter) painter.paint(scene, seq);
    else waiting = { scene, seq };
  };

  const redrawSoon = () => {
    if (!frame) frame = requestAnimationFrame(redraw);
  };

  // Follows the camera in the frame cytoscape draws (its 'render' event), not on its synchronous 'viewport' event:
  // cytoscape skips frames when drawing is slow, and a picture moved ahead of its actors drifts from them.
  const follow = () => {
    if (!drawnAt) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const k = zoom / drawnAt.zoom;
    const moved = zoom !== drawnAt.zoom || pan.x !== drawnAt.x || pan.y !== drawnAt.y;
    const transform = moved ? `translate(${pan.x - drawnAt.x * k}px, ${pan.y - drawnAt.y * k}px) scale(${k})` : '';
    if (canvas.style.transform !== transform) canvas.style.transform = transform;
  };
  const onViewport = () => {
    clearTimeout(settle);
    settle = setTimeout(redrawSoon, SETTLE_MS);
  };

  cy.on('viewport', onViewport);
  cy.on('render', follow);
  cy.on('resize', redrawSoon);

  return {
    show(next) {
      picture = next;
      redraw();
    },
    redraw,
    redrawSoon,
    relationAt(point, radius) {
      const base = picture.base;
      const xy = readPositions();
      if (!base || base.count === 0 || !xy) return null;
      const zoom = cy.zoom();
      const pan = cy.pan();
      return nearestRelation(base, xy, (point.x - pan.x) / zoom, (point.y - pan.y) / zoom, radius / zoom);
    },
    snapshot() {
      const { base, dimmed, ghosts, appeared } = picture;
      const xy = readPositions();
      if (!base || (base.count === 0 && !ghosts?.count) || !xy) return null;
      return {
        lines: base,
        positions: xy.slice(),
        alpha: dimmed ? RELATION_ALPHA.dimmed : RELATION_ALPHA.shown,
        ghosts,
        appeared,
      };
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(settle);
      cy.off('viewport', onViewport);
      cy.off('render', follow);
      cy.off('resize', redrawSoon);
      destroyed = true;
      painter?.destroy();
      clip.remove();
    },
  };
}
