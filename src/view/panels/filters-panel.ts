// The Filters panel: checkboxes for kinds, relations, stance and certainty with counts, a date range, hide isolated.
// Only the facets the data has are offered: one whose only entry would be "(none)" is left out; long groups collapse.

import {
  collapseFacet,
  FACET_COLLAPSE_ABOVE,
  type FacetValue,
  isInformative,
  setApartValues,
} from '../../model/filter-facets';
import type { Filters } from '../../model/filters';
import { KIND_LABELS, relationLabel } from '../../model/schema';
import type { AppState } from '../../state/app-state';
import { resetFilters, setFilters } from '../../state/explore-state';
import { graphChanged } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { onlyTimeMoved } from '../../state/time-state';
import { el, renderKeepingFocus } from '../dom';
import { COUNTS_DELAY_MS, facetsOfState } from './facets-as-of';
import './filters-panel.css';

type ListField = 'kinds' | 'relations' | 'stances' | 'certainties';

/** How a facet value reads on its checkbox. */
function valueLabel(field: ListField, value: string, native: boolean): string {
  if (value === '') return '(none)';
  if (!native) return value;
  if (field === 'kinds' && Object.hasOwn(KIND_LABELS, value)) return KIND_LABELS[value as keyof typeof KIND_LABELS];
  if (field === 'relations') return relationLabel(value, 'out');
  return value;
}

/** What a group of checkboxes needs besides its values: the filters, how to change them, and its collapse. */
interface GroupContext {
  filters: Filters;
  /** Whether the reader opened this group in full with "Show all". */
  expanded: boolean;
  toggle: () => void;
}

/** The "Show all (n)" / "Show fewer" button of a long group; its id keeps focus on it across re-renders. */
function moreButton(field: ListField, total: number, ctx: GroupContext): HTMLButtonElement {
  const button = el(
    'button',
    { type: 'button', class: 'facet-more', id: `facet-more-${field}`, 'aria-expanded': String(ctx.expanded) },
    ctx.expanded ? 'Show fewer' : `Show all (${total})`,
  );
  button.addEventListener('click', ctx.toggle);
  return button;
}

/**
 * A fieldset of checkboxes; unticking one narrows the list from "all" to the ticked ones. A group of more than
 * FACET_COLLAPSE_ABOVE values shows its most frequent ones and what the filter sets apart, until "Show all".
 */
function checkboxGroup(
  legend: string,
  field: ListField,
  values: FacetValue[],
  change: (list: string[] | null) => void,
  ctx: GroupContext,
  native = true,
): HTMLElement | null {
  if (!isInformative(values)) return null;
  const current = ctx.filters[field];
  // A box for every value, shown or not: the list is read from all of them when one changes.
  const boxes = new Map(
    values.map(({ value }) => {
      const box = el('input', { type: 'checkbox', value, 'data-field': field });
      box.checked = current === null || current.includes(value);
      return [value, box] as const;
    }),
  );
  const onChange = () => {
    const ticked = [...boxes.values()].filter((b) => b.checked).map((b) => b.value);
    change(ticked.length === boxes.size ? null : ticked);
  };
  for (const box of boxes.values()) box.addEventListener('change', onChange);
  const long = values.length > FACET_COLLAPSE_ABOVE;
  const shown = long && !ctx.expanded ? collapseFacet(values, setApartValues(values, current)) : values;
  return el(
    'fieldset',
    { class: 'facet', 'data-facet': field },
    el('legend', {}, legend),
    ...shown.map((v) =>
      el(
        'label',
        { class: 'check' },
        boxes.get(v.value) ?? null,
        ` ${valueLabel(field, v.value, native)} (${v.count})`,
      ),
    ),
    long ? moreButton(field, values.length, ctx) : null,
  );
}

function dateInput(id: string, label: string, value: string | undefined, onChange: (v: string) => void): HTMLElement {
  const input = el('input', { id, type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD', size: '10' });
  input.value = value ?? '';
  input.addEventListener('change', () => onChange(input.value.trim()));
  return el('p', { class: 'field' }, el('label', { for: id }, label), input);
}

/** Renders the Filters region from the dataset's facets and the current filters; returns an unmount. */
export function mountFiltersPanel(root: HTMLElement, store: Store<AppState>): () => void {
  const update = (change: Partial<Filters>) => store.update((s) => setFilters(s, change));
  // The groups the reader opened in full; forgotten when another dataset opens.
  const expanded = new Set<ListField>();
  const context = (field: ListField, filters: Filters): GroupContext => ({
    filters,
    expanded: expanded.has(field),
    toggle: () => {
      if (!expanded.delete(field)) expanded.add(field);
      render(store.get());
    },
  });
  const render = (state: AppState) => {
    const facets = facetsOfState(state);
    if (!facets) return root.replaceChildren();
    const f = state.filters;
    // The relation checkboxes list the values of the file's mapped relation field ('relation' natively).
    const relationField = state.fields.relation;
    const nativeRelations = relationField === 'relation';
    const kindTitle = f.attribute === 'kind' ? 'Kinds' : `By ${f.attribute}`;
    const isolated = el('input', { type: 'checkbox', id: 'hide-isolated' });
    isolated.checked = f.hideIsolated;
    isolated.addEventListener('change', () => update({ hideIsolated: isolated.checked }));
    const reset = el('button', { type: 'button', id: 'reset-filters' }, 'Reset filters');
    reset.addEventListener('click', () => store.update(resetFilters));
    const group = (legend: string, field: ListField, values: FacetValue[], native = true) =>
      checkboxGroup(legend, field, values, (list) => update({ [field]: list }), context(field, f), native);
    renderKeepingFocus(root, [
      el('h2', {}, 'Filters'),
      group(kindTitle, 'kinds', facets.kinds, f.attribute === 'kind'),
      group('Relations', 'relations', facets.relations, nativeRelations),
      group('Stance', 'stances', facets.stances),
      group('Certainty', 'certainties', facets.certainties),
      facets.dates
        ? el(
            'fieldset',
            { class: 'facet' },
            el('legend', {}, `Dates (${facets.dates.min} to ${facets.dates.max})`),
            dateInput('date-from', 'From date', f.dateFrom, (dateFrom) => update({ dateFrom })),
            dateInput('date-to', 'To date', f.dateTo, (dateTo) => update({ dateTo })),
          )
        : null,
      el('p', {}, el('label', { class: 'check' }, isolated, ' Hide isolated actors')),
      el('p', {}, reset),
    ]);
  };
  render(store.get());
  // A step of the as-of date changes only the counts: they follow once the slider rests, not on every step.
  let idle: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) expanded.clear();
    const changed = graphChanged(state, previous) || state.filters !== previous.filters;
    // Only a change the panel shows cancels a pending render: another part's update (a frame, a status) must not.
    if (changed || state.fields !== previous.fields) clearTimeout(idle);
    if (changed && !graphChanged(state, previous) && onlyTimeMoved(state.filters, previous.filters)) {
      // The counts follow every step (O(changes)), so the ones shown at rest are a step, not a recount of the graph.
      facetsOfState(state);
      idle = setTimeout(() => render(store.get()), COUNTS_DELAY_MS);
    } else if (changed || state.fields !== previous.fields) render(state);
  });
  return () => {
    clearTimeout(idle);
    unsubscribe();
  };
}
