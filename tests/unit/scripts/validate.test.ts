// The validate CLI as a user runs it: a child process over the fixture files, checked by its output and exit code.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = 'tests/fixtures/';

/** What one run of the CLI printed and how it exited. */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/validate.ts …args` from the project root, as `npm run validate -- …args` does. */
function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      // A non-zero exit arrives as an error carrying the code; anything else (no tsx at all) is a test failure.
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const fx = (name: string) => FIXTURES + name;

/** Counts from tests/fixtures/SOURCES.md (independent of any importer) or, for our own files, by hand. */
const VALID: [args: string[], line: string][] = [
  [[fx('graphology+graphology__basic.gexf')], 'GEXF, 2 nodes, 2 edges'],
  [[fx('graphology+graphology__mixed_multigraph.graphml')], 'GraphML, 6 nodes, 8 edges'],
  [[fx('Calpano+graphinout__got-graph.graphml')], 'GraphML, 84 nodes, 216 edges'],
  [[fx('pg-format+pgraphs__example.graphology')], 'graphology JSON, 2 nodes, 2 edges'],
  [[fx('graphology+graphology__polarisation.json')], 'graphology JSON, 420 nodes, 20935 edges'],
  [[fx('cytoscape+cytoscape.js__genemania-export_data.json')], 'Cytoscape JSON, 31 nodes, 255 edges'],
  [[fx('cytoscape+cytoscape.js__cose-bilkent-layout-compound_data.json')], 'Cytoscape JSON, 28 nodes, 35 edges'],
  [[fx('backchannel__dynamic-viz.gexf')], 'GEXF, 3 nodes, 2 edges'],
  [[fx('backchannel__big-ids.json')], 'graphology JSON, 3 nodes, 2 edges'],
  [[fx('backchannel__edges-only.csv')], 'CSV table, 3 nodes, 4 edges'],
  [[fx('backchannel__edges.tsv')], 'CSV table, 3 nodes, 3 edges'],
  [[fx('backchannel__entity-pairs.csv')], 'CSV table, 4 nodes, 3 edges'],
  [[fx('backchannel__shared-ids.gexf')], 'GEXF, 3 nodes, 3 edges'],
  [[fx('backchannel__url-attributes.json')], 'graphology JSON, 2 nodes, 1 edge'],
  [['graph-data/got-relations.graphml'], 'GraphML, 84 nodes, 216 edges'],
  [['graph-data/polarisation.json'], 'graphology JSON, 420 nodes, 20935 edges'],
];

describe('validate CLI: valid files', () => {
  it.each(VALID)('%s → %s', async (args, line) => {
    const run = await validate(...args);
    expect(run.stdout).toBe(`${args.join(' + ')}: ${line}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('opens the seed dataset in the native format', async () => {
    const seed = JSON.parse(readFileSync(join(ROOT, 'graph-data/sixth-call.json'), 'utf8'));
    const run = await validate('graph-data/sixth-call.json');
    expect(run.stdout).toContain(
      `graph-data/sixth-call.json: Backchannel dataset, ${seed.nodes.length} nodes, ${seed.edges.length} edges`,
    );
    expect(run.code).toBe(0);
  });
});

/** Files that load but must say what was odd, one warning a line. */
const WARNED: [args: string[], line: string, warnings: RegExp[]][] = [
  [[fx('graphology+graphology__missing_nodes.gexf')], 'GEXF, 2 nodes, 1 edge', [/3 edges were dropped/]],
  [[fx('graphology+graphology__miserables_broken.graphml')], 'GraphML, 77 nodes, 254 edges', [/never declared/]],
  [[fx('backchannel__cytoscape-elements.cyjs')], 'Cytoscape JSON, 3 nodes, 2 edges', [/"nowhere"/]],
  [
    ['--pair', fx('backchannel__pair-nodes.csv'), fx('backchannel__pair-edges.csv')],
    'CSV table, 3 nodes, 2 edges',
    [/appears more than once \("n2"\)/, /1 edge was dropped.*"n9"/],
  ],
  [
    ['--pair', fx('backchannel__nodes-by-row.csv'), fx('backchannel__edges-by-row.csv')],
    'CSV table, 3 nodes, 3 edges',
    [/no id column/],
  ],
];

