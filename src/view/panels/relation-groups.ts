// An actor's relations in the inspector: groups in the file's words, and for hubs a filter, a sort and "Show all".

import type { ActorGraph } from '../../model/actor-graph';
import type { FieldMap } from '../../model/fields';
import { narrowRelations, RELATION_SORTS, type RelationSort } from '../../model/narrow-relations';
import type { RelationGroup, RelationItem } from '../../model/relations-of';
import { el } from '../dom';

/** Above this many relations an actor is a hub: its groups collapse, and a filter and a sort appear. */
export const HUB_THRESHOLD = 30;
/** About how many relations a collapsed hub shows in all, shared among its groups (1 to 5 each). */
export const COLLAPSED_BUDGET = 30;

/** How many relations each collapsed group shows before its "Show all (n)": fewer when there are many groups. */
function collapsedItems(groups: number): number {
  return Math.min(5, Math.max(1, Math.floor(COLLAPSED_BUDGET / Math.max(1, groups))));
}

/** What the reader chose for the hub on screen: filter words, order, and the groups opened in full. */
export interface HubView {
  actor: string;
  /** The fields it was made for: another mapping regroups the relations, so the view starts afresh. */
  fields: FieldMap;
  filter: string;
  sort: RelationSort;
  expanded: Set<string>;
  /** The filter box and sort, made once per actor so that typing is never interrupted by a re-render. */
  tools?: HTMLElement;
}

/** A fresh hub view for an actor. */
export function newHubView(actor: string, fields: FieldMap): HubView {
  return { actor, fields, filter: '', sort: 'name', expanded: new Set() };
}

/** What the groups need: the fields, the hub view (null for a small actor), and how to draw one relation. */
export interface GroupsContext {
  fields: FieldMap;
  hub: HubView | null;
  /** Re-renders the inspector after the reader changed the hub view. */
  changed: () => void;
  renderItem: (item: RelationItem, compact: boolean) => HTMLElement;
}

const SORT_NAMES: Record<RelationSort, string> = { name: 'Name', degree: 'Most connected', date: 'Newest' };
const groupId = (group: RelationGroup) => `${group.direction}\u0000${group.relation ?? ''}`;

/** The filter box and the sort select of a hub, kept for as long as the hub is shown. */
function hubTools(hub: HubView, ctx: GroupsContext): HTMLElement {
  if (hub.tools) return hub.tools;
  const filter = el('input', { type: 'search', id: 'relations-filter', autocomplete: 'off', value: hub.filter });
  filter.addEventListener('input', () => {
    hub.filter = filter.value;
    const caret = filter.selectionStart;
    ctx.changed();
    // The re-render moves the box: put the caret back where the reader is typing.
    filter.focus();
    filter.setSelectionRange(caret, caret);
  });
  const sorts = RELATION_SORTS.filter((sort) => sort !== 'date' || ctx.fields.date);
  const sort = el('select', { id: 'relations-sort' }, ...sorts.map((s) => el('option', { value: s }, SORT_NAMES[s])));
  sort.value = hub.sort;
  sort.addEventListener('change', () => {
    hub.sort = sort.value as RelationSort;
    ctx.changed();
  });
  hub.tools = el(
    'div',
    { class: 'hub-tools' },
    el('label', { for: filter.id }, 'Filter relations'),
    filter,
    el('label', { for: sort.id }, 'Sort by'),
    sort,
  );
  return hub.tools;
}

function renderGroup(group: RelationGroup, ctx: GroupsContext, limit: number): HTMLElement {
  const id = groupId(group);
  const collapsed = ctx.hub !== null && !ctx.hub.expanded.has(id) && group.items.length > limit;
  const items = collapsed ? group.items.slice(0, limit) : group.items;
  let more: HTMLButtonElement | null = null;
  if (collapsed) {
    const label = `Show all (${group.items.length})`;
    more = el('button', { type: 'button', class: 'show-all', 'aria-label': `${label}: ${group.label}` }, label);
    more.addEventListener('click', () => {
      ctx.hub?.expanded.add(id);
      ctx.changed();
    });
  }
  return el(
    'section',
    { class: 'relation-group', 'data-relation': group.relation, 'data-direction': group.direction },
    // "Show all" sits on the group's title line: in a hub of many groups, a line of its own per group adds up.
    el('div', { class: 'group-head' }, el('h4', {}, `${group.label} (${group.items.length})`), more),
    el('ul', {}, ...items.map((item) => ctx.renderItem(item, ctx.hub !== null))),
  );
}

/** The heading, hub tools and groups of an actor's relations. */
export function renderRelationGroups(graph: ActorGraph, groups: RelationGroup[], ctx: GroupsContext): HTMLElement[] {
  const hub = ctx.hub;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  if (!hub) return groups.map((group) => renderGroup(group, ctx, Number.POSITIVE_INFINITY));
  const narrowed = narrowRelations(graph, groups, {
    filter: hub.filter,
    sort: hub.sort,
    dateAttribute: ctx.fields.date,
  });
  const shown = narrowed.reduce((n, g) => n + g.items.length, 0);
  const summary = hub.filter.trim()
    ? shown > 0
      ? `${shown} of ${total} relations match “${hub.filter.trim()}”.`
      : `No relation matches “${hub.filter.trim()}”.`
    : null;
  return [
    hubTools(hub, ctx),
    el('p', { class: 'hub-summary', 'aria-live': 'polite' }, summary ?? ''),
    ...narrowed.map((group) => renderGroup(group, ctx, collapsedItems(narrowed.length))),
  ];
}
