// Turns the view settings into each node's colour, shape and size on the canvas (and in the legend and exports).

import type { ActorGraph } from '../model/actor-graph';
import { categoriesOf, numericRange } from '../model/node-attributes';
import type { ActorAttributes } from '../model/schema';
import { FROM_FILE, type ViewSettings } from '../model/view-settings';
import { CATEGORY_PALETTE, DEFAULT_KIND_STYLE, kindStyle } from './kind-style';

/** A node as drawn. */
export interface NodeLook {
  color: string;
  shape: string;
  size: number;
}

/** The node size when nothing maps to size, and the range sizes are mapped into. */
export const DEFAULT_NODE_SIZE = 22;
export const SIZE_RANGE = [12, 52] as const;

/** A category's colour: the kind's own colour for the vocabulary's kinds, else the palette in frequency order. */
export function categoryColors(graph: ActorGraph, attribute: string): Map<string, string> {
  const colors = new Map<string, string>();
  categoriesOf(graph, attribute).forEach(({ value }, i) => {
    const own = attribute === 'kind' ? kindStyle(value) : DEFAULT_KIND_STYLE;
    colors.set(
      value,
      own !== DEFAULT_KIND_STYLE ? own.color : (CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] as string),
    );
  });
  return colors;
}

function sizeMapper(graph: ActorGraph, sizeBy: string | null): (attrs: ActorAttributes) => number {
  if (!sizeBy) return () => DEFAULT_NODE_SIZE;
  const attribute = sizeBy === FROM_FILE ? 'size' : sizeBy;
  const range = numericRange(graph, attribute);
  if (!range) return () => DEFAULT_NODE_SIZE;
  const [low, high] = SIZE_RANGE;
  const span = range.max - range.min;
  return (attrs) => {
    const value = attrs[attribute];
    if (typeof value !== 'number' || !Number.isFinite(value)) return low;
    // Square-root scaling so node area, not diameter, follows the value, as readers perceive it.
    return span === 0 ? DEFAULT_NODE_SIZE : low + (high - low) * Math.sqrt((value - range.min) / span);
  };
}

/** Builds the function that gives each node its look under the given settings. */
export function createNodeLook(graph: ActorGraph, settings: ViewSettings): (attrs: ActorAttributes) => NodeLook {
  const size = sizeMapper(graph, settings.sizeBy);
  const colorBy = settings.colorBy;
  const palette = colorBy && colorBy !== FROM_FILE ? categoryColors(graph, colorBy) : null;
  return (attrs) => {
    const style = kindStyle(attrs.kind);
    let color = style.color;
    if (colorBy === FROM_FILE) color = typeof attrs.color === 'string' && attrs.color ? attrs.color : style.color;
    else if (palette) color = palette.get(String(attrs[colorBy as string])) ?? DEFAULT_KIND_STYLE.color;
    else if (!colorBy) color = DEFAULT_KIND_STYLE.color;
    return { color, shape: style.shape, size: size(attrs) };
  };
}