describe('validate CLI: files loaded with warnings', () => {
  it.each(WARNED)('%s', async (args, line, warnings) => {
    const run = await validate(...args);
    const [head, ...rest] = run.stdout.trimEnd().split('\n');
    expect(head).toBe(`${args.filter((a) => a !== '--pair').join(' + ')}: ${line}`);
    expect(rest).toHaveLength(warnings.length);
    for (const [i, pattern] of warnings.entries()) {
      expect(rest[i]).toMatch(/^ {2}warning: /);
      expect(rest[i]).toMatch(pattern);
    }
    expect(run.code).toBe(0);
  });
});

/** Files that must fail, and what the message must say: file, format, what and where. */
const BROKEN: [file: string, message: RegExp][] = [
  ['backchannel__malformed.graphml', /\(GraphML\): the XML is not well-formed.* at line 5, column 5\./],
  ['backchannel__empty.graphml', /: the file is empty\. /],
  ['backchannel__syntax-error.json', /\(graphology JSON\): the JSON is not valid.* at line 7, column 21\./],
  ['backchannel__hyperedge.graphml', /\(GraphML\): .*hyperedges.* at line 7, <hyperedge>\./],
  ['backchannel__entities.graphml', /declares XML entities in a DOCTYPE/],
  ['backchannel__ambiguous-columns.csv', /cannot tell which columns.*--columns <source> <target>/],
  ['no-such-file.gexf', /the file cannot be read \(ENOENT\)/],
];

describe('validate CLI: broken files', () => {
  it.each(BROKEN)('%s', async (name, message) => {
    const run = await validate(fx(name));
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(fx(name))).toBe(true);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(1);
  });

  it('reports every file and exits 1 when any one of them fails', async () => {
    const run = await validate(fx('backchannel__malformed.graphml'), fx('graphology+graphology__basic.gexf'));
    expect(run.stdout).toContain('basic.gexf: GEXF, 2 nodes, 2 edges');
    expect(run.stderr).toContain('backchannel__malformed.graphml');
    expect(run.code).toBe(1);
  });
});

describe('validate CLI: options', () => {
  it('opens a table whose end columns cannot be guessed when --columns names them', async () => {
    const run = await validate('--columns', 'person', 'friend', fx('backchannel__ambiguous-columns.csv'));
    expect(run.stdout).toContain('CSV table, 3 nodes, 2 edges');
    expect(run.code).toBe(0);
  });

  it('checks evidence quotes against a source text with --source', async () => {
    const seed = JSON.parse(readFileSync(join(ROOT, 'graph-data/sixth-call.json'), 'utf8'));
    const quotes: string[] = seed.edges.flatMap((e: { attributes: { evidence: { quote: string }[] } }) =>
      e.attributes.evidence.map((item) => item.quote),
    );
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    writeFileSync(join(dir, 'all.txt'), quotes.join('\n'));
    writeFileSync(join(dir, 'none.txt'), 'An article that quotes nobody.');

    const good = await validate('graph-data/sixth-call.json', '--source', join(dir, 'all.txt'));
    expect(good.stdout).toContain('quotes: all found verbatim in the source');
    expect(good.code).toBe(0);
    const bad = await validate('graph-data/sixth-call.json', `--source=${join(dir, 'none.txt')}`);
    expect(bad.stdout).toContain(`quotes: ${quotes.length} not found`);
    expect(bad.code).toBe(1);
    const foreign = await validate(fx('graphology+graphology__basic.gexf'), '--source', join(dir, 'none.txt'));
    expect(foreign.stdout).toContain('quotes: not checked');
    expect(foreign.code).toBe(0);
  });

  it('exits 2 with the usage on a bad command line', async () => {
    for (const args of [[], ['--pair', fx('backchannel__pair-nodes.csv')], ['--source'], ['--frobnicate', 'x']]) {
      const run = await validate(...args);
      expect(run.stderr, args.join(' ')).toContain('usage: npm run validate --');
      expect(run.code, args.join(' ')).toBe(2);
    }
  });
});
