// Encodes the part of the state a link should carry into the URL hash, and decodes it back.

import type { Selection } from './app-state';

/** What the hash carries: the dataset (when it is not the default) and the selection. */
export interface HashState {
  dataset?: string;
  selection: Selection;
}

/** Encodes a hash state as `#node=<id>` (or `#edge=<id>`), with `dataset=` first when a dataset is named. */
export function encodeHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.selection) params.set(state.selection.type, state.selection.key);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Decodes a hash such as `#node=vladimir-putin`; unknown or malformed parts are ignored. */
export function decodeHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const node = params.get('node');
  const edge = params.get('edge');
  const dataset = params.get('dataset') ?? undefined;
  const selection: Selection = node ? { type: 'node', key: node } : edge ? { type: 'edge', key: edge } : null;
  return dataset ? { dataset, selection } : { selection };
}
