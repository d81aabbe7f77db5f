// Merging one actor into another: the survivor takes its relations, its names as aliases and what it lacks.

import type { ActorGraph } from '../actor-graph';
import type { ActorAttributes } from '../schema';
import { foldText } from '../search-index';
import { relationsOf } from './actor-commands';
import { endsOf } from './graph-ops';
import { type Plan, patchAttributes, refuse } from './plan';

/**
 * The survivor's attributes after the merge: its own in their order; the other's label and aliases appended to its
 * aliases (names it already has, ignoring case and accents, are not repeated); and every other attribute of the
 * other's that the survivor lacks, appended. What both have, the survivor's value wins.
 */
export function mergedAttributes(into: ActorAttributes, from: ActorAttributes): ActorAttributes {
  const own = Array.isArray(into.aliases) ? into.aliases : [];
  const names = new Set([into.label, ...own].filter((n) => typeof n === 'string').map(foldText));
  const aliases = [...own];
  const theirs = [from.label, ...(Array.isArray(from.aliases) ? from.aliases : [])];
  for (const name of theirs) {
    if (typeof name !== 'string' || name.trim() === '' || names.has(foldText(name))) continue;
    names.add(foldText(name));
    aliases.push(name);
  }
  const changes: Record<string, unknown> = Object.create(null);
  if (aliases.length > own.length) changes.aliases = aliases;
  for (const [key, value] of Object.entries(from)) {
    if (key === 'label' || key === 'aliases' || value === undefined) continue;
    if ((into as Record<string, unknown>)[key] === undefined) changes[key] = value;
  }
  return patchAttributes(into, changes);
}

/**
 * Plans merging `from` into `into`. Every relation of `from` moves to `into` with its key, attributes, evidence and
 * place in the order; a relation between the two becomes a self-loop on the survivor and parallel relations stay
 * separate (each is its own claim with its own evidence), so nothing is lost and counts add up. Then `from` goes.
 */
export function planMergeActors(graph: ActorGraph, from: string, into: string): Plan {
  if (!graph.hasNode(from)) return refuse('from', 'The dataset has no such actor.');
  if (!graph.hasNode(into)) return refuse('into', 'Choose an actor the dataset has to merge into.');
  if (from === into) return refuse('into', 'Choose another actor: an actor cannot be merged into itself.');
  const moves = relationsOf(graph, from).map((key) => {
    const ends = endsOf(graph, key);
    return {
      ...ends,
      source: ends.source === from ? into : ends.source,
      target: ends.target === from ? into : ends.target,
    };
  });
  const attributes = mergedAttributes(graph.getNodeAttributes(into), graph.getNodeAttributes(from));
  return {
    ops: [
      { op: 'set-node', key: into, attributes },
      ...(moves.length > 0 ? [{ op: 'reattach-edges' as const, edges: moves }] : []),
      { op: 'drop-nodes', keys: [from] },
    ],
  };
}
