// What each file of ../shared/datasets must give when opened: counts and warnings, or the error. Used in Node and in the browser.

/** What a file must give: a graph of these counts (with warnings matching), or an error matching `error`. */
export interface Expected {
  nodes?: number;
  edges?: number;
  warnings?: RegExp[];
  error?: RegExp;
  /** The error must say where: a line number. */
  errorLine?: boolean;
  /** Every node must carry these attributes (viz colour, size, position). */
  nodeAttributes?: string[];
  /** The roles the field guesser gives (label, kind, relation, evidence, source, date), where not the default. */
  fields?: Partial<Record<'label' | 'kind' | 'relation' | 'evidence' | 'source' | 'date', string | null>>;
}

/** Counts from ../shared/datasets/SOURCES.md, made there by a script independent of any importer. */
export const EXPECTED: Record<string, Expected> = {
  'valid/gephi+gephi__Les_Miserables.gexf': {
    nodes: 77,
    edges: 254,
    nodeAttributes: ['color', 'size', 'x', 'y'],
    fields: {},
  },
  'valid/graphology+graphology__basic.gexf': { nodes: 2, edges: 2, fields: { kind: 'surname', relation: 'label' } },
  'valid/graphology+graphology__mixed_multigraph.graphml': { nodes: 6, edges: 8, fields: {} },
  'valid/igraph+igraph__test.graphml': {
    nodes: 6,
    edges: 7,
    fields: {},
    warnings: [/key "d3" is declared for graph, used on node/],
  },
  'valid/Calpano+graphinout__got-graph.graphml': {
    nodes: 84,
    edges: 216,
    fields: { kind: 'status', relation: 'relation' },
  },
  'valid/pg-format+pgraphs__example.graphology': { nodes: 2, edges: 2, fields: { kind: 'country' } },
  'valid/graphology+graphology__polarisation.json': { nodes: 420, edges: 20_935, fields: { kind: 'wheel_category' } },
  'valid/cytoscape+cytoscape.js__genemania-export_data.json': {
    nodes: 31,
    edges: 255,
    fields: { kind: 'node_type', relation: 'data_type' },
  },
  'valid/cytoscape+cytoscape.js__cose-bilkent-layout-compound_data.json': { nodes: 28, edges: 35, fields: {} },
  'broken/igraph+igraph__invalid1.graphml': { error: /XML is not well-formed/, errorLine: true },
  'broken/igraph+igraph__invalid3.graphml': { error: /the file is empty/ },
  'broken/graphology+graphology__missing_nodes.gexf': { nodes: 2, edges: 1, warnings: [/3 edges were dropped/] },
  'broken/graphology+graphology__miserables_broken.graphml': { nodes: 77, edges: 254, warnings: [/never declared/] },
  'broken/gephi+gephi__test_utf8_chars_with_bom.csv': {
    nodes: 2,
    edges: 0,
    warnings: [/skipped 1 blank row/, /no source and target columns/, /1 node id appears more than once \("2"\)/],
  },
};
