// The search combobox: suggestions from labels and aliases, driven by keyboard or pointer.

import type { ActorMatch } from '../../model/search-actors';
import { searchActors } from '../../model/search-actors';
import type { AppState } from '../../state/app-state';
import { isNarrowed, selectVisible } from '../../state/select-explore';
import type { Store } from '../../state/store';
import { el } from '../dom';

/** Gives the input and the listbox their ARIA combobox roles, closed. */
function setComboboxRoles(input: HTMLInputElement, listbox: HTMLElement): void {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  listbox.setAttribute('role', 'listbox');
}

/** One suggestion: the label, the alias that matched, and a pick on mousedown. */
function optionFor(listId: string, match: ActorMatch, i: number, selected: boolean, pick: () => void): HTMLElement {
  const option = el(
    'li',
    { role: 'option', id: `${listId}-${i}`, 'aria-selected': String(selected), 'data-node': match.key },
    match.label,
    match.alias ? el('span', { class: 'alias' }, ` (${match.alias})`) : null,
  );
  // mousedown rather than click, so the input keeps focus and the list does not close first.
  option.addEventListener('mousedown', (event) => {
    event.preventDefault();
    pick();
  });
  return option;
}

/** Up to ten matches among the actors the canvas shows: search respects filters and focus. */
function visibleMatches(state: AppState, query: string): ActorMatch[] {
  const graph = state.dataset?.graph;
  const visible = isNarrowed(state) ? selectVisible(state).nodes : null;
  const found = graph ? searchActors(graph, query, visible ? 200 : 10) : [];
  return (visible ? found.filter((m) => visible.has(m.key)) : found).slice(0, 10);
}

/** Wires an input (role combobox) and a listbox to search the store's graph; `onPick` gets the chosen actor key. */
export function mountSearchBox(
  input: HTMLInputElement,
  listbox: HTMLElement,
  store: Store<AppState>,
  onPick: (key: string) => void,
): () => void {
  let matches: ActorMatch[] = [];
  let active = -1;
  setComboboxRoles(input, listbox);

  const renderList = () => {
    listbox.replaceChildren(...matches.map((m, i) => optionFor(listbox.id, m, i, i === active, () => pick(i))));
    const open = matches.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open && active >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    matches = [];
    active = -1;
    renderList();
  };
  const pick = (index: number) => {
    const match = matches[index];
    if (!match) return;
    input.value = match.label;
    close();
    onPick(match.key);
  };
  const onInput = () => {
    matches = visibleMatches(store.get(), input.value);
    active = matches.length > 0 ? 0 : -1;
    renderList();
  };
  // Arrows move through the matches (searching first if none are listed), Enter picks, Escape closes the list.
  const move = (step: number) => {
    if (matches.length === 0) onInput();
    active = matches.length === 0 ? -1 : (active + step + matches.length) % matches.length;
    renderList();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      move(event.key === 'ArrowDown' ? 1 : -1);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (matches.length === 0) onInput();
      pick(Math.max(active, 0));
      event.preventDefault();
    } else if (event.key === 'Escape' && matches.length > 0) {
      close();
      event.stopPropagation();
    }
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', close);
  renderList();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) close();
  });
  return () => {
    unsubscribe();
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', close);
  };
}
