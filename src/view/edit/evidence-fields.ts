// The evidence part of the relation and evidence dialogs: Evidence quote, Source, and a new source's fields.

import type { ActorGraph } from '../../model/actor-graph';
import { type DialogField, dialogField } from '../dialog/dialog-fields';
import { el } from '../dom';
import { choiceSelect, textArea, textInput } from './edit-deps';
import { type EvidenceFormValues, NEW_SOURCE } from './relation-form';

/** The evidence fields, their rows (the new source's shown only while "New source…" is chosen), and their values. */
export interface EvidenceFields {
  fields: Record<keyof EvidenceFormValues, DialogField>;
  rows: HTMLElement[];
  read(): EvidenceFormValues;
}

/** The dataset's sources as Source choices: its title, and its id when two share a title. */
function sourceChoices(graph: ActorGraph): [string, string][] {
  const sources = graph.getAttribute('sources');
  const list = (Array.isArray(sources) ? sources : []).filter((s) => s && typeof s.id === 'string');
  const titles = list.map((s) => (typeof s.title === 'string' && s.title ? s.title : s.id));
  return list.map((s, i) => {
    const title = titles[i] as string;
    return [s.id, titles.indexOf(title) !== titles.lastIndexOf(title) ? `${title} (${s.id})` : title];
  });
}

/** Builds the evidence fields with ids starting with `id`; one source is chosen for you when the dataset has one. */
export function evidenceFields(graph: ActorGraph, id: string): EvidenceFields {
  const sources = sourceChoices(graph);
  const choices: [string, string][] = [
    ...(sources.length > 1 ? [['', 'Choose a source…'] as [string, string]] : []),
    ...sources,
    [NEW_SOURCE, 'New source…'],
  ];
  const source = choiceSelect(`${id}-source`, choices, sources.length === 1 ? sources[0]?.[0] : '');
  const fields = {
    quote: dialogField(textArea(`${id}-quote`, '', 4), 'Evidence quote', {
      hint: 'The words of the source that state it, copied exactly.',
    }),
    source: dialogField(source, 'Source'),
    sourceTitle: dialogField(textInput(`${id}-source-title`), 'Source title'),
    sourceUrl: dialogField(textInput(`${id}-source-url`), 'Source URL'),
    published: dialogField(textInput(`${id}-published`), 'Published', { hint: 'As 2025, 2025-07 or 2025-07-03.' }),
  };
  fields.sourceUrl.control.setAttribute('type', 'url');
  const newSource = el(
    'fieldset',
    { class: 'new-source' },
    el('legend', {}, 'New source'),
    fields.sourceTitle.row,
    fields.sourceUrl.row,
    fields.published.row,
  );
  const reveal = () => {
    newSource.hidden = source.value !== NEW_SOURCE;
  };
  source.addEventListener('change', reveal);
  reveal();
  const value = (field: DialogField) => (field.control as HTMLInputElement).value;
  return {
    fields,
    rows: [fields.quote.row, fields.source.row, newSource],
    read: () => ({
      quote: value(fields.quote),
      source: source.value,
      sourceTitle: value(fields.sourceTitle),
      sourceUrl: value(fields.sourceUrl),
      published: value(fields.published),
    }),
  };
}
