// The search combobox: suggestions from labels and aliases, how many more matched, or that none did.

import type { ActorMatch, ActorSearch } from '../../model/search-actors';
import { foldText, searchActors } from '../../model/search-actors';
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

/**
 * Up to ten matches among the actors the canvas shows (search respects filters and focus), or among every actor
 * (`everyActor`, for editing), and how many matched.
 */
function visibleMatches(state: AppState, query: string, everyActor: boolean): ActorSearch {
  const graph = state.dataset?.graph;
  if (!graph) return { matches: [], total: 0 };
  const visible = !everyActor && isNarrowed(state) ? selectVisible(state).nodes : null;
  return searchActors(graph, query, visible ? { include: (key) => visible.has(key) } : {});
}

/** The line after the options: how many more matched than are listed, or that nothing matched; null otherwise. */
function noteText(query: string, search: ActorSearch): string | null {
  if (search.total > search.matches.length) return `${search.total - search.matches.length} more`;
  return search.total === 0 && foldText(query) ? `No actor matches “${query.trim()}”` : null;
}

/** The note as a disabled option (a listbox holds only options), which a click leaves alone. */
function noteFor(text: string): HTMLElement {
  const note = el('li', { role: 'option', class: 'note', 'aria-disabled': 'true', 'aria-selected': 'false' }, text);
  note.addEventListener('mousedown', (event) => event.preventDefault());
  return note;
}

/**
 * Wires an input (role combobox) and a listbox to search the store's graph; `onPick` gets the chosen actor key.
 * With `everyActor`, actors hidden by filters or a focus match too (the edit dialogs may name any actor).
 */
export function mountSearchBox(
  input: HTMLInputElement,
  listbox: HTMLElement,
  store: Store<AppState>,
  onPick: (key: string) => void,
  { everyActor = false } = {},
): () => void {
  let matches: ActorMatch[] = [];
  let note: string | null = null;
  let active = -1;
  setComboboxRoles(input, listbox);

  const renderList = () => {
    const options = matches.map((m, i) => optionFor(listbox.id, m, i, i === active, () => pick(i)));
    listbox.replaceChildren(...options, ...(note === null ? [] : [noteFor(note)]));
    const open = listbox.childElementCount > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open && active >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    matches = [];
    note = null;
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
    const found = visibleMatches(store.get(), input.value, everyActor);
    matches = found.matches;
    note = noteText(input.value, found);
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
    } else if (event.key === 'Escape' && !listbox.hidden) {
      close();
      event.stopPropagation();
    }
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', close);
  renderList();
  // Another dataset: what was typed named actors of the old one, so the box empties with the list.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset === previous.dataset) return;
    input.value = '';
    close();
  });
  return () => {
    unsubscribe();
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', close);
  };
}
