// Lists the attributes a panel does not already show, so every attribute of any dataset is visible.

import { el, renderValue } from '../dom';

/** Attributes shown elsewhere in the inspector, or display-only, and so left out of the generic list. */
const SHOWN_ELSEWHERE = new Set([
  'label',
  'kind',
  'aliases',
  'description',
  'role',
  'x',
  'y',
  'relation',
  'stance',
  'certainty',
  'date',
  'dateText',
  'evidence',
]);

/** A definition list of the remaining attributes (besides those the fields show), or nothing when there are none. */
export function renderAttributes(
  attrs: Record<string, unknown>,
  shownByFields: readonly (string | null)[] = [],
): HTMLElement | null {
  const rest = Object.entries(attrs).filter(
    ([name, value]) => !SHOWN_ELSEWHERE.has(name) && !shownByFields.includes(name) && value !== undefined,
  );
  if (rest.length === 0) return null;
  return el(
    'dl',
    { class: 'attributes' },
    ...rest.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, renderValue(value))]),
  );
}
