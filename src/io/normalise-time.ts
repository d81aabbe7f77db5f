// Time in a loaded graph: start/end under their names, spells and slices as lists, every bound on one axis, no end before its start.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { chooseTimeFormat } from './choose-time-format';
import { fitElementTime, type TimeMisfits } from './fit-element-time';
import { listFromJsonText } from './normalise-attributes';
import { renameTimeNames } from './time-columns';
import { timeWarnings } from './time-warnings';

/** Spells and slices as our GraphML and CSV writers carry them, as JSON text like every structured value, decoded. */
function decodeJson(attributes: Attributes): void {
  if (attributes.spells !== undefined) attributes.spells = listFromJsonText(attributes.spells);
  const slices = attributes.slices;
  if (typeof slices !== 'string' || !slices.trimStart().startsWith('{')) return;
  try {
    attributes.slices = JSON.parse(slices) as unknown;
  } catch {
    // not JSON after all: fitting sets it aside as slices_original, with a warning
  }
}

/** Puts a loaded graph's time on one axis (graph attribute `timeFormat` when numeric) and reports what did not fit. */
export function normaliseTime(graph: ActorGraph, warnings: string[]): void {
  renameTimeNames(graph);
  graph.forEachNode((_key, attributes) => decodeJson(attributes));
  graph.forEachEdge((_key, attributes) => decodeJson(attributes));
  const format = chooseTimeFormat(graph, warnings);
  if (format === undefined) return;
  if (format !== 'date') graph.setAttribute('timeFormat', format);
  for (const kind of ['node', 'edge'] as const) {
    const found: TimeMisfits = { misfits: new Map(), backwards: [] };
    const each = kind === 'node' ? graph.forEachNode.bind(graph) : graph.forEachEdge.bind(graph);
    each((key: string, attributes: Attributes) => fitElementTime(key, attributes, format, found));
    warnings.push(...timeWarnings(kind, found, format));
  }
}
