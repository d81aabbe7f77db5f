// What the frame around an exported graph says: title, legend (as on screen), source credit and "As of" date.

import type { Dataset, MeasureTable } from '../../state/app-state';
import type { ViewSettings } from '../../state/view-settings';
import { type LegendSection, legendSections } from '../appearance/legend-content';
import type { Decorations } from './export-types';
import { isoDate } from './file-name';

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

/** "Source: title, outlet (published)" for each well-formed entry of the dataset's `sources`, else its file name. */
export function sourceCredit(dataset: Dataset): string {
  const sources = dataset.graph.getAttribute('sources');
  const described = (Array.isArray(sources) ? (sources as unknown[]) : []).flatMap((s) => {
    if (typeof s !== 'object' || s === null) return [];
    const { title, outlet, published } = s as Record<string, unknown>;
    if (typeof title !== 'string' || !title) return [];
    const by = typeof outlet === 'string' && outlet ? `, ${outlet}` : '';
    const when = typeof published === 'string' && published ? ` (${published})` : '';
    return [`${title}${by}${when}`];
  });
  if (described.length === 0) return `Source: ${dataset.name}`;
  return `${described.length > 1 ? 'Sources' : 'Source'}: ${described.join('; ')}`;
}

/** The frame's texts for the chosen decorations; `today` dates datasets that carry no `asOf`. */
export function frameContent(
  dataset: Dataset,
  view: ViewSettings,
  measures: MeasureTable,
  decorations: Decorations,
  today: Date,
): FrameContent {
  const attrs = dataset.graph.getAttributes();
  const title = typeof attrs.title === 'string' && attrs.title.trim() ? attrs.title.trim() : dataset.name;
  const asOf = typeof attrs.asOf === 'string' && attrs.asOf.trim() ? attrs.asOf.trim() : isoDate(today);
  const content: FrameContent = {};
  if (decorations.title) content.title = title;
  if (decorations.legend) content.legend = legendSections(dataset, view, measures);
  if (decorations.credit) content.credit = sourceCredit(dataset);
  if (decorations.asOf) content.asOf = `As of ${asOf}`;
  return content;
}
