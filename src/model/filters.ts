// Filters as pure functions of the graph: which actors and relations stay visible, and why one is hidden.

import type { ActorGraph } from './actor-graph';
import { actorLabel, describeRelation } from './describe-element';
import { ownAttribute } from './node-attributes';
import { type ActorKind, KIND_LABELS } from './schema';
import { actorHiddenAsOf, asOfInstant, relationHiddenAsOf } from './time/time-filter';

/** What the Filters panel asks for; a null list lets every value through, an empty list lets none through. */
export interface Filters {
  /** The node attribute the kind checkboxes filter on: 'kind' natively, the "Colour by" attribute elsewhere. */
  attribute: string;
  /** Allowed values of `attribute`; '' stands for nodes without a value. */
  kinds: string[] | null;
  /** Allowed relation names; '' stands for relations without a name. */
  relations: string[] | null;
  /**
   * The relation attribute the relation checkboxes filter on: the file's mapped relation field ('relation' when
   * absent, none when null). The state sets it from `AppState.fields`; links never carry it.
   */
  relationAttribute?: string | null;
  stances: string[] | null;
  certainties: string[] | null;
  /** ISO date prefix ("2025", "2025-03"); a relation passes when its date overlaps the range at its own precision. */
  dateFrom?: string;
  dateTo?: string;
  /** Hide actors left without any visible relation. */
  hideIsolated: boolean;
  /** The network as of this instant ("2025-03-14", or a number on a numeric axis): what has begun and not ended. */
  asOf?: string;
  /** Whether undated relations show as of a date; absent means they do. */
  includeUndated?: boolean;
}

/** Nothing filtered. */
export const DEFAULT_FILTERS: Filters = {
  attribute: 'kind',
  kinds: null,
  relations: null,
  stances: null,
  certainties: null,
  hideIsolated: false,
};

/** The keys of the visible actors and relations. */
export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The rules a filter is made of, each of which can hide an element on its own. */
export const FILTER_RULES = ['kinds', 'relations', 'stances', 'certainties', 'dates', 'time'] as const;
export type FilterRule = (typeof FILTER_RULES)[number];

/** How a rule is named in a sentence: "hidden by the kind filter". */
export const FILTER_RULE_NAMES: Record<FilterRule, string> = {
  kinds: 'kind',
  relations: 'relation',
  stances: 'stance',
  certainties: 'certainty',
  dates: 'date',
  time: 'as-of date',
};

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?Z?)?)?)?$/;

/** A scalar attribute as a filter value; '' for missing or structured values, so odd data still filters. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Whether a value is an ISO date or a prefix of one ("2025", "2025-07", "2025-07-03"), the only dates filters use. */
export function isDatePrefix(value: unknown): value is string {
  return typeof value === 'string' && ISO_PREFIX.test(value);
}

/** A trimmed ISO date prefix, or undefined for anything else. */
export function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && isDatePrefix(value.trim()) ? value.trim() : undefined;
}

