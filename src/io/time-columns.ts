// Renames columns and keys that mean start or end ("valid_from", "End Date") to start and end, where that is safe.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { looksLikeTime } from './time-axis';
import { axisOfName, timeRole } from './time-names';

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

/** Old name → start, end, spells or slices, for the names of one kind of element that can be renamed. */
function renames(records: Iterable<Attributes>): Map<string, string> {
  const { roles, fitting } = survey(records);
  const chosen = new Map<string, string>();
  const taken = new Set<string>(['start', 'end', 'spells', 'slices'].filter((name) => roles.has(name)));
  // Spells and slices (JSON text) under a name with an axis, as our CSV export writes them on a numeric axis.
  for (const name of roles.keys()) {
    const base = name.replace(/\s*[([][^)\]]*[)\]]\s*$/, '');
    if ((base === 'spells' || base === 'slices') && axisOfName(name) && !taken.has(base)) {
      chosen.set(name, base);
      taken.add(base);
    }
  }
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

/**
 * Renames, on nodes and on edges, the first name meaning start (or end) whose values all read as times; a renamed
 * column that names an axis ("start (integer)") sets the graph's `timeFormat` when the file gave none.
 */
export function renameTimeNames(graph: ActorGraph): void {
  for (const records of [nodeAttributes, edgeAttributes]) {
    const chosen = renames(records(graph));
    if (chosen.size === 0) continue;
    const axis = [...chosen.keys()].map(axisOfName).find((named) => named !== undefined);
    if (axis !== undefined && !graph.getAttribute('timeFormat')) graph.setAttribute('timeFormat', axis);
    for (const attributes of records(graph)) {
      for (const [from, to] of chosen) {
        if (!Object.hasOwn(attributes, from)) continue;
        attributes[to] = attributes[from];
        delete attributes[from];
      }
    }
  }
}
