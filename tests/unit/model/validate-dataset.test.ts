// validateDataset: a small valid dataset, then broken variants and the error each must name.
import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../src/model/build-actor-graph';
import { DatasetError } from '../../../src/model/dataset-error';
import { validateDataset } from '../../../src/model/validate-dataset';

// biome-ignore lint/suspicious/noExplicitAny: the variants reach into the raw JSON to break it.
type Raw = any;

function dataset(): Raw {
  const evidence = [{ quote: 'Trump will speak with Putin', source: 'article' }];
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    attributes: { format: 'backchannel/1', title: 'Test', sources: [{ id: 'article', title: 'A report' }] },
    nodes: [
      { key: 'donald-trump', attributes: { label: 'Donald Trump', kind: 'person', aliases: ['Trump'] } },
      { key: 'vladimir-putin', attributes: { label: 'Vladimir Putin', kind: 'person', role: 'Russian President' } },
      { key: 'russia', attributes: { label: 'Russia', kind: 'state', aliases: ['Moscow'] } },
    ],
    edges: [
      {
        key: 'e-trump-putin-call',
        source: 'donald-trump',
        target: 'vladimir-putin',
        undirected: true,
        attributes: { relation: 'talks-with', stance: 'cooperative', certainty: 'expected', date: '2025', evidence },
      },
      {
        key: 'e-putin-leads-russia',
        source: 'vladimir-putin',
        target: 'russia',
        attributes: { relation: 'leads', stance: 'neutral', certainty: 'confirmed', evidence },
      },
    ],
  };
}

const call = (d: Raw) => d.edges[0];
const putin = (d: Raw) => d.nodes[1];

const BROKEN: [string, (d: Raw) => void, string, string][] = [
  ['no format', (d) => delete d.attributes.format, 'graph attributes, field "format"', '"backchannel/1"'],
  ['another format', (d) => (d.attributes.format = 'gexf'), 'graph attributes, field "format"', 'Invalid format'],
  ['sources not a list', (d) => (d.attributes.sources = {}), 'field "sources"', 'list'],
  ['source without id', (d) => (d.attributes.sources = [{ title: 'x' }]), 'field "sources[0]"', 'no id'],
  ['no nodes', (d) => delete d.nodes, 'top level, field "nodes"', '"nodes"'],
  ['node without key', (d) => delete putin(d).key, 'nodes[1], field "key"', 'no key'],
  ['duplicate node', (d) => (putin(d).key = 'donald-trump'), 'node "donald-trump"', 'Duplicate node key'],
  ['empty label', (d) => (putin(d).attributes.label = ' '), 'node "vladimir-putin", field "label"', 'label'],
  ['unknown kind', (d) => (putin(d).attributes.kind = 'leader'), 'node "vladimir-putin", field "kind"', '"person"'],
  ['missing kind', (d) => delete putin(d).attributes.kind, 'node "vladimir-putin", field "kind"', 'Missing kind'],
  ['aliases a string', (d) => (putin(d).attributes.aliases = 'Putin'), 'field "aliases"', 'list of names'],
  ['x not a number', (d) => (putin(d).attributes.x = '12'), 'node "vladimir-putin", field "x"', 'numbers'],
  ['edge without key', (d) => delete call(d).key, 'edges[0], field "key"', 'no key'],
  ['duplicate edge', (d) => (d.edges[1].key = 'e-trump-putin-call'), 'edge "e-trump-putin-call"', 'Duplicate edge'],
  ['unknown target', (d) => (call(d).target = 'putin'), 'edge "e-trump-putin-call", field "target"', '"putin"'],
  ['unknown relation', (d) => (call(d).attributes.relation = 'chats'), 'field "relation"', '"talks-with"'],
  ['unknown stance', (d) => (call(d).attributes.stance = 'warm'), 'field "stance"', '"cooperative"'],
  ['unknown certainty', (d) => (call(d).attributes.certainty = 'sure'), 'field "certainty"', '"speculated"'],
  ['missing certainty', (d) => delete call(d).attributes.certainty, 'field "certainty"', 'Missing certainty'],
  ['free-text date', (d) => (call(d).attributes.date = 'Thursday'), 'field "date"', 'dateText'],
  ['impossible month', (d) => (call(d).attributes.date = '2025-13'), 'field "date"', '"2025-07"'],
  ['symmetric but directed', (d) => delete call(d).undirected, 'field "undirected"', 'Add "undirected": true'],
  [
    'directed but undirected',
    (d) => (d.edges[1].undirected = true),
    'edge "e-putin-leads-russia", field "undirected"',
    'Remove',
  ],
  ['no evidence', (d) => (call(d).attributes.evidence = []), 'edge "e-trump-putin-call", field "evidence"', 'quote'],
  [
    'empty quote',
    (d) => (call(d).attributes.evidence = [{ quote: '', source: 'article' }]),
    'field "evidence[0].quote"',
    'verbatim',
  ],
  [
    'unknown source',
    (d) => (call(d).attributes.evidence = [{ quote: 'q', source: 'tv' }]),
    'field "evidence[0].source"',
    '"article"',
  ],
];

describe('validateDataset', () => {
  it('accepts the valid dataset without warnings and builds its graph', () => {
    const result = validateDataset(dataset());
    expect(result.warnings).toEqual([]);
    const graph = buildActorGraph(result);
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.isUndirected('e-trump-putin-call')).toBe(true);
    expect(graph.getAttribute('title')).toBe('Test');
  });

  it.each(BROKEN)('rejects %s, naming the place and the fix', (_name, breakIt, element, text) => {
    const raw = dataset();
    breakIt(raw);
    let error: unknown;
    try {
      validateDataset(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { where, message } = error as DatasetError;
    expect(where?.element).toContain(element);
    expect(message).toContain(text);
  });

  it.each([[[]], [null], ['text']])('rejects %j as not a dataset', (raw) => {
    expect(() => validateDataset(raw)).toThrow(/not a JSON object at top level/);
  });

  it('warns about odd but valid data and keeps unknown attributes', () => {
    const raw = dataset();
    delete raw.attributes.title;
    raw.attributes.sources.push({ id: 'tv', title: 'A broadcast' });
    raw.nodes.push({ key: 'kremlin', attributes: { label: 'Moscow', kind: 'place', colour: 'red' } });
    delete raw.edges[1].attributes.date;
    const { warnings, data } = validateDataset(raw);
    expect(warnings.join('\n')).toMatch(/no title/);
    expect(warnings.join('\n')).toMatch(/1 node has no relations: "kremlin"/);
    expect(warnings.join('\n')).toMatch(/"moscow" belongs to both "russia" and "kremlin"/);
    expect(warnings.join('\n')).toMatch(/1 source is never cited.*"tv"/);
    expect(data.nodes[3]?.attributes?.colour).toBe('red');
  });

  it('loads every dataset as a mixed multi-graph whatever its options say', () => {
    const raw = dataset();
    raw.options = { type: 'directed', multi: false };
    expect(validateDataset(raw).data.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
  });

  it('gives the graph its own copy of the attributes', () => {
    const raw = dataset();
    const graph = buildActorGraph(validateDataset(raw));
    graph.setNodeAttribute('russia', 'label', 'Changed');
    expect(raw.nodes[2].attributes.label).toBe('Russia');
  });
});
