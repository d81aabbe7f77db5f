// The fields the user chose for a file, remembered in localStorage by the file's attribute names.

import type { ActorGraph } from '../model/actor-graph';
import { FIELD_ROLES, type FieldMap } from '../model/fields';
import { attributeHeader } from '../model/guess-fields';

const FIELDS_MEMORY_PREFIX = 'backchannel:fields:';

/** The fields chosen before for a graph with these attribute names, if any (and well-formed). */
export function rememberedFields(graph: ActorGraph): FieldMap | undefined {
  try {
    const saved = localStorage.getItem(FIELDS_MEMORY_PREFIX + attributeHeader(graph));
    const parsed: unknown = saved ? JSON.parse(saved) : undefined;
    if (!parsed || typeof parsed !== 'object') return undefined;
    const record = parsed as Record<string, unknown>;
    const ok = FIELD_ROLES.every((role) => record[role] === null || typeof record[role] === 'string');
    return ok ? (record as FieldMap) : undefined;
  } catch {
    return undefined; // storage may be disabled or hold junk; the guess is the safe fallback
  }
}

/** Remembers the fields chosen for a graph, for the next file with the same attribute names. */
export function rememberFields(graph: ActorGraph, fields: FieldMap): void {
  try {
    localStorage.setItem(FIELDS_MEMORY_PREFIX + attributeHeader(graph), JSON.stringify(fields));
  } catch {
    // Not remembering is harmless: the guess comes back next time.
  }
}
