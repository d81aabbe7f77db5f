// What the legend says, for the screen and for exported images alike: what colours the nodes, stance, certainty.

import type { ActorGraph } from '../../model/actor-graph';
import { ACTOR_KINDS, KIND_LABELS } from '../../model/schema';
import type { Dataset, MeasureTable } from '../../state/app-state';
import { FROM_FILE, type ViewSettings } from '../../state/view-settings';
import { CERTAINTY_LINES, KIND_STYLES, STANCE_COLORS } from './kind-style';
import { categoryColors } from './node-appearance';

/** Kinds of the vocabulary present in the graph, in vocabulary order, with their counts. */
export function kindsPresent(graph: ActorGraph): { kind: (typeof ACTOR_KINDS)[number]; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, attrs) => {
    if (typeof attrs.kind === 'string') counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1);
  });
  return ACTOR_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

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

/** Dash patterns of the on-screen legend, so the exported legend reads the same. */
export const LEGEND_DASHES = { solid: [], dashed: [6, 3], dotted: [1.5, 3] } as const;

/** The most categories listed before the rest are summed up, as on screen. */
const MAX_CATEGORIES = 12;

function colourSection(dataset: Dataset, view: ViewSettings, measures: MeasureTable): LegendSection | null {
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
  const colors = [...categoryColors(dataset.graph, colorBy, measures)];
  const swatches = colors.slice(0, MAX_CATEGORIES).map(([label, color]) => ({ label, color, shape: 'ellipse' }));
  const rest = colors.length - swatches.length;
  return { heading: colorBy, swatches, lines: [], ...(rest > 0 ? { note: `and ${rest} more` } : {}) };
}

/** The legend's sections: what colours the nodes, then stance colours and certainty line styles. */
export function legendSections(dataset: Dataset, view: ViewSettings, measures: MeasureTable): LegendSection[] {
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
  const colour = colourSection(dataset, view, measures);
  return colour ? [colour, stance, certainty] : [stance, certainty];
}
