// How nodes are coloured and sized: by an attribute, by what the file stores, or uniformly; and the defaults.

import type { ActorGraph } from './actor-graph';
import { defaultColorBy, describeNodeAttributes, hasStoredColors, hasStoredSizes } from './node-attributes';

/** Colour or size taken from the file's own `color` / `size` attributes. */
export const FROM_FILE = '@file';

/** The mapping of node attributes to colour and size; null means one colour, one size. */
export interface ViewSettings {
  colorBy: string | null;
  sizeBy: string | null;
}

/** Uniform colour and size, before a dataset has loaded. */
export const DEFAULT_VIEW_SETTINGS: ViewSettings = { colorBy: null, sizeBy: null };

/** The settings a freshly opened dataset gets: stored colours and sizes honoured, else an obvious category. */
export function defaultViewSettings(graph: ActorGraph): ViewSettings {
  const { categorical } = describeNodeAttributes(graph);
  return {
    colorBy: hasStoredColors(graph) ? FROM_FILE : defaultColorBy(categorical),
    sizeBy: hasStoredSizes(graph) ? FROM_FILE : null,
  };
}
