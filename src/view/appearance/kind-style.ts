// Colours and shapes for actor kinds and relation stances, shared by the canvas, the legend and exports.

import type { ActorKind, Certainty, Stance } from '../../model/schema';

/** How one kind of actor is drawn. */
export interface KindStyle {
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'rectangle' | 'octagon' | 'diamond' | 'star' | 'triangle' | 'pentagon';
}

// Colours chosen to be told apart by people with the common colour-vision deficiencies when paired with the
// shapes, and dark enough that white text on them and they on white both pass WCAG AA for large elements.
/** The style of each kind of the native vocabulary. */
export const KIND_STYLES: Record<ActorKind, KindStyle> = {
  person: { color: '#2f62c9', shape: 'ellipse' },
  state: { color: '#b3261e', shape: 'round-rectangle' },
  'government-body': { color: '#7b3fa0', shape: 'rectangle' },
  group: { color: '#127a6a', shape: 'octagon' },
  issue: { color: '#a86b00', shape: 'diamond' },
  event: { color: '#d1570f', shape: 'star' },
  'weapon-system': { color: '#4a5563', shape: 'triangle' },
  place: { color: '#2b7a2f', shape: 'pentagon' },
};

/** The style of actors whose kind is missing or outside the vocabulary. */
export const DEFAULT_KIND_STYLE: KindStyle = { color: '#6b7280', shape: 'ellipse' };

/** Edge colours by stance. */
export const STANCE_COLORS: Record<Stance, string> = {
  cooperative: '#2e7d32',
  conflictual: '#c62828',
  neutral: '#6b7a86',
};

/** Edge colour when no stance is given. */
export const DEFAULT_EDGE_COLOR = '#8a96a3';

/** Line style by certainty: only confirmed relations are drawn solid. */
export const CERTAINTY_LINES: Record<Certainty, 'solid' | 'dashed' | 'dotted'> = {
  confirmed: 'solid',
  reported: 'dashed',
  expected: 'dashed',
  speculated: 'dotted',
};

/** A categorical palette for datasets whose categories are not actor kinds (Colour by any attribute). */
export const CATEGORY_PALETTE = [
  '#2f62c9',
  '#b3261e',
  '#127a6a',
  '#a86b00',
  '#7b3fa0',
  '#d1570f',
  '#2b7a2f',
  '#c2185b',
  '#00838f',
  '#5d4037',
  '#4a5563',
  '#6a1b9a',
] as const;

/** The style for a kind name, falling back to the default for unknown kinds. */
export function kindStyle(kind: unknown): KindStyle {
  return typeof kind === 'string' && Object.hasOwn(KIND_STYLES, kind)
    ? KIND_STYLES[kind as ActorKind]
    : DEFAULT_KIND_STYLE;
}
