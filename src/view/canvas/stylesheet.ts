// The canvas stylesheet: shapes and colours from the data mappers, selection and fading classes.

import type { StylesheetJson } from 'cytoscape';
import { APPEARED_STYLE, GHOST_STYLE } from './mark-style';
import type { RenderProfile } from './render-profile';

/** Node labels sit below the node on a light plate so they stay readable where edges cross them. */
export const LABEL_FONT_SIZE = 11;
/** The gap between a node and its label, and the width a label wraps at, in model units at zoom 1. */
export const LABEL_MARGIN_Y = 3;
export const LABEL_MAX_WIDTH = 110;
/** The halo under the selected actor; its width is set per zoom by canvas-labels.ts (HALO_PX on screen). */
export const HALO_COLOR = '#f59e0b';

/** The smallest label, in screen pixels, each profile draws (cytoscape's min-zoomed-font-size). */
export function minZoomedFontSize(profile: RenderProfile): number {
  return profile === 'detailed' ? 5 : 14;
}

/** Builds the stylesheet; every colour and shape comes from element data set by buildElements. */
export function buildStylesheet(profile: RenderProfile = 'detailed'): StylesheetJson {
  if (profile === 'detailed') return detailedStyle();
  return fastStyle();
}

/**
 * Above a size, the costly parts of actors go: label plates, borders, and labels until zoomed in. Relations are not
 * in cytoscape at those sizes at all (the relation layer draws them), so their rules go too: cytoscape tests every
 * rule against every element it styles, and half as many rules style 5,000 actors measurably faster.
 */
function fastStyle(): StylesheetJson {
  const [node, ...rest] = detailedStyle() as { selector: string; style: Record<string, unknown> }[];
  const fast = {
    'text-background-opacity': 0,
    'border-width': 0,
    'min-zoomed-font-size': minZoomedFontSize('large'),
    'text-wrap': 'none',
  };
  return [
    // While the camera moves, cytoscape shows a snapshot of the actors; outside it, blank rather than grey bands.
    { selector: 'core', style: { 'outside-texture-bg-opacity': 0 } },
    { selector: 'node', style: { ...node?.style, ...fast } },
    ...rest.filter((rule) => !rule.selector.startsWith('edge')),
    { selector: 'node:selected', style: { 'border-width': 3 } },
  ] as StylesheetJson;
}

function detailedStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': LABEL_FONT_SIZE,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN_Y,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': minZoomedFontSize('detailed'),
      },
    },
    {
      selector: ':parent',
      style: {
        'background-color': '#eef1f5',
        'background-opacity': 0.6,
        'border-color': '#9aa5b1',
        'border-width': 1,
        shape: 'round-rectangle',
        'text-valign': 'top',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)' as never,
        'line-style': 'data(line)' as never,
        'line-dash-pattern': [6, 3],
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    { selector: 'edge[line = "dotted"]', style: { 'line-dash-pattern': [1.5, 3] } },
    { selector: 'node:selected', style: { 'border-color': '#111827', 'border-width': 3.5, 'font-weight': 'bold' } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.2 } },
    { selector: 'edge.highlighted', style: { width: 2.6, opacity: 1 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.off-path', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: 'edge.on-path', style: { width: 4, opacity: 1, 'z-index': 10 } },
    {
      selector: 'node.on-path',
      style: { 'border-color': '#111827', 'border-width': 3, opacity: 1, 'text-opacity': 1 },
    },
    { selector: 'node.hovered', style: { 'border-color': '#111827', 'border-width': 2.5 } },
    {
      selector: 'node:selected',
      style: {
        'underlay-color': HALO_COLOR,
        'underlay-opacity': 0.55,
        'underlay-shape': 'ellipse',
        'underlay-padding': 6,
      },
    },
    // Labels the canvas places (canvas-labels.ts): important ones drawn at any zoom, overlapping ones not at all.
    { selector: 'node.label-forced', style: { 'min-zoomed-font-size': 0, 'text-opacity': 1 } },
    // Last, so it wins over every rule above that sets text-opacity.
    { selector: 'node.label-culled', style: { 'text-opacity': 0 } },
    // Comparing two dates (time-marks.ts): what appeared is drawn bold, what ended is drawn faintly though hidden,
    // as the relation layer draws them on large graphs (mark-strokes.ts). A ghost is not hit: it is not shown.
    {
      selector: 'edge.appeared',
      style: {
        width: APPEARED_STYLE.width,
        opacity: APPEARED_STYLE.alpha,
        'underlay-color': APPEARED_STYLE.underlay,
        'underlay-opacity': APPEARED_STYLE.underlayAlpha,
        'underlay-padding': APPEARED_STYLE.padding,
      },
    },
    {
      selector: 'edge.ghost',
      style: {
        display: 'element',
        events: 'no',
        opacity: GHOST_STYLE.alpha,
        'line-style': 'dashed',
        'line-dash-pattern': [...GHOST_STYLE.dash],
      },
    },
  ];
}
