// The "Fields" dialog: which attribute is the actors' label and kind, and the relations' name, evidence and link.

import type { ActorGraph } from '../../model/actor-graph';
import { FIELD_NAMES, type FieldMap, type FieldRole } from '../../model/fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { el } from '../dom';

/** The roles the dialog asks about, and whether each is read on actors or on relations. */
const ASKED: readonly { role: FieldRole; on: 'node' | 'edge'; help: string }[] = [
  { role: 'label', on: 'node', help: 'the name shown for each actor' },
  { role: 'kind', on: 'node', help: 'what sort of actor it is' },
  { role: 'relation', on: 'edge', help: 'what the relation is, in the file’s words' },
  { role: 'evidence', on: 'edge', help: 'a quote or note that backs the relation' },
  { role: 'source', on: 'edge', help: 'a web address of where it comes from' },
];

/** Every attribute name on actors or relations, with a first example value to recognise it by. */
function attributesOf(graph: ActorGraph, on: 'node' | 'edge'): Map<string, string> {
  const examples = new Map<string, string>();
  const look = (attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (examples.has(name) || value === undefined || value === null) continue;
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      examples.set(name, text.length > 40 ? `${text.slice(0, 39)}…` : text);
    }
  };
  // The first thousand elements show the attributes a file uses; reading all of a big graph would only be slower.
  const entries = on === 'node' ? graph.nodeEntries() : graph.edgeEntries();
  let seen = 0;
  for (const { attributes } of entries) {
    if (seen++ >= 1000) break;
    look(attributes);
  }
  return examples;
}

function fieldSelect(role: FieldRole, attributes: Map<string, string>, chosen: string | null): HTMLSelectElement {
  const none =
    role === 'label' ? el('option', { value: 'label' }, 'label (as loaded)') : el('option', { value: '' }, '(none)');
  const options = [...attributes]
    .filter(([name]) => !(role === 'label' && name === 'label'))
    .map(([name, example]) => el('option', { value: name }, `${name} — e.g. ${example}`));
  const select = el('select', { id: `fields-${role}` }, none, ...options);
  select.value = chosen ?? '';
  if (select.value !== (chosen ?? '')) select.value = none.value;
  return select;
}

/** What the dialog shows: the file's name, its graph as loaded, and the fields in use. */
export interface FieldsQuestion {
  file: string;
  graph: ActorGraph;
  fields: FieldMap;
}

/** Asks what means what; resolves with the new fields on "Apply", or null on Cancel or Escape. */
export function askFields(question: FieldsQuestion): Promise<FieldMap | null> {
  const attributes = { node: attributesOf(question.graph, 'node'), edge: attributesOf(question.graph, 'edge') };
  const selects = ASKED.map(({ role, on, help }) => {
    const select = fieldSelect(role, attributes[on], question.fields[role]);
    const row = el('p', { class: 'field' }, el('label', { for: select.id }, FIELD_NAMES[role]), ' ', select);
    row.append(el('span', { class: 'field-help' }, ` ${help}`));
    return { role, select, row };
  });
  return openDialog<FieldMap>({
    id: 'fields',
    title: 'Fields',
    className: 'fields-dialog',
    intro: `What means what in ${question.file}: which attribute to read for each of these.`,
    content: selects.map((s) => s.row),
    buttons: [submitButton('Apply', 'apply'), cancelButton()],
    initialFocus: selects[0]?.select,
    submit: () => {
      const chosen: Record<FieldRole, string | null> = { ...question.fields };
      for (const { role, select } of selects) chosen[role] = select.value || null;
      return chosen;
    },
  }).answer;
}
