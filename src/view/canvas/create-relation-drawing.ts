// Chooses the relation drawing of a profile: cytoscape edges, or the relation layer.

import { mountEdgeRelations } from './edge-relations';
import { mountLayerRelations } from './layer-relations';
import type { DrawingTarget, RelationDrawing } from './relation-drawing';
import type { RenderProfile } from './render-profile';

/** Chooses the drawing once per profile: beyond 'detailed' cytoscape holds actors only (docs/design-choices.md). */
export function createRelationDrawing(profile: RenderProfile, target: DrawingTarget): RelationDrawing {
  return profile === 'detailed' ? mountEdgeRelations(target.cy) : mountLayerRelations(target);
}
