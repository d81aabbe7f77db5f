// A dialog's labelled fields and the errors shown beside them (aria-invalid, aria-describedby), by field name.

import { el } from '../dom';

/** A labelled control with the place for its error. */
export interface DialogField<C extends HTMLElement = HTMLElement> {
  row: HTMLElement;
  control: C;
  error: HTMLElement;
}

/** A row: the label, the control (or `box`, the element holding it), the error message beside it, and a hint. */
export function dialogField<C extends HTMLElement>(
  control: C & { id: string },
  label: string,
  options: { box?: HTMLElement; hint?: string } = {},
): DialogField<C> {
  const error = el('span', { id: `${control.id}-error`, class: 'field-error', hidden: true });
  const hint = options.hint ? el('span', { id: `${control.id}-hint`, class: 'field-help' }, options.hint) : null;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  const row = el(
    'div',
    { class: 'field' },
    el('label', { for: control.id }, label),
    options.box ?? control,
    hint,
    error,
  );
  return { row, control, error };
}

/** Sets or clears one field's error: the message beside it, aria-invalid, and aria-describedby naming the message. */
export function setFieldError(field: DialogField, message: string | undefined): void {
  const { control, error } = field;
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
  error.textContent = message ?? '';
  error.hidden = !message;
  if (message) {
    control.setAttribute('aria-invalid', 'true');
    described.push(error.id);
  } else control.removeAttribute('aria-invalid');
  if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
  else control.removeAttribute('aria-describedby');
}

/**
 * Shows errors by field name (`fields` maps each name the checks use to its field; names it lacks go to `general`),
 * clears the others, and moves focus to the first field in error. Returns whether there was any error.
 */
export function showFieldErrors(
  fields: Readonly<Record<string, DialogField>>,
  errors: Readonly<Record<string, string>>,
  general: HTMLElement,
): boolean {
  const messages = new Map<DialogField, string>();
  const rest: string[] = [];
  for (const [name, message] of Object.entries(errors)) {
    const field = fields[name];
    if (!field) rest.push(message);
    else if (!messages.has(field)) messages.set(field, message);
  }
  for (const field of new Set(Object.values(fields))) setFieldError(field, messages.get(field));
  general.textContent = rest.join(' ');
  general.hidden = rest.length === 0;
  const first = Object.values(fields).find((field) => messages.has(field) && !field.row.hidden);
  first?.control.focus();
  return messages.size > 0 || rest.length > 0;
}

/** The paragraph for errors that belong to no one field (shown at the foot of the form, announced). */
export function generalError(id: string): HTMLElement {
  return el('p', { id: `${id}-form-error`, class: 'form-error', role: 'alert', hidden: true });
}
