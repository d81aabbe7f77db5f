// The "Columns" dialog: shows a table's first rows and asks which columns hold the source and target of each edge.

import type { ColumnChoice } from '../../io/column-choice-needed';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { el } from '../dom';

/** What the dialog shows: the header, some rows, and the pre-filled guesses. */
export interface ColumnQuestion {
  file: string;
  header: string[];
  rows: string[][];
  guesses: Partial<ColumnChoice>;
}

function columnSelect(id: string, header: string[], guess: string | undefined): HTMLSelectElement {
  const select = el('select', { id }, ...header.map((name) => el('option', { value: name }, name)));
  select.value = guess && header.includes(guess) ? guess : (header[id.endsWith('target') ? 1 : 0] ?? '');
  return select;
}

/** Asks the user for the end columns; resolves with the choice on "Open", or null on Cancel or Escape. */
export function askColumns(question: ColumnQuestion): Promise<ColumnChoice | null> {
  const source = columnSelect('columns-source', question.header, question.guesses.source);
  const target = columnSelect('columns-target', question.header, question.guesses.target);
  const preview = el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...question.header.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...question.rows.slice(0, 5).map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))),
  );
  return openDialog<ColumnChoice>({
    id: 'columns',
    title: 'Columns',
    className: 'columns-dialog',
    intro: `Which columns of ${question.file} hold the two ends of each edge?`,
    content: [
      el('div', { class: 'table-scroll' }, preview),
      el('p', {}, el('label', { for: source.id }, 'Source column '), source),
      el('p', {}, el('label', { for: target.id }, 'Target column '), target),
    ],
    buttons: [submitButton('Open', 'open'), cancelButton()],
    initialFocus: source,
    submit: () => ({ source: source.value, target: target.value }),
  }).answer;
}
