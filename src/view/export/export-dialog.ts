// The "Export" dialog: a native modal that writes the graph as PNG, JPEG, SVG or a data format.

import { setStatus } from '../../state/app-state';
import { el } from '../dom';
import { AS_OF_ONLY, AS_OF_TEXT, buildExportFields, DATA_PREFIX, readExportChoice } from './dialog-form';
import { clipboardUnsupported, copyExport, type ExportDeps, exportContext, saveExport } from './export-actions';
import { IMAGE_EXTENSIONS, type ImageFormat } from './export-types';
import { datasetDate } from './frame-content';
import type { LabelBox } from './place-labels';
import './export-dialog.css';

let mounted = 0;

const roundBox = (box: LabelBox) => [box.x1, box.y1, box.x2, box.y2].map((v) => Math.round(v * 100) / 100);

/** The dialog's parts the wiring needs. */
interface DialogParts {
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  status: HTMLElement;
  fileName: HTMLElement;
  copyReason: HTMLElement;
  download: HTMLButtonElement;
  copy: HTMLButtonElement;
  cancel: HTMLButtonElement;
  /** Whether an export is running; the buttons stay disabled until it ends, even across close and reopen. */
  busy: boolean;
}

function buildDialog(id: string, deps: ExportDeps): DialogParts {
  const status = el('p', { class: 'export-status', role: 'status' });
  const fileName = el('span', { class: 'export-file-name' });
  const copyReason = el('p', { id: `${id}-copy-reason`, class: 'export-note' });
  const download = el('button', { type: 'submit', class: 'primary' }, 'Download');
  const copy = el('button', { type: 'button', 'aria-describedby': copyReason.id }, 'Copy image');
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const form = el(
    'form',
    { method: 'dialog', class: 'export-form' },
    el('h2', { id: `${id}-title` }, 'Export'),
    ...buildExportFields(id, deps.dataExports ?? []),
    el('p', { class: 'export-file' }, 'File: ', fileName),
    status,
    el('div', { class: 'dialog-buttons' }, download, copy, cancel),
    copyReason,
  );
  const dialog = el('dialog', { class: 'export-dialog', 'aria-labelledby': `${id}-title` }, form);
  return { dialog, form, status, fileName, copyReason, download, copy, cancel, busy: false };
}

function control<T extends Element>(form: HTMLFormElement, selector: string): T {
  const found = form.querySelector<T>(selector);
  if (!found) throw new Error(`export dialog: no control ${selector}`); // a bug in dialog-form.ts, not in data
  return found;
}

/** The file name the chosen format will get, shown before the user downloads. */
function previewName(deps: ExportDeps, format: string): string {
  try {
    const { base } = exportContext(deps, new Date());
    if (format.startsWith(DATA_PREFIX)) return `${base}.${format.slice(DATA_PREFIX.length)}`;
    return `${base}.${IMAGE_EXTENSIONS[format as ImageFormat] ?? format}`;
  } catch {
    return '(no dataset open)';
  }
}

/** The date the data speaks as of (the Time panel's, else the data's own), shown where the user may type another. */
function dataDate(deps: ExportDeps): string {
  const { dataset, fields, filters } = deps.store.get();
  return filters.asOf || (dataset && datasetDate(dataset, fields.date)) || 'none in the data';
}

/** Enables what the chosen format uses: scale for PNG/JPEG, no transparency for JPEG, no image options for data. */
function syncControls(parts: DialogParts, deps: ExportDeps): void {
  const { form, copy, copyReason, busy } = parts;
  const { format } = readExportChoice(form);
  const raster = format === 'png' || format === 'jpeg';
  const transparent = control<HTMLInputElement>(form, 'input[name="background"][value="transparent"]');
  control<HTMLSelectElement>(form, 'select[name="scale"]').disabled = !raster;
  transparent.disabled = format === 'jpeg';
  if (transparent.disabled && transparent.checked) {
    control<HTMLInputElement>(form, 'input[name="background"][value="white"]').checked = true;
  }
  for (const group of form.querySelectorAll<HTMLFieldSetElement>(
    '.export-background, .export-labels, .export-include',
  )) {
    group.disabled = format.startsWith(DATA_PREFIX);
  }
  control<HTMLInputElement>(form, `input[name="${AS_OF_TEXT}"]`).placeholder = dataDate(deps);
  // The network as of the Time panel's date, for data formats: offered only while a date is set.
  const asOf = deps.store.get().filters.asOf;
  const asOfOnly = control<HTMLInputElement>(form, `input[name="${AS_OF_ONLY}"]`);
  asOfOnly.disabled = !asOf || !format.startsWith(DATA_PREFIX);
  if (asOfOnly.disabled) asOfOnly.checked = false;
  const asOfLabel = form.querySelector('.as-of-only-label');
  if (asOfLabel)
    asOfLabel.textContent = asOf ? `Only as of ${asOf} (data formats)` : 'Only as of a date (set one in Time)';
  const unsupported = clipboardUnsupported();
  copy.disabled = busy || unsupported !== null || !raster;
  copyReason.textContent = unsupported ?? (raster ? '' : 'Copy image works with the PNG and JPEG formats.');
  parts.download.disabled = busy;
  parts.fileName.textContent = previewName(deps, format);
}

