// The export dialog's form: format, scope, scale, background, labels and decorations, every control labelled.

import { el } from '../dom';
import {
  BACKGROUNDS,
  type Background,
  type DataExportLike,
  DEFAULT_IMAGE_OPTIONS,
  type Decorations,
  IMAGE_FORMAT_LABELS,
  IMAGE_FORMATS,
  type ImageOptions,
  LABEL_MODE_NAMES,
  LABEL_MODES,
  type LabelMode,
  SCALES,
  type Scope,
} from './export-types';

/** The prefix of a data format's radio value, so data ids can never collide with image formats. */
export const DATA_PREFIX = 'data:';

/** What the user chose: a format value ("png", "svg", "data:csv", ...) and the image options. */
export interface ExportChoice {
  format: string;
  options: ImageOptions;
  /** For data formats: only the actors and relations shown as of the Time panel's date. */
  asOfOnly?: boolean;
}

/** The name of the checkbox that limits a data export to what is shown as of the date. */
export const AS_OF_ONLY = 'asOfOnly';

/** The checkbox "Only as of the date" under the scope; the dialog enables it for data formats with a date set. */
function asOfOnlyBox(id: string): HTMLElement {
  const inputId = `${id}-as-of-only`;
  const input = el('input', { type: 'checkbox', name: AS_OF_ONLY, id: inputId, disabled: true });
  const label = el('label', { for: inputId, class: 'as-of-only-label' }, 'Only as of the date (data formats)');
  return el('div', { class: 'export-choice export-as-of-only' }, input, label);
}

const BACKGROUND_LABELS: Record<Background, string> = { white: 'White', transparent: 'Transparent', dark: 'Dark' };
const DECORATION_LABELS: Record<keyof Decorations, string> = {
  legend: 'Legend',
  title: 'Title',
  credit: 'Source credit',
  asOf: '“As of” date',
};

function radios(id: string, legend: string, name: string, choices: [string, string][], checked: string) {
  return el(
    'fieldset',
    { class: `export-group export-${name}` },
    el('legend', {}, legend),
    ...choices.map(([value, label]) => {
      const inputId = `${id}-${name}-${value.replace(/\W/g, '-')}`;
      const input = el('input', { type: 'radio', name, id: inputId, value, checked: value === checked });
      return el('div', { class: 'export-choice' }, input, el('label', { for: inputId }, label));
    }),
  );
}

/** The name of the text box where a user types the "As of" date to print. */
export const AS_OF_TEXT = 'asOfText';

function checkboxes(id: string): HTMLFieldSetElement {
  const boxes = (Object.keys(DECORATION_LABELS) as (keyof Decorations)[]).map((key) => {
    const inputId = `${id}-include-${key}`;
    const checked = DEFAULT_IMAGE_OPTIONS.decorations[key];
    const input = el('input', { type: 'checkbox', name: key, id: inputId, checked });
    return el('div', { class: 'export-choice' }, input, el('label', { for: inputId }, DECORATION_LABELS[key]));
  });
  // Without a date in the data there is no "As of" line unless the user types one (the placeholder shows the data's).
  const dateId = `${id}-as-of-text`;
  const date = el('input', { type: 'text', id: dateId, name: AS_OF_TEXT, size: '12', autocomplete: 'off' });
  const dateField = el('div', { class: 'export-as-of' }, el('label', { for: dateId }, 'Date to show'), date);
  return el('fieldset', { class: 'export-group export-include' }, el('legend', {}, 'Include'), ...boxes, dateField);
}

/** Builds the form's controls; ids start with `id` so two dialogs could never share one. */
export function buildExportFields(id: string, dataExports: readonly DataExportLike[]): HTMLElement[] {
  const formats: [string, string][] = [
    ...IMAGE_FORMATS.map((f): [string, string] => [f, IMAGE_FORMAT_LABELS[f]]),
    ...dataExports.map((d): [string, string] => [`${DATA_PREFIX}${d.id}`, d.label]),
  ];
  const scale = el(
    'select',
    { id: `${id}-scale`, name: 'scale' },
    ...SCALES.map((s) => el('option', { value: String(s), selected: s === DEFAULT_IMAGE_OPTIONS.scale }, `${s}×`)),
  );
  return [
    radios(id, 'Format', 'format', formats, 'png'),
    radios(
      id,
      'Scope',
      'scope',
      [
        ['whole', 'Whole graph'],
        ['view', 'Current view'],
      ],
      DEFAULT_IMAGE_OPTIONS.scope,
    ),
    asOfOnlyBox(id),
    el('div', { class: 'export-scale' }, el('label', { for: scale.id }, 'Scale'), scale),
    radios(
      id,
      'Background',
      'background',
      BACKGROUNDS.map((b): [string, string] => [b, BACKGROUND_LABELS[b]]),
      DEFAULT_IMAGE_OPTIONS.background,
    ),
    radios(
      id,
      'Labels',
      'labels',
      LABEL_MODES.map((m): [string, string] => [m, LABEL_MODE_NAMES[m]]),
      DEFAULT_IMAGE_OPTIONS.labels,
    ),
    checkboxes(id),
  ];
}

/** Reads the form back into a choice; unknown values fall back to the defaults. */
export function readExportChoice(form: HTMLFormElement): ExportChoice {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  const scope = value('scope') === 'view' ? 'view' : 'whole';
  const background = (BACKGROUNDS as readonly string[]).includes(value('background'))
    ? (value('background') as Background)
    : DEFAULT_IMAGE_OPTIONS.background;
  const scale = Number(value('scale'));
  const checked = (name: keyof Decorations) =>
    (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
  const labels = (LABEL_MODES as readonly string[]).includes(value('labels'))
    ? (value('labels') as LabelMode)
    : DEFAULT_IMAGE_OPTIONS.labels;
  const asOf = value(AS_OF_TEXT).trim();
  return {
    ...(data.get(AS_OF_ONLY) ? { asOfOnly: true } : {}),
    format: value('format') || 'png',
    options: {
      scope: scope satisfies Scope,
      scale: Number.isFinite(scale) && scale > 0 ? scale : DEFAULT_IMAGE_OPTIONS.scale,
      background,
      decorations: {
        legend: checked('legend'),
        title: checked('title'),
        credit: checked('credit'),
        asOf: checked('asOf'),
      },
      labels,
      ...(asOf ? { asOf } : {}),
    },
  };
}
