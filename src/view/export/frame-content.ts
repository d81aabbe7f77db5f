// What the frame around an exported graph says: title, legend (as on screen), source credit and "As of" date.

import { KIND_LABELS } from '../../model/schema';
import { FROM_FILE, type ViewSettings } from '../../model/view-settings';
import type { Dataset } from '../../state/app-state';
import { CERTAINTY_LINES, KIND_STYLES, STANCE_COLORS } from '../kind-style';
import { kindsPresent } from '../legend';
import { categoryColors } from '../node-appearance';
import type { Decorations } from './export-types';
import { isoDate } from './file-name';

/** A coloured node shape in the legend. */
export interface LegendSwatch {
  label: string;
  color: string;
  shape: string;
}

/** A line sample in the legend: colour (the frame's muted ink when absent) and dash pattern (empty for solid). */
export interface LegendLine {
  label: string;
  color?: string;
  dash: readonly number[];
}

/** One titled group of the legend. */
export interface LegendSection {
  heading: string;
  swatches: LegendSwatch[];
  lines: LegendLine[];
  note?: string;
}

/** The texts of the frame; a missing one is not drawn. */
export interface FrameContent {
  title?: string;
  legend?: LegendSection[];
  credit?: string;
  asOf?: string;
}

/** Dash patterns of the on-screen legend, so the exported legend reads the same. */
export const LEGEND_DASHES = { solid: [], dashed: [6, 3], dotted: [1.5, 3] } as const;

/** The most categories listed before the rest are summed up, as on screen. */
const MAX_CATEGORIES = 12;

function colourSection(dataset: Dataset, view: ViewSettings): LegendSection | null {
  const { colorBy } = view;
  if (!colorBy) return null;
  if (colorBy === FROM_FILE) return { heading: 'Colours', swatches: [], lines: [], note: 'as stored in the file' };
  if (colorBy === 'kind') {
    const kinds = kindsPresent(dataset.graph);
    if (kinds.length === 0) return null;
    const swatches = kinds.map(({ kind, count }) => ({
      label: `${KIND_LABELS[kind]} (${count})`,
      ...KIND_STYLES[kind],
    }));
    return { heading: 'Kinds', swatches, lines: [] };
  }
  const colors = [...categoryColors(dataset.graph, colorBy)];
  const swatches = colors.slice(0, MAX_CATEGORIES).map(([label, color]) => ({ label, color, shape: 'ellipse' }));
  const rest = colors.length - swatches.length;
  return { heading: colorBy, swatches, lines: [], ...(rest > 0 ? { note: `and ${rest} more` } : {}) };
}

/** The legend's sections: what colours the nodes, then stance colours and certainty line styles. */
export function legendSections(dataset: Dataset, view: ViewSettings): LegendSection[] {
  const stance: LegendSection = {
    heading: 'Stance',
    swatches: [],
    lines: Object.entries(STANCE_COLORS).map(([label, color]) => ({ label, color, dash: [] })),
  };
  const certainty: LegendSection = {
    heading: 'Certainty',
    swatches: [],
    // Certainty is shown in the ink colour (the on-screen legend's grey on white), so it reads on dark too.
    lines: Object.entries(CERTAINTY_LINES).map(([label, line]) => ({ label, dash: LEGEND_DASHES[line] })),
  };
  const colour = colourSection(dataset, view);
  return colour ? [colour, stance, certainty] : [stance, certainty];
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
  decorations: Decorations,
  today: Date,
): FrameContent {
  const attrs = dataset.graph.getAttributes();
  const title = typeof attrs.title === 'string' && attrs.title.trim() ? attrs.title.trim() : dataset.name;
  const asOf = typeof attrs.asOf === 'string' && attrs.asOf.trim() ? attrs.asOf.trim() : isoDate(today);
  const content: FrameContent = {};
  if (decorations.title) content.title = title;
  if (decorations.legend) content.legend = legendSections(dataset, view);
  if (decorations.credit) content.credit = sourceCredit(dataset);
  if (decorations.asOf) content.asOf = `As of ${asOf}`;
  return content;
}