/**
 * Runs an export command, showing progress, the outcome and any notice in the dialog and the status line; resolves
 * whether it succeeded.
 */
async function runAction(
  parts: DialogParts,
  deps: ExportDeps,
  action: typeof saveExport,
  sync: () => void,
): Promise<boolean> {
  const { dialog, form, status } = parts;
  parts.busy = true;
  sync();
  dialog.setAttribute('aria-busy', 'true');
  status.classList.remove('export-error');
  status.textContent = 'Preparing the export…';
  delete dialog.dataset.labelBoxes;
  try {
    const outcome = await action(readExportChoice(form), deps);
    // The label boxes a raster picture drew, for checks that no two overlap (an SVG carries its own).
    if (outcome.labels) dialog.dataset.labelBoxes = JSON.stringify(outcome.labels.map(roundBox));
    const message = [outcome.message, outcome.notice].filter(Boolean).join(' ');
    status.textContent = message;
    deps.store.update((s) => setStatus(s, { kind: outcome.notice ? 'warning' : 'info', message }));
    return true;
  } catch (error) {
    status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add('export-error');
    return false;
  } finally {
    parts.busy = false;
    dialog.removeAttribute('aria-busy');
    sync();
  }
}

/**
 * Returns a change handler that sets what a scope implies, for the choices the user has not touched: whole-graph
 * pictures carry every decoration and the labels that fit; views of a detail no decoration and every label shown.
 */
function scopeDefaults(form: HTMLFormElement): (target: HTMLInputElement) => void {
  const includes = [...form.querySelectorAll<HTMLInputElement>('.export-include input[type="checkbox"]')];
  const labelModes = [...form.querySelectorAll<HTMLInputElement>('input[name="labels"]')];
  const touched = { includes: false, labels: false };
  return (target) => {
    touched.includes ||= includes.includes(target);
    touched.labels ||= labelModes.includes(target);
    if (target.name !== 'scope') return;
    const whole = target.value === 'whole';
    const mode = whole ? 'fit' : 'all';
    if (!touched.includes) for (const box of includes) box.checked = whole;
    if (!touched.labels) for (const radio of labelModes) radio.checked = radio.value === mode;
  };
}

/** Mounts the dialog and opens it from `opener`; returns an unmount that removes both. */
export function mountExportDialog(opener: HTMLButtonElement, deps: ExportDeps): () => void {
  const parts = buildDialog(`export-dialog-${++mounted}`, deps);
  const { dialog, form, status } = parts;
  document.body.append(dialog);
  const followScope = scopeDefaults(form);
  const sync = () => syncControls(parts, deps);

  const run = (action: typeof saveExport) => runAction(parts, deps, action, sync);
  form.addEventListener('change', (event) => {
    followScope(event.target as HTMLInputElement);
    sync();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // closed by hand once the file is saved, so a failure stays on screen to be read
    // A saved file ends the task: the dialog closes and the status line names the file (and any notice).
    void run(saveExport).then((saved) => {
      if (saved && dialog.open) dialog.close();
    });
  });
  // Copy keeps the dialog open: the user may paste and come back for another size or a file.
  parts.copy.addEventListener('click', () => void run(copyExport));
  parts.cancel.addEventListener('click', () => dialog.close());
  // Escape closes the dialog natively; stopping it here keeps the app's Escape (clear selection) out of it.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') event.stopPropagation();
  });
  dialog.addEventListener('close', () => opener.focus());
  const open = () => {
    if (!parts.busy) status.textContent = '';
    sync();
    dialog.showModal();
    form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.focus();
  };
  opener.addEventListener('click', open);
  opener.setAttribute('aria-haspopup', 'dialog');
  return () => {
    opener.removeEventListener('click', open);
    opener.removeAttribute('aria-haspopup');
    dialog.remove();
  };
}