/** Compares two ISO prefixes at the coarser precision, so "2025" is neither before nor after "2025-03". */
function compareAtPrecision(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a date passes the range; undated relations always pass, since most are timeless ("leads", "part of"). */
function datePasses(date: string | undefined, filters: Filters): boolean {
  if (date === undefined) return true;
  const from = dateOf(filters.dateFrom);
  const to = dateOf(filters.dateTo);
  return (!from || compareAtPrecision(date, from) >= 0) && (!to || compareAtPrecision(date, to) <= 0);
}

const allows = (list: string[] | null, value: string) => list === null || list.includes(value);

/** A relation's value in the mapped relation field ('relation' by default); '' when the file maps none. */
export function relationValue(attrs: Record<string, unknown>, field: string | null | undefined): string {
  return field === null ? '' : scalarText(ownAttribute(attrs, field ?? 'relation'));
}

/** The rules that hide an actor on its own account (not for lack of visible relations). */
export function nodeHiddenBy(graph: ActorGraph, filters: Filters, node: string): FilterRule[] {
  if (!graph.hasNode(node)) return [];
  const rules: FilterRule[] = [];
  if (!allows(filters.kinds, scalarText(ownAttribute(graph.getNodeAttributes(node), filters.attribute))))
    rules.push('kinds');
  const at = asOfInstant(graph, filters.asOf);
  if (at !== undefined && actorHiddenAsOf(graph, node, at)) rules.push('time');
  return rules;
}

/** The rules that hide a relation on its own account (not because an end is hidden). */
export function edgeHiddenBy(graph: ActorGraph, filters: Filters, edge: string): FilterRule[] {
  if (!graph.hasEdge(edge)) return [];
  const attrs = graph.getEdgeAttributes(edge);
  const rules: FilterRule[] = [];
  if (!allows(filters.relations, relationValue(attrs, filters.relationAttribute))) rules.push('relations');
  if (!allows(filters.stances, scalarText(attrs.stance))) rules.push('stances');
  if (!allows(filters.certainties, scalarText(attrs.certainty))) rules.push('certainties');
  if (!datePasses(dateOf(attrs.date), filters)) rules.push('dates');
  const at = asOfInstant(graph, filters.asOf);
  if (at !== undefined && relationHiddenAsOf(graph, edge, at, filters.includeUndated !== false)) rules.push('time');
  return rules;
}

/** The rules that actually restrict something, in panel order. */
export function activeRules(filters: Filters): FilterRule[] {
  return FILTER_RULES.filter((rule) => {
    if (rule === 'time') return !!filters.asOf;
    return rule === 'dates' ? Boolean(dateOf(filters.dateFrom) || dateOf(filters.dateTo)) : filters[rule] !== null;
  });
}

/** The same filters with the given rules switched off, to ask "would a path exist without this rule?". */
export function withoutRules(filters: Filters, rules: readonly FilterRule[]): Filters {
  const next: Filters = { ...filters };
  for (const rule of rules) {
    if (rule === 'dates') {
      delete next.dateFrom;
      delete next.dateTo;
    } else if (rule === 'time') delete next.asOf;
    else next[rule] = null;
  }
  return next;
}

/**
 * The visible actors and relations: a relation shows when it passes and both its ends show; an actor is isolated
 * when none of its relations shows. `asOf`, when given, is what the as-of date shows, read from the time index
 * instead of element by element.
 */
export function applyFilters(
  graph: ActorGraph,
  filters: Filters,
  asOf?: VisibleSet,
): { nodes: Set<string>; edges: Set<string> } {
  const rest = asOf ? withoutRules(filters, ['time']) : filters;
  const nodes = new Set(
    graph.filterNodes((node) => (!asOf || asOf.nodes.has(node)) && nodeHiddenBy(graph, rest, node).length === 0),
  );
  const edges = new Set<string>();
  const linked = new Set<string>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target) || (asOf && !asOf.edges.has(edge))) return;
    if (edgeHiddenBy(graph, rest, edge).length > 0) return;
    edges.add(edge);
    linked.add(source).add(target);
  });
  if (filters.hideIsolated) for (const node of nodes) if (!linked.has(node)) nodes.delete(node);
  return { nodes, edges };
}

/** A kind as read in a sentence: "government body" rather than "government-body". */
function kindText(attribute: string, value: string): string {
  return attribute === 'kind' && Object.hasOwn(KIND_LABELS, value)
    ? KIND_LABELS[value as ActorKind].toLowerCase()
    : value;
}

/** An actor or relation a filter hides: what it is, in words, and which filters hide it. */
export interface FilterEffect {
  key: string;
  isNode: boolean;
  /** "Russia (state)" or "“Vladimir Putin talks with Emmanuel Macron”". */
  subject: string;
  /** "the kind filter", or "the stance filter and the date filter". */
  by: string;
  /** "Russia (state), hidden by the kind filter". */
  text: string;
}

function effect(key: string, isNode: boolean, subject: string, rules: FilterRule[]): FilterEffect {
  const by = rules.map((rule) => `the ${FILTER_RULE_NAMES[rule]} filter`).join(' and ');
  return { key, isNode, subject, by, text: `${subject}, hidden by ${by}` };
}

/** The first actor or relation along a path that the filters hide on its own account, or null when none is. */
export function describeFilterEffect(
  graph: ActorGraph,
  filters: Filters,
  path: { nodes: readonly string[]; edges: readonly string[] },
): FilterEffect | null {
  for (let i = 0; i < path.nodes.length; i++) {
    const node = path.nodes[i] as string;
    const rules = nodeHiddenBy(graph, filters, node);
    if (rules.length > 0) {
      const value = kindText(
        filters.attribute,
        scalarText(ownAttribute(graph.getNodeAttributes(node), filters.attribute)),
      );
      return effect(node, true, `${actorLabel(graph, node)}${value ? ` (${value})` : ''}`, rules);
    }
    const edge = path.edges[i];
    const edgeRules = edge === undefined ? [] : edgeHiddenBy(graph, filters, edge);
    if (edge !== undefined && edgeRules.length > 0)
      return effect(edge, false, `“${describeRelation(graph, edge)}”`, edgeRules);
  }
  return null;
}
