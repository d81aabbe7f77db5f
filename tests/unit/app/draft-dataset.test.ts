// A new dataset made of an accepted draft (one step, kept locally, nothing shown changed when refused), and free ids.
import { describe, expect, it } from 'vitest';
import { createDatasetFromDraft, sourceFree } from '../../../src/app/draft-dataset';
import type { AcceptedDraft } from '../../../src/model/commands/accepted-draft';
import { INITIAL_STATE, setDataset } from '../../../src/state/app-state';
import { undoEdit } from '../../../src/state/edit-graph';
import { isLocalId } from '../../../src/state/keep-state';
import { createStore } from '../../../src/state/store';
import { seed } from '../seed-graph';

const TEXT = 'Ruritania condemned Elbonia on Monday. Ruritania and Elbonia met in Geneva.';

/** A draft written for this test: two actors, one "Same as" the seed's Russia (ignored in a new dataset). */
function draft(kind = 'state'): AcceptedDraft {
  return {
    source: { id: 'article', title: 'Ruritania and Elbonia', text: TEXT },
    actors: [
      { key: 'ruritania', label: 'Ruritania', kind, aliases: [] },
      { key: 'elbonia', label: 'Elbonia', kind: 'state', aliases: ['the Elbonians'] },
    ],
    relations: [
      {
        key: 'r1',
        source: 'ruritania',
        target: 'elbonia',
        relation: 'criticises',
        stance: 'conflictual',
        certainty: 'confirmed',
        quote: 'Ruritania condemned Elbonia on Monday.',
      },
    ],
  };
}

function seedStore() {
  const dataset = { graph: seed(), id: 'sixth-call', name: 'Seed', formatLabel: 'Backchannel JSON', warnings: [] };
  return createStore(setDataset(INITIAL_STATE, dataset));
}

describe('createDatasetFromDraft', () => {
  it('shows a new dataset named after the article, kept locally, holding only the draft in one step', async () => {
    const store = seedStore();
    expect(await createDatasetFromDraft(store, draft())).toBeNull();
    const shown = store.get().dataset;
    expect(shown?.name).toBe('Ruritania and Elbonia');
    expect(isLocalId(shown?.id)).toBe(true);
    expect([shown?.graph.order, shown?.graph.size]).toEqual([2, 1]);
    expect(shown?.graph.getAttribute('title')).toBe('Ruritania and Elbonia');
    expect(store.get().history.undo).toHaveLength(1);
    undoEdit(store);
    expect([store.get().dataset?.graph.order, store.get().dataset?.graph.size]).toEqual([0, 0]);
  });

  it('answers the errors of a refused draft and leaves the dataset shown as it was', async () => {
    const store = seedStore();
    const before = store.get().dataset;
    const errors = await createDatasetFromDraft(store, draft('spaceship'));
    expect(errors && Object.values(errors).join(' ')).toMatch(/kind/i);
    expect(store.get().dataset).toBe(before);
    expect(before?.graph.order).toBe(54);
  });
});

describe('sourceFree', () => {
  it('keeps a free id and gives a taken one the first free suffix', () => {
    const graph = seed();
    graph.setAttribute('sources', [
      { id: 'article', title: 'One' },
      { id: 'article-2', title: 'Two' },
    ]);
    const listed = 'article';
    expect(sourceFree(graph, { id: 'fresh', title: 'A' }).id).toBe('fresh');
    expect(sourceFree(graph, { id: listed, title: 'A' }).id).toBe('article-3');
    expect(sourceFree(null, { id: listed, title: 'A' }).id).toBe(listed);
  });
});
