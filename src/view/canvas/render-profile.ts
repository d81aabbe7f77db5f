// How the canvas draws a graph of a given size: full detail for small graphs, the fast path for large ones.

import type { CytoscapeOptions } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';

/** The drawing profiles, from full detail to the fastest. */
export const RENDER_PROFILES = ['detailed', 'large', 'huge'] as const;
export type RenderProfile = (typeof RENDER_PROFILES)[number];

/** Sizes (in relations) at which the canvas switches to the next profile. See docs/design-choices.md#render-profiles. */
export const PROFILE_THRESHOLDS = { large: 1500, huge: 20000 } as const;

/** The profile for a graph: by its number of relations (and actors, for graphs of few relations). */
export function renderProfileOf(graph: ActorGraph | undefined): RenderProfile {
  if (!graph) return 'detailed';
  const weight = Math.max(graph.size, graph.order * 2);
  if (weight > PROFILE_THRESHOLDS.huge) return 'huge';
  if (weight > PROFILE_THRESHOLDS.large) return 'large';
  return 'detailed';
}

/** Renderer options of each profile (these are fixed when a cytoscape core is created). */
export function rendererOptions(profile: RenderProfile): Partial<CytoscapeOptions> {
  if (profile === 'detailed') return {};
  // While the user pans or zooms a large graph, a snapshot of the actors moves instead of a redraw
  // (textureOnViewport), as the relation layer's picture does beneath it. Cytoscape holds no edges at these sizes.
  const fast: Partial<CytoscapeOptions> = { textureOnViewport: true, pixelRatio: 1 };
  // No `webgl: true`: without a GPU it measured slower than canvas. See docs/design-choices.md#canvas-not-webgl.
  return profile === 'huge' ? { ...fast, motionBlur: false } : fast;
}
