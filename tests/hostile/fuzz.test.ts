// Property-based fuzzing of every importer: random text, random bytes and mutated fixtures never escape as anything
// but a graph or a DatasetError, never take long, never pollute. FUZZ_SEED=<n> repeats a run; FUZZ_RUNS scales it.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/load-dataset';
import type { InputFile, LoadOptions } from '../../src/io/load-types';
import { writeNative } from '../../src/io/write-native';
import { DatasetError } from '../../src/model/dataset-error';
import { decode, makeHostileFiles } from './make-hostile-files';

const SEED = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 0x7fffffff);
/** Cases per generator and format; three generators per format make at least 1,000 cases of each format. */
const RUNS = Number(process.env.FUZZ_RUNS) || 1000;
/** Far above any case's real time (a few ms): a case this slow is a hang in the making. */
const CASE_MS = 2_000;

console.log(`fuzz seed ${SEED} (repeat this run with FUZZ_SEED=${SEED})`);

const encoder = new TextEncoder();
const counts = new Map<string, number>();
const started = performance.now();

afterAll(() => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const perFormat = [...counts].map(([format, n]) => `${format} ${n}`).join(', ');
  console.log(`fuzz: ${total} cases (${perFormat}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).join();

/** The oracle: a result whose graph exports and reopens, or a DatasetError; quickly; nothing polluted. */
function check(format: string, files: InputFile[], options: LoadOptions = {}): void {
  counts.set(format, (counts.get(format) ?? 0) + 1);
  const begin = performance.now();
  try {
    const result = loadDataset(files, options);
    result.graph.forEachNode((key, attributes) => {
      if (typeof attributes.label !== 'string') throw new Error(`node ${key} has no text label`);
    });
    // What opens must export and open again (small graphs only, to keep the run short).
    if (result.graph.order < 100) loadDataset([{ name: 'again.json', text: writeNative(result.graph) }]);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    if (!error.message) throw new Error('a DatasetError without a message');
  }
  const ms = performance.now() - begin;
  if (ms > CASE_MS) throw new Error(`loading took ${ms.toFixed(0)} ms`);
  if (Object.getOwnPropertyNames(Object.prototype).join() !== PROTOTYPE_NAMES)
    throw new Error('Object.prototype changed');
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype polluted');
}

function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  // fast-check's failure message carries the seed and the path of the shrunk case: both reproduce it.
  fc.assert(fc.property(arbitrary, predicate), { numRuns, seed: SEED });
}

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const hostile = (id: string) => makeHostileFiles().find((file) => file.id === id)?.text ?? '';

/** A small native dataset: the seed's first actors and the relations between them. */
function smallNative(): string {
  const seed = JSON.parse(readFileSync('graph-data/sixth-call.json', 'utf8'));
  const keys = new Set(seed.nodes.slice(0, 8).map((node: { key: string }) => node.key));
  const edges = seed.edges.filter(
    (edge: { source: string; target: string }) => keys.has(edge.source) && keys.has(edge.target),
  );
  return JSON.stringify({ ...seed, nodes: seed.nodes.slice(0, 8), edges: edges.slice(0, 8) }, null, 1);
}

/** Per format: the extension that routes unrecognisable text to its parser, seed files to mutate, and token soup. */
interface FormatCase {
  extension: string;
  seeds: () => string[];
  tokens: string[];
  wrap: (inner: string) => string;
}

const XML_TOKENS = [
  '<node id="a">',
  '<node id="b" label="B"/>',
  '</node>',
  '<edge source="a" target="b"/>',
  '<edge id="a" source="b" target="zz"/>',
  '<nodes>',
  '</nodes>',
  '<edges>',
  '</edges>',
  '<graph>',
  '</graph>',
  '<graph edgedefault="undirected">',
  '<data key="k">',
  '</data>',
  '<key id="k" for="node" attr.name="x" attr.type="double"/>',
  '<key id="__proto__" attr.name="__proto__"/>',
  '<attvalues>',
  '<attvalue for="0" value="NaN"/>',
  '<attributes class="node"><attribute id="0" title="constructor" type="liststring"/></attributes>',
  '<viz:position x="1e999" y="NaN"/>',
  '<viz:color r="300" g="-1" b="x"/>',
  '<spells><spell start="2" end="1"/></spells>',
  '<hyperedge/>',
  '<port name="p"/>',
  '<![CDATA[<script>]]>',
  '&amp;',
  '&#0;',
  '&lt;',
  '&unknown;',
  '<!DOCTYPE x>',
  '<?pi?>',
  '<!-- -->',
  'id="__proto__"',
  'pid="constructor"',
  'source="toString"',
  '"',
  "'",
  '<',
  '>',
  '/',
  '=',
  ' ',
  '\n',
  '\0',
];
const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"nodes"',
  '"edges"',
  '"key"',
  '"attributes"',
  '"source"',
  '"target"',
  '"undirected"',
  '"options"',
  '"elements"',
  '"data"',
  '"id"',
  '"parent"',
  '"position"',
  '"x"',
  '"y"',
  '"label"',
  '"__proto__"',
  '"constructor"',
  '"toString"',
  '"format"',
  '"backchannel/1"',
  '"evidence"',
  '"quote"',
  '1e999',
  '-0',
  '12345678901234567890',
  '0.1',
  'null',
  'true',
  '"a"',
  '"b"',
  '"\\u0000"',
  '"\\ud800"',
  '"',
  '\\',
  ' ',
  '\n',
];
const CSV_TOKENS = [
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r\n',
  '"',
  '""',
  'source',
  'target',
  'id',
  'label',
  'kind',
  'x',
  'Type',
  'Directed',
  'Undirected',
  'Entity A',
  'Entity B',
  'Entity A Type',
  '__proto__',
  'constructor',
  '=1+1',
  '@SUM(1)',
  'NaN',
  '1e999',
  '007',
  '12345678901234567890',
  'a',
  'b',
  '0',
  '1',
  ' ',
  '\0',
  '\ufeff',
];

const FORMATS: Record<string, FormatCase> = {
  gexf: {
    extension: '.gexf',
    seeds: () => [
      fixture('graphology+graphology__basic.gexf'),
      fixture('backchannel__dynamic-viz.gexf'),
      fixture('graphology+graphology__missing_nodes.gexf'),
      fixture('backchannel__shared-ids.gexf'),
      hostile('proto-gexf'),
      hostile('markup-gexf'),
    ],
    tokens: XML_TOKENS,
    wrap: (inner) => `<gexf xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph>${inner}</graph></gexf>`,
  },
  graphml: {
    extension: '.graphml',
    seeds: () => [
      fixture('graphology+graphology__mixed_multigraph.graphml'),
      fixture('backchannel__nested-ports.graphml'),
      fixture('backchannel__hyperedge.graphml'),
      fixture('backchannel__malformed.graphml'),
      hostile('proto-graphml'),
      hostile('markup-graphml'),
    ],
    tokens: XML_TOKENS,
    wrap: (inner) =>
      `<graphml><key id="k" for="all" attr.name="label"/><graph edgedefault="directed">${inner}</graph></graphml>`,
  },
  'cytoscape-json': {
    extension: '.cyjs',
    seeds: () => [
      fixture('backchannel__cytoscape-elements.cyjs'),
      hostile('proto-cyjs'),
      hostile('markup-cyjs'),
      hostile('nan-cyjs'),
    ],
    tokens: JSON_TOKENS,
    wrap: (inner) => `{"elements": [${inner}`,
  },
  'graphology-json': {
    extension: '.json',
    seeds: () => [
      fixture('backchannel__big-ids.json'),
      fixture('pg-format+pgraphs__example.graphology'),
      fixture('backchannel__url-attributes.json'),
      hostile('proto-graphology'),
      hostile('markup-graphology'),
      hostile('dups-json'),
    ],
    tokens: JSON_TOKENS,
    wrap: (inner) => `{"nodes": [${inner}`,
  },
  native: {
    extension: '.json',
    seeds: () => [smallNative(), hostile('markup-native'), hostile('proto-native-attributes')],
    tokens: JSON_TOKENS,
    wrap: (inner) =>
      `{"attributes": {"format": "backchannel/1", "sources": [{"id": "s", "title": "t"}]}, "nodes": [${inner}`,
  },
  csv: {
    extension: '.csv',
    seeds: () => [
      fixture('backchannel__edges-only.csv'),
      fixture('backchannel__entity-pairs.csv'),
      fixture('backchannel__edges.tsv'),
      fixture('backchannel__bom-duplicate-blank.csv'),
      fixture('backchannel__ambiguous-columns.csv'),
      hostile('proto-csv'),
    ],
    tokens: CSV_TOKENS,
    wrap: (inner) => `source,target,label\n${inner}`,
  },
};

/** What a mutation inserts: the characters that most often break a parser's expectations. */
const INSERTS = ['<', '>', '"', "'", '{', '}', '[', ']', ':', ',', '&', '\\', '\n', '\0', '=', '/'];

/** One mutation of a file's bytes: a flipped byte, a cut, an inserted character, a deleted or repeated slice. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies mutations to bytes; positions wrap around the current length. */
function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.op === 'flip' && out.length > 0) {
      out = out.slice();
      out[at] = m.byte;
    } else if (m.op === 'truncate') out = out.slice(0, at);
    else if (m.op === 'insert')
      out = new Uint8Array([...out.subarray(0, at), ...encoder.encode(m.text), ...out.subarray(at)]);
    else if (m.op === 'delete') out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + m.length)]);
    else if (m.op === 'repeat') {
      const slice = out.subarray(at, at + m.length);
      out = new Uint8Array([...out.subarray(0, at), ...slice, ...slice, ...out.subarray(at + m.length)]);
    }
  }
  return out;
}

/** Random text: any characters, or a soup of the format's own tokens and random strings, bare or in its skeleton. */
function randomText(format: FormatCase): fc.Arbitrary<string> {
  const soup = fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...format.tokens) }, fc.string({ maxLength: 6 })), {
      maxLength: 60,
    })
    .map((parts) => parts.join(''));
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    soup,
    soup.map(format.wrap),
    fc.string({ unit: 'grapheme', maxLength: 100 }).map(format.wrap),
  );
}

/** Random bytes read as the browser reads a file (UTF-8, or UTF-16 after a byte-order mark), bare or after a skeleton. */
function randomBytes(format: FormatCase): fc.Arbitrary<string> {
  const bytes = fc.uint8Array({ maxLength: 300 });
  return fc.oneof(
    bytes.map(decode),
    bytes.map((b) => decode(new Uint8Array([...encoder.encode(format.wrap('')), ...b]))),
  );
}

/** A seed file of the format with one to four mutations. */
function mutatedSeed(format: FormatCase): fc.Arbitrary<string> {
  const seeds = format.seeds().map((text) => encoder.encode(text));
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => decode(mutate(seed, mutations)));
}

describe.each(Object.entries(FORMATS))('fuzzing %s', (id, format) => {
  const name = `fuzz${format.extension}`;

  it(`random text (${RUNS} cases)`, () => {
    assertProperty(randomText(format), (text) => check(id, [{ name, text }]));
  });

  it(`random bytes (${RUNS} cases)`, () => {
    assertProperty(randomBytes(format), (text) => check(id, [{ name, text }]));
  });

  it(`mutated fixtures (${RUNS} cases)`, () => {
    assertProperty(mutatedSeed(format), (text) => check(id, [{ name, text }]));
  });
});

describe('fuzzing CSV pairs and column choices', () => {
  const pair = [fixture('backchannel__pair-nodes.csv'), fixture('backchannel__pair-edges.csv')].map((text) =>
    encoder.encode(text),
  );
  const mutations = fc.array(mutation, { minLength: 0, maxLength: 3 });
  const columns = fc.option(
    fc.record({ source: fc.constantFrom('source', 'from', 'id', 'x', ''), target: fc.string({ maxLength: 8 }) }),
    {
      nil: undefined,
    },
  );

  it(`a mutated nodes table with a mutated edges table, with or without chosen columns (${RUNS} cases)`, () => {
    assertProperty(fc.tuple(mutations, mutations, columns), ([forNodes, forEdges, chosen]) => {
      const files = [
        { name: 'nodes.csv', text: decode(mutate(pair[0] ?? new Uint8Array(), forNodes)) },
        { name: 'edges.csv', text: decode(mutate(pair[1] ?? new Uint8Array(), forEdges)) },
      ];
      check('csv-pair', files, chosen ? { columns: chosen } : {});
    });
  });

  it('each format gets at least 1,000 cases', () => {
    for (const id of Object.keys(FORMATS)) expect(counts.get(id), id).toBeGreaterThanOrEqual(Math.min(1000, 3 * RUNS));
  });
});
