// The Filters panel: checkboxes for kinds, relations, stance and certainty with counts, a date range, hide isolated.
// Only the facets the data has are offered: one whose only entry would be "(none)" is left out.

import { type FacetValue, filterFacets, isInformative } from '../../model/filter-facets';
import type { Filters } from '../../model/filters';
import { KIND_LABELS, relationLabel } from '../../model/schema';
import type { AppState } from '../../state/app-state';
import { resetFilters, setFilters } from '../../state/explore-state';
import type { Store } from '../../state/store';
import { el, renderKeepingFocus } from '../dom';

type ListField = 'kinds' | 'relations' | 'stances' | 'certainties';

/** How a facet value reads on its checkbox. */
function valueLabel(field: ListField, value: string, native: boolean): string {
  if (value === '') return '(none)';
  if (!native) return value;
  if (field === 'kinds' && Object.hasOwn(KIND_LABELS, value)) return KIND_LABELS[value as keyof typeof KIND_LABELS];
  if (field === 'relations') return relationLabel(value, 'out');
  return value;
}

/** A fieldset of checkboxes; unticking one narrows the list from "all" to the ticked ones. */
function checkboxGroup(
  legend: string,
  field: ListField,
  values: FacetValue[],
  filters: Filters,
  change: (list: string[] | null) => void,
  native = true,
): HTMLElement | null {
  if (!isInformative(values)) return null;
  const current = filters[field];
  const boxes = values.map(({ value }) => {
    const box = el('input', { type: 'checkbox', value, 'data-field': field });
    box.checked = current === null || current.includes(value);
    return box;
  });
  const onChange = () => {
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    change(ticked.length === boxes.length ? null : ticked);
  };
  for (const box of boxes) box.addEventListener('change', onChange);
  return el(
    'fieldset',
    { class: 'facet' },
    el('legend', {}, legend),
    ...values.map((v, i) =>
      el(
        'label',
        { class: 'check' },
        boxes[i] as HTMLInputElement,
        ` ${valueLabel(field, v.value, native)} (${v.count})`,
      ),
    ),
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
  const render = (state: AppState) => {
    const graph = state.dataset?.graph;
    if (!graph) return root.replaceChildren();
    const f = state.filters;
    // The relation checkboxes list the values of the file's mapped relation field ('relation' natively).
    const relationField = state.fields.relation;
    const facets = filterFacets(graph, f.attribute, relationField);
    const nativeRelations = relationField === 'relation';
    const kindTitle = f.attribute === 'kind' ? 'Kinds' : `By ${f.attribute}`;
    const isolated = el('input', { type: 'checkbox', id: 'hide-isolated' });
    isolated.checked = f.hideIsolated;
    isolated.addEventListener('change', () => update({ hideIsolated: isolated.checked }));
    const reset = el('button', { type: 'button', id: 'reset-filters' }, 'Reset filters');
    reset.addEventListener('click', () => store.update(resetFilters));
    renderKeepingFocus(root, [
      el('h2', {}, 'Filters'),
      checkboxGroup(
        kindTitle,
        'kinds',
        facets.kinds.slice(0, 40),
        f,
        (kinds) => update({ kinds }),
        f.attribute === 'kind',
      ),
      checkboxGroup(
        'Relations',
        'relations',
        facets.relations.slice(0, 40),
        f,
        (relations) => update({ relations }),
        nativeRelations,
      ),
      checkboxGroup('Stance', 'stances', facets.stances, f, (stances) => update({ stances })),
      checkboxGroup('Certainty', 'certainties', facets.certainties, f, (certainties) => update({ certainties })),
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
  return store.subscribe((state, previous) => {
    const changed = state.dataset !== previous.dataset || state.filters !== previous.filters;
    if (changed || state.fields !== previous.fields) render(state);
  });
}
