// Turns the view settings into each node's colour, shape and size on the canvas (and in the legend and exports).

import type { ActorGraph } from '../../model/actor-graph';
import { numericRange, ownAttribute } from '../../model/node-attributes';
import type { ActorAttributes } from '../../model/schema';
import type { MeasureTable } from '../../state/app-state';
import { FROM_FILE, type ViewSettings } from '../../state/view-settings';
import { COMMUNITY, categoryColors } from './category-colors';
import { DEFAULT_KIND_STYLE, kindStyle } from './kind-style';

export { COMMUNITY, categoryColors } from './category-colors';

/** A node as drawn. */
export interface NodeLook {
  color: string;
  shape: string;
  size: number;
}

/** The node size when nothing maps to size, and the range sizes are mapped into. */
export const DEFAULT_NODE_SIZE = 22;
export const SIZE_RANGE = [12, 52] as const;

/**
 * Maps a value in [min, max] into the size range: square-root so node area, not diameter, follows a quantity; linear
 * for sizes a file stores, which are drawn sizes already (and a GEXF export's own come back as they were drawn).
 */
function scale(value: number, min: number, max: number, linear = false): number {
  const [low, high] = SIZE_RANGE;
  if (max === min) return DEFAULT_NODE_SIZE;
  const share = (value - min) / (max - min);
  return low + (high - low) * (linear ? share : Math.sqrt(share));
}

/** Builds the function that gives each node its drawn size under "Size by" (a measure, an attribute, or none). */
export function createNodeSize(
  graph: ActorGraph,
  sizeBy: string | null,
  measures: MeasureTable,
): (attrs: ActorAttributes, key: string) => number {
  if (!sizeBy) return () => DEFAULT_NODE_SIZE;
  const measured = measures[sizeBy];
  if (measured) {
    const values = Object.values(measured);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return (_attrs, key) => scale(measured[key] ?? min, min, max);
  }
  const attribute = sizeBy === FROM_FILE ? 'size' : sizeBy;
  const range = numericRange(graph, attribute);
  if (!range) return () => DEFAULT_NODE_SIZE;
  return (attrs) => {
    const value = ownAttribute(attrs, attribute);
    if (typeof value !== 'number' || !Number.isFinite(value)) return SIZE_RANGE[0];
    return scale(value, range.min, range.max, sizeBy === FROM_FILE);
  };
}

/** Builds the function that gives each node its look under the given settings and the measures computed so far. */
export function createNodeLook(
  graph: ActorGraph,
  settings: ViewSettings,
  measures: MeasureTable,
): (attrs: ActorAttributes, key: string) => NodeLook {
  const size = createNodeSize(graph, settings.sizeBy, measures);
  const colorBy = settings.colorBy;
  const palette = colorBy && colorBy !== FROM_FILE ? categoryColors(graph, colorBy, measures) : null;
  const communities = colorBy === COMMUNITY ? (measures[COMMUNITY] ?? {}) : null;
  return (attrs, key) => {
    const style = kindStyle(attrs.kind);
    let color = style.color;
    if (colorBy === FROM_FILE) color = typeof attrs.color === 'string' && attrs.color ? attrs.color : style.color;
    else if (palette) {
      const value = communities ? communities[key] : ownAttribute(attrs, colorBy as string);
      color = palette.get(String(value)) ?? DEFAULT_KIND_STYLE.color;
    } else if (!colorBy) color = DEFAULT_KIND_STYLE.color;
    return { color, shape: style.shape, size: size(attrs, key) };
  };
}
