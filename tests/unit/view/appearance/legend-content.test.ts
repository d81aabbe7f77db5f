// The legend's vocabulary: sections only for what the data has, twelve categories and one grey "others", and the
// file's own colours kept when they follow the attribute coloured by.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { DEFAULT_VIEW_SETTINGS } from '../../../../src/state/view-settings';
import { COMMUNITY, categoryColors, fileColorsOf, OTHERS_COLOR } from '../../../../src/view/appearance/category-colors';
import { CATEGORY_PALETTE } from '../../../../src/view/appearance/kind-style';
import { legendSections } from '../../../../src/view/appearance/legend-content';
import { createNodeLook } from '../../../../src/view/appearance/node-appearance';
import { seed } from '../../seed-graph';

const asDataset = (graph: ReturnType<typeof createActorGraph>) => ({
  graph,
  id: 'test',
  name: 'test.graphml',
  formatLabel: 'GraphML',
  warnings: [],
});

/** Three actors in two groups, two relations with nothing but a weight: no kind, stance or certainty. */
function plain() {
  const g = createActorGraph();
  g.addNode('a', { label: 'A', group: 'x' });
  g.addNode('b', { label: 'B', group: 'x' });
  g.addNode('c', { label: 'C', group: 'y' });
  g.addDirectedEdgeWithKey('ab', 'a', 'b', { weight: 2 } as never);
  g.addDirectedEdgeWithKey('bc', 'b', 'c', { weight: 1 } as never);
  return g;
}

describe('legend sections', () => {
  it('show no Stance or Certainty key for relations without them, and no Kinds for actors without kinds', () => {
    const dataset = asDataset(plain());
    expect(legendSections(dataset, { ...DEFAULT_VIEW_SETTINGS, colorBy: 'kind' }, {})).toEqual([]);
    const byGroup = legendSections(dataset, { ...DEFAULT_VIEW_SETTINGS, colorBy: 'group' }, {});
    expect(byGroup.map((s) => s.heading)).toEqual(['group']);
    expect(byGroup[0]?.swatches.map((s) => s.label)).toEqual(['x', 'y']);
  });

  it('list only the stances and certainties present, in vocabulary order', () => {
    const g = plain();
    g.setEdgeAttribute('ab', 'stance', 'conflictual');
    g.setEdgeAttribute('bc', 'certainty', 'speculated');
    const sections = legendSections(asDataset(g), DEFAULT_VIEW_SETTINGS, {});
    expect(sections.map((s) => [s.heading, s.lines.map((l) => l.label)])).toEqual([
      ['Stance', ['conflictual']],
      ['Certainty', ['speculated']],
    ]);
  });

  it('keep every key for the seed, which has them all', () => {
    const sections = legendSections(asDataset(seed()), { ...DEFAULT_VIEW_SETTINGS, colorBy: 'kind' }, {});
    expect(sections.map((s) => s.heading)).toEqual(['Kinds', 'Stance', 'Certainty']);
    expect(sections[1]?.lines.map((l) => l.label)).toEqual(['cooperative', 'conflictual', 'neutral']);
  });

  it('show the twelve largest of 60 communities and one grey "others (48)"', () => {
    const g = createActorGraph();
    const community: Record<string, number> = {};
    // Community i has 61 - i actors, so the largest are 0 to 11 and ties never arise.
    for (let i = 0; i < 60; i++)
      for (let j = 0; j < 61 - i; j++) {
        g.addNode(`n${i}-${j}`, { label: `N${i}-${j}` });
        community[`n${i}-${j}`] = i;
      }
    const measures = { [COMMUNITY]: community };
    const [section] = legendSections(asDataset(g), { ...DEFAULT_VIEW_SETTINGS, colorBy: COMMUNITY }, measures);
    expect(section?.swatches.map((s) => s.label)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => String(i)),
      'others (48)',
    ]);
    expect(section?.swatches.at(-1)?.color).toBe(OTHERS_COLOR);
    expect(new Set(section?.swatches.slice(0, 12).map((s) => s.color)).size).toBe(12);
    // The canvas draws what the legend says: the others grey, the twelve in their own colours.
    const look = createNodeLook(g, { ...DEFAULT_VIEW_SETTINGS, colorBy: COMMUNITY }, measures);
    expect(look(g.getNodeAttributes('n59-0'), 'n59-0').color).toBe(OTHERS_COLOR);
    expect(look(g.getNodeAttributes('n0-0'), 'n0-0').color).toBe(CATEGORY_PALETTE[0]);
  });
});

/** Parties coloured by the file: the larger "Red" is red, "Blue" blue; the palette would give Red its first, blue. */
function parties(colors: Record<string, string | undefined>) {
  const g = createActorGraph();
  const members = [
    ['r1', 'Red'],
    ['r2', 'Red'],
    ['r3', 'Red'],
    ['b1', 'Blue'],
    ['b2', 'Blue'],
  ] as const;
  for (const [key, party] of members) {
    const color = colors[key] ?? (party === 'Red' ? '#d62728' : '#1f77b4');
    g.addNode(key, { label: key, party, ...(color ? { color } : {}) });
  }
  return g;
}

describe('colours a file already gives', () => {
  it('are reused when every actor of a value shares one colour', () => {
    const g = parties({});
    expect(fileColorsOf(g, 'party')).toEqual(
      new Map([
        ['Red', '#d62728'],
        ['Blue', '#1f77b4'],
      ]),
    );
    expect(categoryColors(g, 'party', {}).get('Red')).toBe('#d62728');
    const look = createNodeLook(g, { ...DEFAULT_VIEW_SETTINGS, colorBy: 'party' }, {});
    expect(look(g.getNodeAttributes('b1'), 'b1').color).toBe('#1f77b4');
    const [section] = legendSections(asDataset(g), { ...DEFAULT_VIEW_SETTINGS, colorBy: 'party' }, {});
    expect(section?.swatches.map((s) => [s.label, s.color])).toEqual([
      ['Red', '#d62728'],
      ['Blue', '#1f77b4'],
    ]);
  });

  it('are not reused when they do not follow the attribute, or are missing, or are all one colour', () => {
    expect(fileColorsOf(parties({ r2: '#00ff00' }), 'party')).toBeNull();
    expect(fileColorsOf(parties({ b2: '' }), 'party')).toBeNull();
    expect(fileColorsOf(parties({ r1: '#111', r2: '#111', r3: '#111', b1: '#111', b2: '#111' }), 'party')).toBeNull();
    expect(categoryColors(parties({ r2: '#00ff00' }), 'party', {}).get('Red')).toBe(CATEGORY_PALETTE[0]);
  });
});
