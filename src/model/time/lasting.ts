// Which relations last once begun (membership, leadership, supply) and which are points in time (a call, a warning).

/** Relations that hold from their date until an end is given; every other dated relation is a point in time. */
export const LASTING_RELATIONS: ReadonlySet<string> = new Set([
  'member-of',
  'leads',
  'part-of',
  'located-in',
  'supplies',
  'influences',
  'pursues',
]);

/** Whether a relation name lasts once begun. */
export function isLasting(relation: unknown): boolean {
  return typeof relation === 'string' && LASTING_RELATIONS.has(relation);
}
