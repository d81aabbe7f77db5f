// graph-data/schema.json and graph-data/README.md agree with the vocabulary in src/model/schema.ts.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, CERTAINTIES, RELATION_NAMES, RELATIONS, STANCES } from '../../../src/model/schema';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('graph-data/schema.json'));
const readme = read('graph-data/README.md');
/** The README's table rows as trimmed cells, whatever padding a formatter gives them. */
const rows = readme
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

describe('graph-data/schema.json', () => {
  it('declares draft 2020-12 and an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
  });

  it.each([
    ['kind', ACTOR_KINDS],
    ['relation', RELATION_NAMES],
    ['stance', STANCES],
    ['certainty', CERTAINTIES],
  ])('enumerates every %s of schema.ts, in order', (name, values) => {
    expect(schema.$defs[name].enum).toEqual([...values]);
  });

  it('lists exactly the undirected relations as symmetric', () => {
    const symmetric = RELATION_NAMES.filter((name) => !RELATIONS[name].directed);
    expect(schema.$defs.symmetricRelation.enum).toEqual(symmetric);
  });

  it('compiles under strict Ajv and checks the undirected flag', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const edge = (relation: string, undirected?: boolean) => ({
      key: 'e1',
      source: 'a',
      target: 'a',
      ...(undirected === undefined ? {} : { undirected }),
      attributes: { relation, stance: 'neutral', certainty: 'confirmed', evidence: [{ quote: 'q', source: 's' }] },
    });
    const data = (e: object) => ({
      attributes: { format: 'backchannel/1' },
      nodes: [{ key: 'a', attributes: { label: 'A', kind: 'person' } }],
      edges: [e],
    });
    expect(validate(data(edge('talks-with', true)))).toBe(true);
    expect(validate(data(edge('talks-with')))).toBe(false);
    expect(validate(data(edge('leads')))).toBe(true);
    expect(validate(data(edge('leads', true)))).toBe(false);
    expect(validate(data(edge('chats-with', true)))).toBe(false);
  });
});

describe('graph-data/README.md', () => {
  it.each(RELATION_NAMES)('documents the relation %s with its labels and direction', (name) => {
    const { label, inverse, directed } = RELATIONS[name];
    expect(rows.find((row) => row[0] === `\`${name}\``)?.slice(0, 4)).toEqual([
      `\`${name}\``,
      label,
      inverse,
      directed ? 'yes' : 'no',
    ]);
  });

  it.each([...ACTOR_KINDS, ...STANCES, ...CERTAINTIES])('documents %s', (value) => {
    expect(rows.some((row) => row[0] === `\`${value}\``)).toBe(true);
  });
});
