// The field guesser over every fixture that opens: a table of what each file's attributes mean.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import type { InputFile } from '../../../src/io/load-types';
import { createActorGraph } from '../../../src/model/actor-graph';
import { type FieldMap, NATIVE_FIELDS } from '../../../src/model/fields';
import { attributeHeader, guessFields } from '../../../src/model/guess-fields';
import { fixture } from '../io/fixture';
import { seed } from '../seed-graph';

const NONE: FieldMap = { label: 'label', kind: null, relation: null, evidence: null, source: null, date: null };
const fields = (partial: Partial<FieldMap>): FieldMap => ({ ...NONE, ...partial });

/** Expected guesses, by fixture (files that open; the broken ones are in load-dataset's table). */
const EXPECTED: Record<string, { fields: FieldMap; weak?: string[] }> = {
  'Calpano+graphinout__got-graph.graphml': { fields: fields({ kind: 'status', relation: 'relation' }), weak: ['kind'] },
  'backchannel__big-ids.json': { fields: NONE },
  'backchannel__blog-links.gexf': { fields: fields({ kind: 'leaning' }), weak: ['kind'] },
  'backchannel__board-nodes.csv': { fields: fields({ kind: 'Category' }) },
  'backchannel__board-edges.csv': {
    fields: fields({ relation: 'Relationship', evidence: 'description', source: 'Link' }),
  },
  'backchannel__board-seats.graphml': { fields: fields({ kind: 'group' }) },
  'backchannel__bom-duplicate-blank.csv': { fields: NONE },
  'backchannel__cytoscape-elements.cyjs': { fields: fields({ kind: 'tags', relation: 'interaction' }), weak: ['kind'] },
  'backchannel__dated-spells.gexf': { fields: fields({ kind: 'kind', relation: 'relation', date: 'start' }) },
  'backchannel__dated-harbour.json': {
    fields: fields({ kind: 'kind', relation: 'relation', evidence: 'evidence', date: 'date' }),
  },
  'backchannel__dated-hubs.json': {
    fields: fields({ kind: 'kind', relation: 'relation', evidence: 'evidence', date: 'date' }),
  },
  'backchannel__dated-integer.json': {
    fields: fields({ kind: 'kind', relation: 'relation', evidence: 'evidence', date: 'date' }),
  },
  'backchannel__dynamic-viz.gexf': { fields: fields({ kind: 'kind', date: 'start' }) },
  'backchannel__edges-by-row.csv': { fields: NONE },
  'backchannel__edges-only.csv': { fields: fields({ evidence: 'note' }) },
  'backchannel__edges.tsv': { fields: fields({ relation: 'relation' }) },
  'backchannel__entity-pairs.csv': { fields: fields({ kind: 'kind', relation: 'relation' }) },
  'backchannel__integer-time.gexf': { fields: fields({ kind: 'kind', relation: 'relation' }) },
  'backchannel__nested-ports.graphml': { fields: NONE },
  'backchannel__one-actor.json': { fields: NONE },
  'backchannel__pair-edges.csv': { fields: NONE },
  'backchannel__pair-nodes.csv': { fields: fields({ kind: 'kind' }) },
  'backchannel__political-ties.graphml': {
    fields: fields({ kind: 'type', relation: 'connection', evidence: 'notes', source: 'sources' }),
  },
  'backchannel__party-colours.gexf': { fields: fields({ kind: 'party' }) },
  'backchannel__search-people.json': { fields: fields({ kind: 'kind', relation: 'relation' }) },
  'backchannel__search-stations.json': { fields: fields({ kind: 'kind', relation: 'relation' }) },
  'backchannel__shared-ids.gexf': { fields: NONE },
  'backchannel__stations.cyjs': {
    fields: fields({ label: 'station_name', kind: 'line_name', relation: 'interaction' }),
    weak: ['kind'],
  },
  'backchannel__url-attributes.json': { fields: fields({ kind: 'country', relation: 'type' }), weak: ['kind'] },
  'cytoscape+cytoscape.js__cose-bilkent-layout-compound_data.json': { fields: NONE },
  'cytoscape+cytoscape.js__genemania-export_data.json': {
    fields: fields({ kind: 'node_type', relation: 'data_type' }),
  },
  'graphology+graphology__basic.gexf': { fields: fields({ kind: 'surname', relation: 'label' }), weak: ['kind'] },
  'graphology+graphology__miserables_broken.graphml': { fields: NONE },
  'graphology+graphology__missing_nodes.gexf': { fields: NONE },
  'graphology+graphology__mixed_multigraph.graphml': { fields: NONE },
  'graphology+graphology__polarisation.json': { fields: fields({ kind: 'wheel_category' }) },
  'pg-format+pgraphs__example.graphology': { fields: fields({ kind: 'country' }), weak: ['kind'] },
};

/** Fixtures that do not open on their own: broken files, half of a pair, tables needing their columns chosen. */
const NOT_ALONE = /empty|entities|hyperedge|malformed|syntax-error|ambiguous-columns|nodes-by-row/;

function open(...names: string[]) {
  return loadDataset(names.map((name): InputFile => fixture(name))).graph;
}

describe('guessFields', () => {
  // Files only: tests/fixtures/articles/ holds the drafting texts, not datasets.
  const files = readdirSync(new URL('../../fixtures/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => name !== 'SOURCES.md' && !NOT_ALONE.test(name));

  it('has an expected guess for every fixture that opens', () => {
    expect(files.filter((name) => !EXPECTED[name])).toEqual([]);
  });

  it.each(files)('guesses the fields of %s', (name) => {
    const expected = EXPECTED[name];
    const guess = guessFields(open(name));
    expect(guess.fields).toEqual(expected?.fields);
    expect(guess.weak).toEqual(expected?.weak ?? []);
  });

  it('keeps the native meaning for the seed and its round trips', () => {
    expect(guessFields(seed())).toEqual({ fields: NATIVE_FIELDS, weak: [] });
    const text = readFileSync(new URL('../../../graph-data/sixth-call.json', import.meta.url), 'utf8');
    expect(guessFields(loadDataset([{ name: 'sixth-call.json', text }]).graph).fields).toBe(NATIVE_FIELDS);
  });

  it('reads the relation, evidence and link of a CSV pair', () => {
    const guess = guessFields(open('backchannel__board-nodes.csv', 'backchannel__board-edges.csv'));
    expect(guess.fields).toEqual(
      fields({ kind: 'Category', relation: 'Relationship', evidence: 'description', source: 'Link' }),
    );
  });

  it('prefers a unique text over a numeric name, and finds dates by name or by shape', () => {
    const graph = createActorGraph();
    for (let i = 0; i < 20; i += 1)
      graph.addNode(String(i), { label: String(1000 + i), code: `C${i}`, type: i % 2 ? 'a' : 'b' });
    for (let i = 1; i < 20; i += 1) {
      graph.addDirectedEdge('0', String(i), { year: String(2000 + i), when: `2021-0${(i % 9) + 1}-01`, Source: 'x' });
    }
    const guess = guessFields(graph);
    expect(guess.fields.label).toBe('code'); // no name hint reads better than a number: picked by shape, weak
    expect(guess.weak).toContain('label');
    expect(guess.fields.kind).toBe('type');
    expect(guess.fields.date).toBe('year');
    expect(guess.fields.source).toBeNull(); // "x" is no web address, whatever the column is called
  });

  it('names a file by its attribute names, whatever the values', () => {
    const a = open('backchannel__political-ties.graphml');
    expect(attributeHeader(a)).toBe('label,name,type|connection,notes,sources');
  });
});
