// "Compare dates": two fields, From and To (dates, or numbers on a numeric axis), and the buttons that start and stop.

import type { TimeAxis } from '../../model/time/time-value';
import { parseTime } from '../../model/time/time-value';
import type { TimeCompare } from '../../state/app-state';
import { el } from '../dom';

/** The form, and a way to show the dates compared in a state. */
export interface CompareForm {
  node: HTMLElement;
  show(compare: TimeCompare | null): void;
}

function field(id: string, label: string, axis: TimeAxis): { node: HTMLElement; input: HTMLInputElement } {
  // Text, not type=date: a date of any precision ("2025-03") is allowed, and a date input's inner fields (Day, Month,
  // Year) would repeat their names across the two fields.
  const input = el(
    'input',
    axis === 'number'
      ? { id, type: 'number', step: 'any' }
      : { id, type: 'text', placeholder: 'YYYY-MM-DD', autocomplete: 'off', size: '11' },
  );
  input.setAttribute('aria-describedby', `${id}-error`);
  const error = el('span', { id: `${id}-error`, class: 'field-error' });
  return { node: el('p', { class: 'field' }, el('label', { for: id }, label), input, error), input };
}

/** Builds the form; `onCompare` gets two readable values, `onStop` ends the comparison. */
export function compareForm(
  axis: TimeAxis,
  bounds: { first: string; last: string },
  onCompare: (compare: TimeCompare) => void,
  onStop: () => void,
): CompareForm {
  const from = field('compare-from', 'Compare from', axis);
  const to = field('compare-to', 'Compare to', axis);
  const run = el('button', { type: 'submit', id: 'compare-run' }, 'Compare');
  const stop = el('button', { type: 'button', id: 'compare-stop' }, 'Stop comparing');
  const form = el('form', { class: 'compare-form' }, from.node, to.node, el('p', { class: 'buttons' }, run, stop));
  const check = (part: { input: HTMLInputElement }, id: string) => {
    const ok = parseTime(axis === 'number' ? Number(part.input.value) : part.input.value, axis) !== undefined;
    const error = form.querySelector(`#${id}-error`);
    if (error)
      error.textContent = ok
        ? ''
        : `Give a ${axis === 'number' ? 'number' : 'date'} between ${bounds.first} and ${bounds.last}`;
    part.input.setAttribute('aria-invalid', String(!ok));
    return ok;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ok = [check(from, 'compare-from'), check(to, 'compare-to')].every(Boolean);
    if (ok) onCompare({ from: from.input.value, to: to.input.value });
  });
  stop.addEventListener('click', onStop);
  return {
    node: el('fieldset', { class: 'compare' }, el('legend', {}, 'Compare dates'), form),
    show(compare) {
      from.input.value = compare?.from ?? '';
      to.input.value = compare?.to ?? '';
      stop.disabled = !compare;
    },
  };
}
