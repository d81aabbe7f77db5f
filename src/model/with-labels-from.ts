// The Label field applied: a copy of the graph whose actors' labels come from another attribute.

import type { ActorGraph } from './actor-graph';

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * A new graph whose actors are labelled by `attribute` (those without one keep their label); the graph given is
 * never changed, and labelling by 'label' gives it back as it is.
 */
export function withLabelsFrom(graph: ActorGraph, attribute: string): ActorGraph {
  if (attribute === 'label') return graph;
  const relabelled = graph.copy() as ActorGraph;
  relabelled.updateEachNodeAttributes((_key, attributes) => {
    const label = textOf(attributes[attribute]);
    return label ? { ...attributes, label } : attributes;
  });
  return relabelled;
}
