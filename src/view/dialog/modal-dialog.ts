// The lifecycle every dialog of the app shares: a modal <dialog>, Escape to cancel, focus returned, submit checked.

import { el } from '../dom';

/** What a dialog shows and does; `submit` answers the value to close with, or undefined to stay open. */
export interface DialogSpec<T> {
  /** Prefix of the dialog's ids: the title is `${id}-title`. */
  id: string;
  title: string;
  className?: string;
  /** A sentence under the title that describes the dialog (its aria-describedby). */
  intro?: string;
  content: Node[];
  /** The buttons, in order; a submit button's `value` reaches `submit`, a plain button with `data-cancel` closes. */
  buttons: HTMLButtonElement[];
  /** Where focus goes when the dialog opens (the first field by default). */
  initialFocus?: HTMLElement;
  /** Called on submit with the pressed button's value: the answer to close with, or undefined to stay open. */
  submit: (value: string) => T | undefined;
}

/** An open dialog: its element and form, and a way to close it from outside (answering null). */
export interface OpenDialog<T> {
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  /** Resolves with the answer, or null on Cancel or Escape. */
  answer: Promise<T | null>;
  close(): void;
}

/** A button that closes its dialog without an answer. */
export function cancelButton(label = 'Cancel'): HTMLButtonElement {
  return el('button', { type: 'button', 'data-cancel': 'true' }, label);
}

/** A submit button of a dialog, with the value its `submit` receives. */
export function submitButton(label: string, value = 'ok'): HTMLButtonElement {
  return el('button', { type: 'submit', value }, label);
}

/** Gives focus back to the control that opened a dialog, or to the control re-rendered in its place (same id). */
function giveFocusBack(opener: Element | null): void {
  const again =
    opener instanceof HTMLElement && !opener.isConnected && opener.id ? document.getElementById(opener.id) : null;
  (again ?? (opener instanceof HTMLElement ? opener : null))?.focus();
}

/** Whether a key press is Escape closing a combobox's list rather than the dialog. */
function closesAList(event: KeyboardEvent): boolean {
  const target = event.target;
  return target instanceof HTMLElement && target.getAttribute('aria-expanded') === 'true';
}

/**
 * Opens a modal dialog (focus stays inside it) built from `spec`. Escape and Cancel close it with null; a submit
 * closes it only when `spec.submit` answers a value; on close the dialog is removed and focus goes back to the
 * control that had it when the dialog opened.
 */
export function openDialog<T>(spec: DialogSpec<T>): OpenDialog<T> {
  const opener = document.activeElement;
  const introId = spec.intro ? `${spec.id}-intro` : undefined;
  const form = el(
    'form',
    { method: 'dialog', novalidate: true },
    el('h2', { id: `${spec.id}-title` }, spec.title),
    spec.intro ? el('p', { id: introId }, spec.intro) : null,
    ...spec.content,
    el('p', { class: 'dialog-buttons' }, ...spec.buttons),
  );
  const dialog = el(
    'dialog',
    { id: spec.id, class: spec.className, 'aria-labelledby': `${spec.id}-title`, 'aria-describedby': introId },
    form,
  );
  let answer: T | null = null;
  let resolve: (value: T | null) => void = () => {};
  const answered = new Promise<T | null>((done) => {
    resolve = done;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = event.submitter instanceof HTMLButtonElement ? event.submitter.value : '';
    const result = spec.submit(value);
    if (result === undefined) return;
    answer = result;
    dialog.close();
  });
  for (const button of spec.buttons) if (button.dataset.cancel) button.addEventListener('click', () => dialog.close());
  // An open suggestion list takes the first Escape (seen here, in capture, before the list's own handler closes it);
  // the app's own Escape (clear the selection) never sees one pressed in a dialog.
  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && closesAList(event)) event.preventDefault();
    },
    true,
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') event.stopPropagation();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    giveFocusBack(opener);
    resolve(answer);
  });
  document.body.append(dialog);
  dialog.showModal();
  (spec.initialFocus ?? form.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
  return { dialog, form, answer: answered, close: () => dialog.close() };
}
