// The pure parts of image export: file names, canvas-limit scaling, wrapping, frame texts and layout, node shapes.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import { DATA_EXPORTS } from '../../../../src/io/writers';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { DEFAULT_VIEW_SETTINGS } from '../../../../src/state/view-settings';
import { type DataExportLike, DEFAULT_IMAGE_OPTIONS } from '../../../../src/view/export/export-types';
import { datasetSlug, exportBaseName, isoDate, slugify } from '../../../../src/view/export/file-name';
import { datasetDate, frameContent, sourceCredit } from '../../../../src/view/export/frame-content';
import { layoutFrame } from '../../../../src/view/export/frame-layout';
import { inkFor, type Measure } from '../../../../src/view/export/frame-primitives';
import { placeShape } from '../../../../src/view/export/node-shapes';
import { fitScale, formatScale } from '../../../../src/view/export/raster-limits';
import { wrapText } from '../../../../src/view/export/wrap-text';
import { fixture } from '../../io/fixture';

/** Nodes coloured by kind, as the seed opens. */
const BY_KIND = { ...DEFAULT_VIEW_SETTINGS, colorBy: 'kind' };

/** A monospace stand-in for the browser's font metrics: every glyph is 0.6 em wide. */
const measure: Measure = (text, size) => text.length * size * 0.6;

function dataset(attributes: Record<string, unknown> = {}) {
  const graph = createActorGraph();
  graph.replaceAttributes({ title: 'The sixth Trump–Putin call of 2025', ...attributes });
  graph.addNode('trump', { label: 'Donald Trump', kind: 'person' });
  graph.addNode('putin', { label: 'Vladimir Putin', kind: 'person' });
  graph.addNode('kremlin', { label: 'Kremlin', kind: 'government-body' });
  return { graph, id: 'sixth-call', name: 'sixth-call.json', formatLabel: 'Backchannel JSON', warnings: [] };
}

describe('export file names', () => {
  it('slugs ids and titles, folding accents and keeping other scripts', () => {
    expect(slugify('Élysée Palace — talks, 2025!')).toBe('elysee-palace-talks-2025');
    expect(slugify('Кремль и Белый дом')).toBe('кремль-и-белый-дом');
    expect(datasetSlug('my graph.gexf')).toBe('my-graph');
    expect(datasetSlug('***', 'A Title')).toBe('a-title');
    expect(datasetSlug('', '')).toBe('graph');
  });

  it('dates the name with the local day', () => {
    const day = new Date(2025, 6, 3, 23, 59);
    expect(isoDate(day)).toBe('2025-07-03');
    expect(exportBaseName('sixth-call', 'The sixth call', day)).toBe('sixth-call-2025-07-03');
  });

  it('does not date twice a dataset that was itself opened from an export', () => {
    const day = new Date(2026, 11, 7);
    expect(exportBaseName('sixth-call-2026-12-07.gexf', undefined, day)).toBe('sixth-call-2026-12-07');
    expect(exportBaseName('sixth-call-2025-07-03.json', undefined, day)).toBe('sixth-call-2026-12-07');
    // A name that is only a date keeps it as its slug; a date inside a name is not an export's stamp.
    expect(exportBaseName('2025-07-03.csv', undefined, day)).toBe('2025-07-03-2026-12-07');
    expect(exportBaseName('talks-2025-07-03-notes.json', undefined, day)).toBe('talks-2025-07-03-notes-2026-12-07');
  });
});

describe('canvas limits', () => {
  const limits = { maxSide: 16384, maxPixels: 16384 * 16384 };

  it('keeps the requested scale when it fits', () => {
    expect(fitScale(1200, 900, 4, limits)).toEqual({ scale: 4 });
  });

  it('lowers the scale to the side and area limits, rounding down, and says so', () => {
    const wide = fitScale(7000, 500, 4, limits);
    expect(wide.scale).toBe(2.3);
    expect(wide.notice).toBe("Scaled down to 2.3× to stay within the browser's canvas limit.");
    const area = fitScale(1000, 1000, 4, { maxSide: 100_000, maxPixels: 4_000_000 });
    expect(area.scale).toBe(2);
    const huge = fitScale(60_000, 800, 4, limits);
    expect(huge.scale).toBe(0.27);
    expect(huge.notice).toContain('0.27×');
    expect(Math.round(60_000 * huge.scale)).toBeLessThanOrEqual(limits.maxSide);
  });

  it('refuses a picture that cannot be drawn at any scale', () => {
    expect(() => fitScale(1e9, 1e9, 1, limits)).toThrow(/too large to draw .* SVG/);
    expect(formatScale(2)).toBe('2×');
    expect(formatScale(0.5)).toBe('0.5×');
  });
});

