// What the frame around an exported graph says: title, legend (as on screen), source credit and "As of" date.

import { dateOf } from '../../model/filters';
import { ownAttribute } from '../../model/node-attributes';
import type { Dataset, MeasureTable } from '../../state/app-state';
import type { ViewSettings } from '../../state/view-settings';
import { type LegendSection, legendSections } from '../appearance/legend-content';
import type { ExportSource } from './export-source';
import type { Decorations, ImageOptions } from './export-types';

export {
  LEGEND_DASHES,
  type LegendLine,
  type LegendSection,
  type LegendSwatch,
  legendSections,
} from '../appearance/legend-content';

/** The texts of the frame; a missing one is not drawn. */
export interface FrameContent {
  title?: string;
  legend?: LegendSection[];
  credit?: string;
  asOf?: string;
}

/** The longest credit text kept from a file's own description, so a paragraph does not become the picture's footer. */
const MAX_CREDIT = 200;

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** "A description, by Its creator" from a file's own metadata (GEXF creator and description, GraphML desc). */
function metadataCredit(attrs: Record<string, unknown>): string {
  const full = text(attrs.description);
  const description = full.length > MAX_CREDIT ? `${full.slice(0, MAX_CREDIT - 1).trimEnd()}…` : full;
  const creator = text(attrs.creator);
  if (description && creator) return `Source: ${description}, by ${creator}`;
  return description || creator ? `Source: ${description || creator}` : '';
}

/**
 * "Source: title, outlet (published)" for each well-formed entry of the dataset's `sources`; else the file's own
 * metadata (description and creator); else "Source: <file name>".
 */
export function sourceCredit(dataset: Dataset): string {
  const attrs = dataset.graph.getAttributes();
  const sources = attrs.sources;
  const described = (Array.isArray(sources) ? (sources as unknown[]) : []).flatMap((s) => {
    if (typeof s !== 'object' || s === null) return [];
    const { title, outlet, published } = s as Record<string, unknown>;
    if (typeof title !== 'string' || !title) return [];
    const by = typeof outlet === 'string' && outlet ? `, ${outlet}` : '';
    const when = typeof published === 'string' && published ? ` (${published})` : '';
    return [`${title}${by}${when}`];
  });
  if (described.length === 0) return metadataCredit(attrs) || `Source: ${dataset.name}`;
  return `${described.length > 1 ? 'Sources' : 'Source'}: ${described.join('; ')}`;
}

/**
 * The date a dataset speaks as of: its own `asOf` or `date` graph attribute, else the latest date among its
 * relations (in the mapped date field), else none; a file's last-modified stamp is not the data's date.
 */
export function datasetDate(dataset: Dataset, dateField: string | null = 'date'): string | undefined {
  const attrs = dataset.graph.getAttributes();
  const own = text(attrs.asOf) || text(attrs.date);
  if (own) return own;
  if (dateField === null) return undefined;
  let latest: string | undefined;
  dataset.graph.forEachEdge((_edge, edge) => {
    const date = dateOf(ownAttribute(edge, dateField));
    // ISO prefixes sort as text; a coarser one ("2025") stands for its whole year.
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  });
  return latest;
}

/** What the frame says besides the graph: the decorations chosen, and a date the user typed to print. */
export interface FrameRequest {
  decorations: Decorations;
  /** An "As of" date typed in the export dialog; it wins over the dataset's own. */
  asOf?: string;
  /** The relation attribute holding dates (the file's mapped date field). */
  dateField?: string | null;
}

/** The frame request of an export: its decorations, the typed date, and the file's mapped date field. */
export function frameRequest(source: ExportSource, options: ImageOptions): FrameRequest {
  return {
    decorations: options.decorations,
    // A date typed in the dialog wins; else the date the Time panel shows the network as of.
    ...(options.asOf || source.asOf ? { asOf: options.asOf || source.asOf } : {}),
    dateField: source.fields ? source.fields.date : 'date',
  };
}

/**
 * The frame's texts for the chosen decorations; "As of" only when the user typed a date or the dataset has one,
 * never today's date passed off as the data's.
 */
export function frameContent(
  dataset: Dataset,
  view: ViewSettings,
  measures: MeasureTable,
  request: FrameRequest,
): FrameContent {
  const { decorations } = request;
  const attrs = dataset.graph.getAttributes();
  const title = typeof attrs.title === 'string' && attrs.title.trim() ? attrs.title.trim() : dataset.name;
  const asOf = text(request.asOf) || datasetDate(dataset, request.dateField);
  const content: FrameContent = {};
  if (decorations.title) content.title = title;
  if (decorations.legend) content.legend = legendSections(dataset, view, measures);
  if (decorations.credit) content.credit = sourceCredit(dataset);
  if (decorations.asOf && asOf) content.asOf = `As of ${asOf}`;
  return content;
}
