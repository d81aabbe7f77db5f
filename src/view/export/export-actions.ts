// The dialog's commands: write the chosen format and download it, or copy a PNG to the clipboard.

import type { Core } from 'cytoscape';
import type { ActorAttributes } from '../../model/schema';
import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';
import { createNodeLook } from '../appearance/node-appearance';
import type { RelationSnapshot } from '../canvas/relation-layer';
import { DATA_PREFIX, type ExportChoice } from './dialog-form';
import { downloadBlob } from './download';
import { type ExportSource, keysInView } from './export-source';
import { type CanvasLimits, type DataExportLike, IMAGE_EXTENSIONS } from './export-types';
import { exportBaseName } from './file-name';
import { graphAsOf } from './graph-as-of';
import type { LabelBox } from './place-labels';

/** What the export commands need from the app. */
export interface ExportDeps {
  cy: Core;
  store: Store<AppState>;
  /** The relations drawn outside cytoscape (large graphs), read when an image is made. */
  relationSnapshot?: () => RelationSnapshot | null;
  dataExports?: readonly DataExportLike[];
  /** The canvas limits to respect; the browser's own unless a test or an embedder lowers them. */
  canvasLimits?: CanvasLimits;
}

/** What an export did: the files offered, a sentence for the status line, and a notice if the scale dropped. */
export interface ExportOutcome {
  files: string[];
  message: string;
  notice?: string;
  /** The label boxes a PNG or JPEG drew (model coordinates); an SVG records its own in `data-box` attributes. */
  labels?: LabelBox[];
}

/** The export's inputs and the files' base name; throws when no dataset is open. */
export function exportContext(deps: ExportDeps, today: Date): { source: ExportSource; base: string } {
  const { dataset, view, measures, fields, filters } = deps.store.get();
  if (!dataset) throw new Error('Open a dataset first: there is nothing to export yet.');
  const title = dataset.graph.getAttribute('title');
  const base = exportBaseName(dataset.id, typeof title === 'string' ? title : undefined, today);
  const relations = deps.relationSnapshot?.() ?? null;
  const asOf = filters.asOf ? { asOf: filters.asOf } : {};
  return { source: { cy: deps.cy, dataset, view, measures, relations, fields, ...asOf }, base };
}

function saveData(
  exporter: DataExportLike,
  choice: ExportChoice,
  deps: ExportDeps,
  ctx: ReturnType<typeof exportContext>,
) {
  const keys = choice.options.scope === 'view' ? keysInView(deps.cy) : undefined;
  const filters = deps.store.get().filters;
  const asOf = choice.asOfOnly && filters.asOf ? filters.asOf : undefined;
  const graph = asOf ? graphAsOf(ctx.source.dataset.graph, asOf, filters.includeUndated) : ctx.source.dataset.graph;
  // Colours and sizes as drawn, from the same mapping as the canvas (never read back from cytoscape).
  const look = createNodeLook(graph, ctx.source.view, ctx.source.measures);
  const lookOf = (key: string, attributes: ActorAttributes) => {
    const { color, size } = look(attributes, key);
    return { color, size };
  };
  const files = exporter.write(graph, keys ? { keys, lookOf } : { lookOf });
  const names = files.map((file) => {
    const name = `${ctx.base}${file.suffix}`;
    downloadBlob(new Blob([file.text], { type: file.mime ?? exporter.mime }), name);
    return name;
  });
  return { files: names, message: `Saved ${names.join(' and ')}${asOf ? ` (as of ${asOf})` : ''}.` };
}

/** Writes the chosen format and offers the file(s) as downloads. */
export async function saveExport(choice: ExportChoice, deps: ExportDeps, today = new Date()): Promise<ExportOutcome> {
  const ctx = exportContext(deps, today);
  const { format, options } = choice;
  if (format === 'png' || format === 'jpeg') {
    // The writers load on first use, keeping them out of the bundle every visitor downloads.
    const { exportRaster } = await import('./export-raster');
    const result = await exportRaster(ctx.source, format, options, deps.canvasLimits);
    const name = `${ctx.base}.${IMAGE_EXTENSIONS[format]}`;
    downloadBlob(result.blob, name);
    const message = `Saved ${name} (${result.width} × ${result.height} px).`;
    return { files: [name], message, labels: result.labels, ...(result.notice ? { notice: result.notice } : {}) };
  }
  if (format === 'svg') {
    const name = `${ctx.base}.svg`;
    const { exportSvg } = await import('./export-svg');
    downloadBlob(new Blob([exportSvg(ctx.source, options)], { type: 'image/svg+xml' }), name);
    return { files: [name], message: `Saved ${name}.` };
  }
  const exporter = deps.dataExports?.find((d) => `${DATA_PREFIX}${d.id}` === format);
  if (!exporter) throw new Error(`Unknown export format "${format}": choose one of the listed formats.`);
  return saveData(exporter, choice, deps, ctx);
}

/** Why copying an image cannot work in this browser, or null when it can. */
export function clipboardUnsupported(): string | null {
  if (!window.isSecureContext) return 'Copying images needs a secure (https) page.';
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') {
    return 'This browser cannot copy images to the clipboard: use Download.';
  }
  return null;
}

/** Renders a PNG with the chosen options and puts it on the clipboard. */
export async function copyExport(choice: ExportChoice, deps: ExportDeps, today = new Date()): Promise<ExportOutcome> {
  const ctx = exportContext(deps, today);
  const result = import('./export-raster').then(({ exportRaster }) =>
    exportRaster(ctx.source, 'png', choice.options, deps.canvasLimits),
  );
  // Handing the clipboard a promise keeps the click's user activation alive while the picture renders (Safari).
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': result.then((r) => r.blob) })]);
  const { width, height, notice, labels } = await result;
  return {
    files: [],
    message: `Copied a ${width} × ${height} px PNG to the clipboard.`,
    labels,
    ...(notice ? { notice } : {}),
  };
}