describe('text wrapping', () => {
  it('breaks at spaces within the width, keeps long words whole, and honours newlines', () => {
    const width = (s: string) => s.length;
    // As in cytoscape, a candidate line counts the space that follows it, so "Ukrainian military " needs 19.
    expect(wrapText('Ukrainian military leaders', 19, width)).toEqual(['Ukrainian military', 'leaders']);
    expect(wrapText('Ukrainian military leaders', 18, width)).toEqual(['Ukrainian', 'military leaders']);
    expect(wrapText('Ukrainian military leaders', 26, width)).toEqual(['Ukrainian military leaders']);
    expect(wrapText('Supercalifragilistic is long', 10, width)).toEqual(['Supercalifragilistic', 'is long']);
    expect(wrapText('one\ntwo', 100, width)).toEqual(['one', 'two']);
    expect(wrapText('   ', 10, width)).toEqual([]);
  });
});

describe('frame texts', () => {
  it('credits well-formed sources and skips malformed ones', () => {
    const sources = [{ id: 'a', title: 'Report', outlet: 'Wire', published: '2025' }, { id: 'b' }, 'junk'];
    expect(sourceCredit(dataset({ sources }))).toBe('Source: Report, Wire (2025)');
    expect(sourceCredit(dataset({ sources: 'not a list' }))).toBe('Source: sixth-call.json');
  });

  it("credits the file's own metadata (GEXF creator and description, GraphML desc), else its name", () => {
    const gexf = dataset({ creator: 'Gexf.net', description: 'A hello world! file' });
    expect(sourceCredit(gexf)).toBe('Source: A hello world! file, by Gexf.net');
    expect(sourceCredit(dataset({ creator: 'Gexf.net' }))).toBe('Source: Gexf.net');
    expect(sourceCredit(dataset({ description: '  Board   members\n of firms ' }))).toBe(
      'Source: Board members of firms',
    );
    const long = sourceCredit(dataset({ description: 'word '.repeat(100) }));
    expect(long.length).toBeLessThanOrEqual('Source: '.length + 200);
    expect(long.endsWith('…')).toBe(true);
    expect(sourceCredit(dataset())).toBe('Source: sixth-call.json');
  });

  it('says "As of" only with a date: the dataset\'s own, the latest relation date, or one the user typed', () => {
    const view = BY_KIND;
    const all = { decorations: DEFAULT_IMAGE_OPTIONS.decorations };
    const own = frameContent(dataset({ asOf: 'a Thursday in 2025' }), view, {}, all);
    expect(own.asOf).toBe('As of a Thursday in 2025');
    expect(own.title).toBe('The sixth Trump–Putin call of 2025');
    const kinds = own.legend?.[0];
    expect(kinds?.heading).toBe('Kinds');
    expect(kinds?.swatches.map((s) => s.label)).toEqual(['Person (2)', 'Government body (1)']);
    // No relation carries a stance or certainty here, so the legend has no keys for them.
    expect(own.legend?.map((s) => s.heading)).toEqual(['Kinds']);
    expect(frameContent(dataset({ date: '2024-05' }), view, {}, all).asOf).toBe('As of 2024-05');
    // A graph without a date of its own gets no "As of" line: never today's date passed off as the data's.
    expect(frameContent(dataset(), view, {}, all).asOf).toBeUndefined();
    expect(frameContent(dataset(), view, {}, { ...all, asOf: ' 2026-01-02 ' }).asOf).toBe('As of 2026-01-02');
    const dated = dataset();
    dated.graph.addDirectedEdgeWithKey('t-p', 'trump', 'putin', { date: '2025-03' });
    dated.graph.addDirectedEdgeWithKey('p-k', 'putin', 'kremlin', { date: '2025-07-03' });
    dated.graph.addDirectedEdgeWithKey('k-t', 'kremlin', 'trump', { when: '2026', date: 'soon' } as never);
    expect(datasetDate(dated)).toBe('2025-07-03');
    expect(datasetDate(dated, 'when')).toBe('2026');
    expect(datasetDate(dated, null)).toBeUndefined();
    expect(frameContent(dated, view, {}, all).asOf).toBe('As of 2025-07-03');
    const none = { legend: false, title: false, credit: false, asOf: false };
    expect(frameContent(dataset({ asOf: '2025' }), view, {}, { decorations: none })).toEqual({});
  });
});

