// createNodeSize: quantities are drawn by area (square root), sizes a file stores are drawn as they are proportioned.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import { FROM_FILE } from '../../../../src/state/view-settings';
import { createNodeSize, DEFAULT_NODE_SIZE, SIZE_RANGE } from '../../../../src/view/appearance/node-appearance';

function graph() {
  const g = createActorGraph();
  g.addNode('small', { label: 'Small', size: 12, weight: 0 });
  g.addNode('middle', { label: 'Middle', size: 22, weight: 25 });
  g.addNode('large', { label: 'Large', size: 52, weight: 100 });
  g.addNode('none', { label: 'None' });
  return g;
}

const sizes = (sizeBy: string | null) => {
  const g = graph();
  const size = createNodeSize(g, sizeBy, {});
  return g.mapNodes((key, attrs) => size(attrs, key));
};

describe('createNodeSize', () => {
  it('gives every actor the default size when nothing maps to size', () => {
    expect(sizes(null)).toEqual([DEFAULT_NODE_SIZE, DEFAULT_NODE_SIZE, DEFAULT_NODE_SIZE, DEFAULT_NODE_SIZE]);
  });

  it('maps an attribute by the square root of its share of the range, so area follows the value', () => {
    expect(sizes('weight')).toEqual([SIZE_RANGE[0], 32, SIZE_RANGE[1], SIZE_RANGE[0]]);
  });

  it("keeps a file's own sizes in proportion: sizes already in the range come back unchanged", () => {
    expect(sizes(FROM_FILE)).toEqual([12, 22, 52, SIZE_RANGE[0]]);
  });
});
