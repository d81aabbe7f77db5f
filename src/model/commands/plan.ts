// What checking a command yields: the primitive changes to make, or the errors that refuse it; and attribute patching.

import type { ErrorSink } from './check-fields';
import type { FieldErrors } from './command';
import type { GraphOp } from './graph-ops';

/** A checked command: the changes to apply, or why none will be. */
export type Plan = { ops: GraphOp[] } | { errors: FieldErrors };

/** The plan for `ops`, unless errors were gathered. */
export function planOf(errors: ErrorSink, ops: () => GraphOp[]): Plan {
  return Object.keys(errors).length > 0 ? { errors } : { ops: ops() };
}

/** A plan refused for one reason. */
export function refuse(field: string, message: string): Plan {
  return { errors: { [field]: message } };
}

/**
 * A new attribute object: the old one's keys in their order with `changes` applied (undefined removes), then the
 * keys it did not have, in the order given. A copy, so the graph never holds an object the caller still has.
 */
export function patchAttributes<T extends object>(old: T, changes: Readonly<Record<string, unknown>>): T {
  // No prototype: an attribute named "__proto__" is then an attribute like any other, not a prototype change.
  const next: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(old)) {
    const changed = Object.hasOwn(changes, key);
    const kept = changed ? changes[key] : value;
    if (kept !== undefined) next[key] = kept;
  }
  for (const [key, value] of Object.entries(changes)) {
    if (!Object.hasOwn(old, key) && value !== undefined) next[key] = value;
  }
  return structuredClone(next) as T;
}

/** Whether patching would change nothing (same values, compared as JSON). */
export function changesNothing(old: object, changes: Readonly<Record<string, unknown>>): boolean {
  const record = old as Record<string, unknown>;
  return Object.entries(changes).every(([key, value]) => JSON.stringify(record[key]) === JSON.stringify(value));
}
