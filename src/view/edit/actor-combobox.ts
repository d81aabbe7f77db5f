// An actor field of an edit dialog: a combobox matched like search, over every actor, answering an actor key.

import { actorLabel } from '../../model/describe-element';
import { findActor } from '../../model/search-actors';
import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';
import { type DialogField, dialogField } from '../dialog/dialog-fields';
import { el } from '../dom';
import { mountSearchBox } from '../panels/search-box';

/** A mounted actor combobox: its field, the actor it names now, and its unmount. */
export interface ActorCombobox {
  field: DialogField<HTMLInputElement>;
  /** The actor picked, or else the best match of what was typed (as Enter in search would pick); '' for none. */
  key(): string;
  unmount(): void;
}

/** Mounts a combobox labelled `label`, filled with the actor `initial` when given. */
export function actorCombobox(id: string, label: string, store: Store<AppState>, initial?: string): ActorCombobox {
  const input = el('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const list = el('ul', { id: `${id}-options`, class: 'suggestions', hidden: true });
  const box = el('span', { class: 'combo-box' }, input, list);
  const field = dialogField(input, label, { box });
  field.row.classList.add('combo');
  let picked = initial ?? '';
  const graph = () => store.get().dataset?.graph;
  const start = graph();
  if (initial && start?.hasNode(initial)) input.value = actorLabel(start, initial);
  const unmount = mountSearchBox(input, list, store, (key) => (picked = key), { everyActor: true });
  const key = () => {
    const current = graph();
    if (!current || input.value.trim() === '') return '';
    if (picked && current.hasNode(picked) && actorLabel(current, picked) === input.value) return picked;
    return findActor(current, input.value)?.key ?? '';
  };
  return { field, key, unmount };
}
