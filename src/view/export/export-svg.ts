// SVG export written by us (see docs/design-choices.md#our-own-svg-writer): the graph as vector shapes, framed like the PNG.

import { labelWeights } from './export-labels';
import { type ExportSource, graphRegion } from './export-source';
import { BACKGROUND_COLORS, type ImageOptions } from './export-types';
import { frameContent, frameRequest } from './frame-content';
import { layoutFrame } from './frame-layout';
import { inkFor } from './frame-primitives';
import { num, paintSvg, svgEl } from './svg-dom';
import { graphLayers } from './svg-graph';
import { canvasMeasure } from './text-measure';

/** Writes the graph (whole, or the current view) as a standalone SVG document with its frame. */
export function exportSvg(source: ExportSource, options: ImageOptions): string {
  const { cy, dataset } = source;
  if (cy.elements(':visible').empty()) throw new Error('There is nothing to export: the graph shows no actors.');
  const region = graphRegion(cy, options.scope);
  const content = frameContent(dataset, source.view, source.measures, frameRequest(source, options));
  const frame = layoutFrame(region.width, region.height, content, inkFor(options.background), canvasMeasure());
  const root = svgEl('svg', {
    version: '1.1',
    width: frame.width,
    height: frame.height,
    viewBox: `0 0 ${frame.width} ${frame.height}`,
  });
  root.append(svgEl('title', {}, content.title ?? dataset.name));
  const fill = BACKGROUND_COLORS[options.background];
  if (fill) root.append(svgEl('rect', { class: 'background', width: '100%', height: '100%', fill }));
  // A nested viewport maps the model region onto the graph's place in the frame; it clips only the current view,
  // so a whole-graph label that wraps a little wider than cytoscape measured may spill into the margin.
  const viewport = svgEl('svg', {
    class: 'graph',
    x: frame.graph.x,
    y: frame.graph.y,
    width: frame.graph.width,
    height: frame.graph.height,
    viewBox: [region.x1, region.y1, region.w, region.h].map(num).join(' '),
    preserveAspectRatio: 'xMidYMid meet',
    overflow: options.scope === 'view' ? 'hidden' : 'visible',
  });
  const labels = { mode: options.labels, weigh: labelWeights(source) };
  viewport.append(...graphLayers(cy, dataset.graph, region, options.scope, labels, source.relations));
  root.append(viewport, paintSvg(frame.primitives, 'frame'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