describe('frames of files written elsewhere', () => {
  const open = (name: string) => {
    const loaded = loadDataset([fixture(name)]);
    return { graph: loaded.graph, id: name, name, formatLabel: loaded.formatLabel, warnings: [] };
  };

  it('credit GraphML desc and GEXF creator and description, and print no "As of" for undated files', () => {
    const boards = open('backchannel__board-seats.graphml');
    expect(sourceCredit(boards)).toBe('Source: Shared board seats among five invented firms');
    const parties = open('backchannel__party-colours.gexf');
    expect(sourceCredit(parties)).toBe(
      'Source: Five invented members of two parties, coloured by party, by Backchannel tests',
    );
    const all = { decorations: DEFAULT_IMAGE_OPTIONS.decorations };
    const content = frameContent(boards, { ...DEFAULT_VIEW_SETTINGS, colorBy: 'group' }, {}, all);
    expect(content.asOf).toBeUndefined();
    expect(content.legend?.map((s) => s.heading)).toEqual(['group']);
    // A GEXF's last-modified stamp dates the file, not the data.
    expect(datasetDate(open('backchannel__dynamic-viz.gexf'))).toBeUndefined();
  });
});

describe('frame layout', () => {
  // Relations with every stance and certainty, so the legend has all three sections to wrap.
  const related = dataset({ asOf: '2025' });
  related.graph.addDirectedEdgeWithKey('a', 'trump', 'putin', { stance: 'cooperative', certainty: 'confirmed' });
  related.graph.addDirectedEdgeWithKey('b', 'putin', 'trump', { stance: 'conflictual', certainty: 'reported' });
  related.graph.addDirectedEdgeWithKey('c', 'putin', 'kremlin', { stance: 'neutral', certainty: 'speculated' });
  related.graph.addDirectedEdgeWithKey('d', 'kremlin', 'putin', { certainty: 'expected' });
  const content = frameContent(related, BY_KIND, {}, { decorations: DEFAULT_IMAGE_OPTIONS.decorations });

  it('puts the title above the graph and the legend and credit below, inside the frame', () => {
    const frame = layoutFrame(800, 600, content, inkFor('white'), measure);
    expect(frame.width).toBe(840);
    expect(frame.graph.y).toBeGreaterThan(20);
    expect(frame.legend?.y).toBeGreaterThan(frame.graph.y + 600);
    expect(frame.height).toBeGreaterThan((frame.legend?.y ?? 0) + (frame.legend?.height ?? 0));
    for (const p of frame.primitives) {
      const x = p.type === 'line' ? p.x2 : p.x;
      expect(x).toBeLessThanOrEqual(frame.width);
      expect(p.type === 'line' ? p.y2 : p.y).toBeLessThanOrEqual(frame.height);
    }
    expect(frame.primitives.some((p) => p.type === 'swatch' && p.color === '#2f62c9')).toBe(true);
  });

  it('is only the graph and its padding without decorations, and never narrower than the minimum', () => {
    const bare = layoutFrame(100, 50, {}, inkFor('dark'), measure);
    expect(bare.primitives).toEqual([]);
    expect(bare.width).toBe(480);
    expect(bare.height).toBe(90);
    expect(bare.graph).toEqual({ x: 190, y: 20, width: 100, height: 50 });
  });

  it('wraps the legend into more rows when the frame is narrow', () => {
    const wide = layoutFrame(2000, 100, { legend: content.legend ?? [] }, inkFor('white'), measure);
    const narrow = layoutFrame(100, 100, { legend: content.legend ?? [] }, inkFor('white'), measure);
    expect(narrow.legend?.height ?? 0).toBeGreaterThan(wide.legend?.height ?? 0);
  });
});

describe('node shapes', () => {
  it('match cytoscape: polygons fill the node box, round rectangles take the automatic radius', () => {
    const star = placeShape('star', 0, 0, 20, 20);
    if (star.kind !== 'polygon') throw new Error('star should be a polygon');
    expect(star.points).toHaveLength(10);
    const ys = star.points.map(([, y]) => y);
    expect(Math.min(...ys)).toBeCloseTo(-10);
    const xs = star.points.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(20);
    expect(placeShape('round-rectangle', 0, 0, 22, 22)).toMatchObject({ kind: 'rect', radius: 5.5 });
    expect(placeShape('triangle', 0, 0, 10, 10)).toMatchObject({ kind: 'polygon' });
    expect(placeShape('no-such-shape', 1, 2, 10, 6)).toEqual({ kind: 'ellipse', cx: 1, cy: 2, rx: 5, ry: 3 });
  });
});

describe('data exports', () => {
  it('the dialog accepts the table of src/io/writers.ts as it is, and its writers honour `keys`', () => {
    const exports: readonly DataExportLike[] = DATA_EXPORTS;
    const json = exports.find((e) => e.id === 'json');
    const files = json?.write(dataset().graph, { keys: new Set(['trump', 'putin']) }) ?? [];
    expect(files.map((f) => f.suffix)).toEqual(['.json']);
    expect(JSON.parse(files[0]?.text ?? '{}').nodes).toHaveLength(2);
  });
});
