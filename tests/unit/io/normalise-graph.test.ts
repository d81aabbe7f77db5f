// Normalising into the actor graph: labels, typed fields that do not fit, and the native format's own path.

import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { DatasetError } from '../../../src/model/dataset-error';

const json = (value: unknown) => [{ name: 'graph.json', text: JSON.stringify(value) }];

describe('normaliseGraph', () => {
  it('takes the label from label, name or title in any case, else the key', () => {
    const { graph } = loadDataset(
      json({
        nodes: [
          { key: 'a', attributes: { Name: 'From Name', TITLE: 'From title' } },
          { key: 'b', attributes: { title: 'From title' } },
          { key: 'c', attributes: { label: '   ' } },
          { key: 'd', attributes: { label: 42 } },
        ],
      }),
    );
    expect(graph.mapNodes((_, attributes) => attributes.label)).toEqual(['From Name', 'From title', 'c', '42']);
  });

  it('sets aside typed fields that do not fit, keeping them under another name, and says so', () => {
    const result = loadDataset(
      json({
        nodes: [
          { key: 'a', attributes: { x: 'left', y: '2', size: true, aliases: 'one' } },
          { key: 'b', attributes: {} },
        ],
        edges: [{ source: 'a', target: 'b', attributes: { stance: 'hostile', certainty: 'reported' } }],
      }),
    );
    expect(result.graph.getNodeAttributes('a')).toEqual({
      label: 'a',
      y: 2,
      x_original: 'left',
      size_original: true,
      aliases_original: 'one',
    });
    expect(result.graph.getEdgeAttributes('e0')).toEqual({ certainty: 'reported', stance_original: 'hostile' });
    expect(result.warnings).toContain('1 node had a "x" that is not of the expected type: kept as "x_original"');
    expect(result.warnings).toContain(
      '1 edge had a "stance" that is not of the expected type: kept as "stance_original"',
    );
  });

  it('keeps a "__proto__" attribute as data, even when a duplicate node merges it in', () => {
    const text = '{"nodes": [{"key": "a"}, {"key": "a", "attributes": {"__proto__": {"label": "polluted"}}}]}';
    const { graph } = loadDataset([{ name: 'hostile.json', text }]);
    const attributes = graph.getNodeAttributes('a');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(attributes.label).toBe('a');
    expect(({} as { label?: unknown }).label).toBeUndefined();
  });
});

describe('compound parents', () => {
  it('keeps parents that reach a root, removes missing ones and breaks loops', () => {
    const node = (id: string, parent?: string) => ({ data: parent ? { id, parent } : { id } });
    const elements = [node('root'), node('child', 'root'), node('grandchild', 'child'), node('lost', 'nowhere')];
    elements.push(node('a', 'b'), node('b', 'c'), node('c', 'a'), node('self', 'self'));
    const result = loadDataset([{ name: 'compound.json', text: JSON.stringify(elements) }]);
    const parents = result.graph.mapNodes((key, attributes) => [key, attributes.parent]);
    expect(parents).toEqual([
      ['root', undefined],
      ['child', 'root'],
      ['grandchild', 'child'],
      ['lost', undefined],
      ['a', undefined],
      ['b', 'c'],
      ['c', 'a'],
      ['self', undefined],
    ]);
    expect(result.warnings).toEqual(['3 nodes name parents that are missing or inside them: drawn without one']);
  });
});

describe('the native format', () => {
  const native = {
    attributes: { format: 'backchannel/1', title: 'Tiny', sources: [{ id: 's', title: 'A report' }] },
    nodes: [
      { key: 'a', attributes: { label: 'A', kind: 'person' } },
      { key: 'b', attributes: { label: 'B', kind: 'state' } },
    ],
    edges: [
      {
        key: 'e',
        source: 'a',
        target: 'b',
        attributes: {
          relation: 'criticises',
          stance: 'conflictual',
          certainty: 'confirmed',
          evidence: [{ quote: 'A criticised B', source: 's' }],
        },
      },
    ],
  };

  it('goes through the model validator and keeps its graph as built', () => {
    const result = loadDataset(json(native));
    expect(result.formatLabel).toBe('Backchannel dataset');
    expect(result.format).toBe('graphology-json');
    expect(result.name).toBe('Tiny');
    expect(result.graph.getEdgeAttribute('e', 'relation')).toBe('criticises');
  });

  it("reports the validator's error with the file and format filled in", () => {
    const broken = { ...native, nodes: [{ key: 'a', attributes: { label: 'A', kind: 'wizard' } }, native.nodes[1]] };
    expect(() => loadDataset(json(broken))).toThrow(DatasetError);
    expect(() => loadDataset(json(broken))).toThrow(/^graph\.json \(graphology JSON\): /);
  });
});
