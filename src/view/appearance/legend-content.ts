// What the legend says, for the screen and for exported images alike: what colours the nodes, stance, certainty,
// each only where the data has it.

import type { ActorGraph } from '../../model/actor-graph';
import { ACTOR_KINDS, KIND_LABELS } from '../../model/schema';
import type { Dataset, MeasureTable } from '../../state/app-state';
import { FROM_FILE, type ViewSettings } from '../../state/view-settings';
import { categoryColors, categoryCounts, MAX_COLORED_CATEGORIES, OTHERS_COLOR } from './category-colors';
import { CERTAINTY_LINES, KIND_STYLES, STANCE_COLORS } from './kind-style';

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
  const counts = categoryCounts(dataset.graph, colorBy, measures);
  if (counts.length === 0) return null;
  const colors = categoryColors(dataset.graph, colorBy, measures);
  const swatches = counts.slice(0, MAX_COLORED_CATEGORIES).map(({ value }) => ({
    label: value,
    color: colors.get(value) ?? OTHERS_COLOR,
    shape: 'ellipse',
  }));
  // The rest are drawn in one grey, so they are one entry: "others (48)" counts the categories it stands for.
  const others = counts.length - swatches.length;
  if (others > 0) swatches.push({ label: `others (${others})`, color: OTHERS_COLOR, shape: 'ellipse' });
  return { heading: colorBy, swatches, lines: [] };
}

/** The stances and certainties the relations carry, each in vocabulary order. */
function relationValuesPresent(graph: ActorGraph): { stances: Set<string>; certainties: Set<string> } {
  const stances = new Set<string>();
  const certainties = new Set<string>();
  graph.forEachEdge((_edge, attrs) => {
    if (typeof attrs.stance === 'string' && Object.hasOwn(STANCE_COLORS, attrs.stance)) stances.add(attrs.stance);
    if (typeof attrs.certainty === 'string' && Object.hasOwn(CERTAINTY_LINES, attrs.certainty))
      certainties.add(attrs.certainty);
  });
  return { stances, certainties };
}

/**
 * The legend's sections: what colours the nodes, then the stance colours and certainty line styles the relations
 * carry; a section the data has no values for is left out (no Stance key for a file without stances).
 */
export function legendSections(dataset: Dataset, view: ViewSettings, measures: MeasureTable): LegendSection[] {
  const present = relationValuesPresent(dataset.graph);
  const stances = Object.entries(STANCE_COLORS).filter(([label]) => present.stances.has(label));
  const certainties = Object.entries(CERTAINTY_LINES).filter(([label]) => present.certainties.has(label));
  const sections: (LegendSection | null)[] = [
    colourSection(dataset, view, measures),
    stances.length > 0
      ? { heading: 'Stance', swatches: [], lines: stances.map(([label, color]) => ({ label, color, dash: [] })) }
      : null,
    // Certainty is shown in the ink colour (the on-screen legend's grey on white), so it reads on dark too.
    certainties.length > 0
      ? {
          heading: 'Certainty',
          swatches: [],
          lines: certainties.map(([label, line]) => ({ label, dash: LEGEND_DASHES[line] })),
        }
      : null,
  ];
  return sections.filter((section): section is LegendSection => section !== null);
}
