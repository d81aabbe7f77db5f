// loadDataset over the fixture files: real files with independently counted nodes and edges, then broken ones.

import { describe, expect, it } from 'vitest';
import { ColumnChoiceNeeded } from '../../../src/io/column-choice-needed';
import type { FormatId } from '../../../src/io/formats';
import { loadDataset, MAX_FILE_BYTES } from '../../../src/io/load-dataset';
import { DatasetError } from '../../../src/model/dataset-error';
import { fixture } from './fixture';

/** Counts from tests/fixtures/SOURCES.md (made by a script independent of any importer) or, for ours, by hand. */
const VALID: [files: string[], format: FormatId, nodes: number, edges: number][] = [
  [['graphology+graphology__basic.gexf'], 'gexf', 2, 2],
  [['graphology+graphology__mixed_multigraph.graphml'], 'graphml', 6, 8],
  [['Calpano+graphinout__got-graph.graphml'], 'graphml', 84, 216],
  [['pg-format+pgraphs__example.graphology'], 'graphology-json', 2, 2],
  [['graphology+graphology__polarisation.json'], 'graphology-json', 420, 20_935],
  [['cytoscape+cytoscape.js__genemania-export_data.json'], 'cytoscape-json', 31, 255],
  [['cytoscape+cytoscape.js__cose-bilkent-layout-compound_data.json'], 'cytoscape-json', 28, 35],
  [['backchannel__dynamic-viz.gexf'], 'gexf', 3, 2],
  [['backchannel__big-ids.json'], 'graphology-json', 3, 2],
  [['backchannel__cytoscape-elements.cyjs'], 'cytoscape-json', 3, 2],
  [['backchannel__nested-ports.graphml'], 'graphml', 4, 2],
  [['backchannel__edges-only.csv'], 'csv', 3, 4],
  [['backchannel__edges.tsv'], 'csv', 3, 3],
  [['backchannel__entity-pairs.csv'], 'csv', 4, 3],
  [['backchannel__bom-duplicate-blank.csv'], 'csv', 3, 0],
  [['backchannel__pair-nodes.csv', 'backchannel__pair-edges.csv'], 'csv', 3, 2],
  [['backchannel__pair-edges.csv', 'backchannel__pair-nodes.csv'], 'csv', 3, 2],
  [['backchannel__nodes-by-row.csv', 'backchannel__edges-by-row.csv'], 'csv', 3, 3],
];

describe('loadDataset: valid files', () => {
  it.each(VALID)('%s → %s, %i nodes, %i edges', (names, format, nodes, edges) => {
    const result = loadDataset(names.map(fixture));
    expect(result.format).toBe(format);
    expect(result.graph.order).toBe(nodes);
    expect(result.graph.size).toBe(edges);
    expect(result.graph.type).toBe('mixed');
    expect(result.graph.multi).toBe(true);
    result.graph.forEachNode((key, attributes) => {
      expect(typeof attributes.label, key).toBe('string');
      expect(attributes.label.length, key).toBeGreaterThan(0);
    });
  });
});

/** Files that load with warnings: each must say what happened, in words a user can act on. */
const WARNED: [files: string[], nodes: number, edges: number, warnings: RegExp[]][] = [
  [
    ['graphology+graphology__missing_nodes.gexf'],
    2,
    1,
    [/^3 edges were dropped because they point at nodes the file never declares: "2", "4", "5", "6"$/],
  ],
  [
    ['graphology+graphology__miserables_broken.graphml'],
    77,
    254,
    [/154 <data> elements use keys that are never declared.*"label", "modularity_class"/],
  ],
  [
    ['backchannel__bom-duplicate-blank.csv'],
    3,
    0,
    [/skipped 1 blank row \(row 6\)/, /no source and target columns/, /1 node id appears more than once \("2"\)/],
  ],
  [
    ['backchannel__nested-ports.graphml'],
    4,
    2,
    [/1 edge was dropped.*"ghost"/, /never declared.*"mystery"/, /2 ports are ignored/, /1 nested graph was flattened/],
  ],
  [['backchannel__cytoscape-elements.cyjs'], 3, 2, [/1 edge was dropped.*"nowhere"/]],
  [['backchannel__pair-nodes.csv', 'backchannel__pair-edges.csv'], 3, 2, [/"n2"/, /1 edge was dropped.*"n9"/]],
  [
    ['backchannel__nodes-by-row.csv', 'backchannel__edges-by-row.csv'],
    3,
    3,
    [/no id column, so nodes are known by row number/],
  ],
];

describe('loadDataset: files loaded with warnings', () => {
  it.each(WARNED)('%s', (names, nodes, edges, expected) => {
    const result = loadDataset(names.map(fixture));
    expect([result.graph.order, result.graph.size]).toEqual([nodes, edges]);
    expect(result.warnings).toHaveLength(expected.length);
    for (const [i, pattern] of expected.entries()) expect(result.warnings[i]).toMatch(pattern);
  });
});

