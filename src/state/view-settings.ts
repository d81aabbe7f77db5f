// The view settings the state holds: how nodes are coloured and sized, the layout, the ranking; and their defaults.

import type { ActorGraph } from '../model/actor-graph';
import type { Measure } from '../model/measure-names';
import { defaultColorBy, describeNodeAttributes, hasStoredColors, hasStoredSizes } from '../model/node-attributes';

/** Colour or size taken from the file's own `color` / `size` attributes. */
export const FROM_FILE = '@file';

/** Layouts the explorer offers; `auto` uses stored positions when every node has them, else `force`. */
export const LAYOUT_NAMES = ['auto', 'force', 'concentric', 'circle', 'grid', 'breadthfirst', 'stored'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Whether a string names a layout. */
export function isLayoutName(name: unknown): name is LayoutName {
  return typeof name === 'string' && (LAYOUT_NAMES as readonly string[]).includes(name);
}

/** The mapping of node attributes to colour and size (null means one colour, one size), and the layout. */
export interface ViewSettings {
  colorBy: string | null;
  sizeBy: string | null;
  layout: LayoutName;
  /** The measure the "Top actors" list ranks by. */
  rankBy: Measure;
}

/** Uniform colour and size, before a dataset has loaded. */
export const DEFAULT_VIEW_SETTINGS: ViewSettings = { colorBy: null, sizeBy: null, layout: 'auto', rankBy: 'degree' };

/** The settings a freshly opened dataset gets: stored colours and sizes honoured, else an obvious category. */
export function defaultViewSettings(graph: ActorGraph): ViewSettings {
  const { categorical } = describeNodeAttributes(graph);
  return {
    colorBy: hasStoredColors(graph) ? FROM_FILE : defaultColorBy(categorical),
    sizeBy: hasStoredSizes(graph) ? FROM_FILE : null,
    layout: 'auto',
    rankBy: 'degree',
  };
}
