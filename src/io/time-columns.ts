// Renames columns and keys that mean start or end ("valid_from", "End Date") to start and end, where that is safe.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { looksLikeTime } from './time-axis';
import { timeRole } from './time-names';

type Role = 'start' | 'end' | undefined;
const fits = (value: unknown) => value === undefined || value === null || value === '' || looksLikeTime(value);

/** Every name's role, and for names with one, whether all their values read as times. */
function survey(records: Iterable<Attributes>): { roles: Map<string, Role>; fitting: Map<string, boolean> } {
  const roles = new Map<string, Role>();
  const fitting = new Map<string, boolean>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (!roles.has(name)) roles.set(name, timeRole(name));
      const role = roles.get(name);
      if (role !== undefined && role !== name) fitting.set(name, (fitting.get(name) ?? true) && fits(value));
    }
  }
  return { roles, fitting };
}

/** Old name → start or end, for the names of one kind of element that can be renamed. */
function renames(records: Iterable<Attributes>): Map<string, 'start' | 'end'> {
  const { roles, fitting } = survey(records);
  const chosen = new Map<string, 'start' | 'end'>();
  const taken = new Set<string>(['start', 'end'].filter((name) => roles.has(name)));
  for (const [name, allFit] of fitting) {
    const role = roles.get(name);
    // The first fitting name per bound wins; a column of other text ("to date" meaning "so far") keeps its name.
    if (!role || name === role || taken.has(role) || !allFit) continue;
    chosen.set(name, role);
    taken.add(role);
  }
  return chosen;
}

function* nodeAttributes(graph: ActorGraph) {
  for (const { attributes } of graph.nodeEntries()) yield attributes;
}

function* edgeAttributes(graph: ActorGraph) {
  for (const { attributes } of graph.edgeEntries()) yield attributes;
}

/** Renames, on nodes and on edges, the first name meaning start (or end) whose values all read as times. */
export function renameTimeNames(graph: ActorGraph): void {
  for (const records of [nodeAttributes, edgeAttributes]) {
    const chosen = renames(records(graph));
    if (chosen.size === 0) continue;
    for (const attributes of records(graph)) {
      for (const [from, to] of chosen) {
        if (!Object.hasOwn(attributes, from)) continue;
        attributes[to] = attributes[from];
        delete attributes[from];
      }
    }
  }
}