/** Files that must not load, and the error each gives: what, where. */
const BROKEN: [file: string, what: RegExp, where: object | undefined][] = [
  ['backchannel__malformed.graphml', /XML is not well-formed: a tag here is not closed/, { line: 5, column: 5 }],
  ['backchannel__empty.graphml', /^the file is empty$/, undefined],
  [
    'backchannel__hyperedge.graphml',
    /hyperedges .* which Backchannel cannot show/,
    { line: 7, element: '<hyperedge>' },
  ],
  ['backchannel__entities.graphml', /declares XML entities in a DOCTYPE/, undefined],
  [
    'backchannel__syntax-error.json',
    /JSON is not valid: unexpected "\\"" where ',' or '}' should be/,
    { line: 7, column: 21 },
  ],
];

describe('loadDataset: broken files', () => {
  it.each(BROKEN)('%s', (name, what, where) => {
    const error = catchError(() => loadDataset([fixture(name)]));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.what).toMatch(what);
    expect(error.where).toEqual(where);
    expect(error.file).toBe(name);
    expect(error.message).toContain(name);
    expect(error.fix.length).toBeGreaterThan(10);
  });

  it('asks for columns it cannot guess, with the header, first rows and guesses', () => {
    const error = catchError(() => loadDataset([fixture('backchannel__ambiguous-columns.csv')]));
    expect(error).toBeInstanceOf(ColumnChoiceNeeded);
    const choice = error as ColumnChoiceNeeded;
    expect(choice.header).toEqual(['person', 'friend', 'since']);
    expect(choice.rows).toEqual([
      ['Ana', 'Ben', '2019'],
      ['Ben', 'Cleo', '2021'],
    ]);
    expect(choice.guesses).toEqual({ source: 'person', target: 'friend' });
    expect(choice.file).toBe('backchannel__ambiguous-columns.csv');
  });

  it('loads with the chosen columns the second time', () => {
    const result = loadDataset([fixture('backchannel__ambiguous-columns.csv')], {
      columns: { source: 'person', target: 'friend' },
    });
    expect(result.graph.order).toBe(3);
    expect(result.graph.getEdgeAttributes('e0')).toEqual({ since: 2019 });
    expect(result.graph.extremities('e0')).toEqual(['Ana', 'Ben']);
  });

  it('says so when the chosen columns are not in the table', () => {
    const error = catchError(() =>
      loadDataset([fixture('backchannel__ambiguous-columns.csv')], { columns: { source: 'a', target: 'b' } }),
    );
    expect(error).not.toBeInstanceOf(ColumnChoiceNeeded);
    expect(error.what).toMatch(/no table has both columns "a" and "b"/);
  });
});

describe('loadDataset: the door', () => {
  it('refuses files over the size limit and names the limit', () => {
    const error = catchError(() => loadDataset([{ name: 'huge.csv', text: 'a'.repeat(MAX_FILE_BYTES + 1) }]));
    expect(error.what).toMatch(/larger than 50 MB/);
  });

  it('counts bytes, not characters, near the limit', () => {
    const text = 'é'.repeat(MAX_FILE_BYTES / 2 + 1);
    expect(catchError(() => loadDataset([{ name: 'wide.csv', text }])).what).toMatch(/larger than 50 MB/);
  });

  it('refuses no files, three files, and a pair that is not two CSV tables', () => {
    expect(catchError(() => loadDataset([])).what).toMatch(/no file was given/);
    const csv = fixture('backchannel__edges-only.csv');
    expect(catchError(() => loadDataset([csv, csv, csv])).what).toMatch(/3 files were given/);
    const mixed = catchError(() => loadDataset([csv, fixture('graphology+graphology__basic.gexf')]));
    expect(mixed.what).toMatch(/only a CSV nodes table and a CSV edges table/);
  });

  it('refuses two edge lists given as a pair', () => {
    const csv = fixture('backchannel__edges-only.csv');
    expect(catchError(() => loadDataset([csv, csv])).what).toMatch(/both tables look like edge lists/);
  });

  it('names an unknown format and lists the supported ones', () => {
    const error = catchError(() =>
      loadDataset([{ name: 'picture.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"/>' }]),
    );
    expect(error.what).toMatch(/root element is <svg>/);
    expect(error.fix).toMatch(/GEXF.*GraphML.*Cytoscape JSON.*graphology JSON.*CSV/);
    expect(error.file).toBe('picture.svg');
  });

  it('names the dataset by its title, else by its file name', () => {
    expect(loadDataset([fixture('graphology+graphology__basic.gexf')]).name).toBe('Basic Graph');
    expect(loadDataset([fixture('backchannel__edges.tsv')]).name).toBe('backchannel__edges');
  });
});

/** Runs a function that must throw a DatasetError and returns the error. */
function catchError(run: () => unknown): DatasetError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError, but nothing was thrown');
}
