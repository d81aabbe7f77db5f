// What the edit dialogs are given: the store, to read the graph and match actors, and a way to run a command.

import type { Command, FieldErrors } from '../../model/commands/command';
import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';

/** The store, and `run`: applies a command and answers null, or answers the errors that refused it by field. */
export interface EditDeps {
  store: Store<AppState>;
  run(command: Command): FieldErrors | null;
}

/** The text boxes and lists the edit dialogs build, each labelled by the caller. */
export function textArea(id: string, value = '', rows = 3): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.id = id;
  area.rows = rows;
  area.value = value;
  return area;
}

/** A select of `[value, label]` choices, the first chosen unless `value` names another. */
export function choiceSelect(
  id: string,
  choices: readonly (readonly [string, string])[],
  value = '',
): HTMLSelectElement {
  const select = document.createElement('select');
  select.id = id;
  for (const [optionValue, label] of choices) select.add(new Option(label, optionValue));
  select.value = value;
  if (select.value !== value) select.selectedIndex = 0;
  return select;
}

/** A text input. */
export function textInput(id: string, value = ''): HTMLInputElement {
  const input = document.createElement('input');
  input.id = id;
  input.type = 'text';
  input.autocomplete = 'off';
  input.value = value;
  return input;
}

/** The input in a box with a list of suggested values (a datalist: free text still goes); the input alone if none. */
export function withSuggestions(input: HTMLInputElement, suggestions: readonly string[]): HTMLElement {
  if (suggestions.length === 0) return input;
  const list = document.createElement('datalist');
  list.id = `${input.id}-values`;
  for (const suggestion of suggestions) list.append(new Option(suggestion));
  input.setAttribute('list', list.id);
  const box = document.createElement('span');
  box.append(input, list);
  return box;
}
