// Datasets kept in IndexedDB (fake-indexeddb in Node): save, list, reopen, delete; a full disk and a second tab.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/io/load-dataset';
import {
  type LocalDatasets,
  newLocalId,
  openLocalDatasets,
  textsOfSources,
} from '../../../../src/io/local/local-datasets';
import { writeNative } from '../../../../src/io/write-native';
import { runCommand } from '../../../../src/model/commands/run-command';

const SEED_TEXT = readFileSync('graph-data/sixth-call.json', 'utf8');
const seed = () => loadDataset([{ name: 'sixth-call.json', text: SEED_TEXT }]).graph;

let stores: LocalDatasets[] = [];
let n = 0;
/** A connection to a database of its own (a new name per test), closed after the test. */
function connect(name = `test-${++n}`): LocalDatasets {
  const store = openLocalDatasets({ name });
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
});

const request = (graph = seed(), revision = 1, baseRevision = 0) => ({
  id: 'mine',
  title: 'Sixth call, edited',
  graph,
  revision,
  baseRevision,
  sourceTexts: { article: 'President Trump will speak with Russian President Vladimir Putin' },
});

describe('keeping datasets in this browser', () => {
  it('saves, lists, reopens with its edits and texts, and deletes', async () => {
    const local = connect();
    const graph = seed();
    runCommand(graph, { type: 'delete-actor', key: 'iran' });
    expect(await local.save({ ...request(graph), now: 1000 })).toMatchObject({ ok: true });
    expect(await local.save({ ...request(seed()), id: 'other', title: 'Other', now: 2000 })).toMatchObject({
      ok: true,
    });
    expect((await local.list()).map((s) => [s.id, s.title, s.changed])).toEqual([
      ['other', 'Other', 2000],
      ['mine', 'Sixth call, edited', 1000],
    ]);
    const back = await local.open('mine');
    expect(back?.summary).toMatchObject({ revision: 1, actors: graph.order, relations: graph.size });
    expect(back?.sourceTexts.article).toContain('Vladimir Putin');
    // What is saved is what is exported: reopened through the loader, the export is the same bytes.
    const reopened = loadDataset([{ name: 'mine.json', text: back?.json ?? '' }]).graph;
    expect(writeNative(reopened)).toBe(writeNative(graph));
    await local.remove('mine');
    expect((await local.list()).map((s) => s.id)).toEqual(['other']);
    expect(await local.open('mine')).toBeNull();
  });

  it('a dataset opened from another format (GraphML) is saved as graphology JSON and reopens the same', async () => {
    const local = connect();
    const text = readFileSync('graph-data/got-relations.graphml', 'utf8');
    const graph = loadDataset([{ name: 'got-relations.graphml', text }]).graph;
    await local.save({ ...request(graph), origin: 'got-relations.graphml' });
    const back = await local.open('mine');
    expect(back?.summary.origin).toBe('got-relations.graphml');
    expect(writeNative(loadDataset([{ name: 'mine.json', text: back?.json ?? '' }]).graph)).toBe(writeNative(graph));
  });

  it('reopens the dataset opened or saved last, from another connection (a reload)', async () => {
    const name = `reload-${++n}`;
    const first = connect(name);
    await first.save({ ...request(), id: 'a', now: 1 });
    await first.save({ ...request(), id: 'b', now: 2 });
    await first.open('a');
    first.close();
    expect((await connect(name).openLast())?.summary.id).toBe('a');
    expect(await connect().openLast()).toBeNull();
  });

  it('after another dataset was shown last, a new visit opens none; the next open or save is last again', async () => {
    const name = `forget-${++n}`;
    const first = connect(name);
    await first.save({ ...request(), id: 'a', now: 1 });
    await first.forgetLast();
    expect(await connect(name).openLast()).toBeNull();
    await first.open('a');
    expect((await connect(name).openLast())?.summary.id).toBe('a');
  });

  it('keeps the undo steps given with a save, as a structured clone', async () => {
    const local = connect();
    const history = { undo: [{ name: { action: 'a', past: 'b', noun: 'c' }, command: { type: 'patch', ops: [] } }] };
    await local.save({ ...request(), history });
    expect((await local.open('mine'))?.history).toEqual(history);
    await local.save({ ...request(seed(), 2, 1) });
    expect((await local.open('mine'))?.history).toBeUndefined();
  });

  it('a save from an older base revision than the stored one is a conflict, and overwrites nothing', async () => {
    const name = `tabs-${++n}`;
    const [tabA, tabB] = [connect(name), connect(name)];
    expect(await tabA.save(request(seed(), 5, 0))).toMatchObject({ ok: true });
    const edited = seed();
    runCommand(edited, { type: 'delete-actor', key: 'iran' });
    expect(await tabA.save(request(edited, 6, 5))).toMatchObject({ ok: true });
    const stale = await tabB.save(request(seed(), 6, 5));
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', stored: { revision: 6 } });
    const kept = await tabB.open('mine');
    expect(writeNative(loadDataset([{ name: 'm.json', text: kept?.json ?? '' }]).graph)).toBe(writeNative(edited));
    // Keep both: the second copy goes under a new id.
    const id = newLocalId();
    expect(await tabB.save({ ...request(seed(), 6, 0), id })).toMatchObject({ ok: true });
    expect((await tabB.list()).length).toBe(2);
  });
});

describe('when storage is full or refused', () => {
  it('a quota error is a typed failure, and the last good save is untouched (one transaction)', async () => {
    const local = connect();
    await local.save({ ...request(), now: 1 });
    const good = await local.open('mine');
    // The summary write fails after the contents write was made: the transaction must take both back.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'summaries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const graph = seed();
      runCommand(graph, { type: 'delete-actor', key: 'iran' });
      expect(await local.save({ ...request(graph, 2, 1), now: 2 })).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await local.open('mine')).toEqual(good);
    expect((await local.list()).map((s) => s.changed)).toEqual([1]);
  });

  it('without IndexedDB (a refusing private window), saves answer "unavailable" and reads reject typed', async () => {
    const real = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const local = connect();
      expect(await local.save(request())).toMatchObject({ ok: false, reason: 'unavailable' });
      await expect(local.list()).rejects.toMatchObject({ name: 'LocalStorageError', reason: 'unavailable' });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: real, configurable: true });
    }
  });
  it('keeps the texts of the sources the dataset lists, not those of a draft never accepted', async () => {
    const local = connect();
    const sourceTexts = { article: 'The text of the seed article.', 'not-accepted': 'A draft left unaccepted.' };
    expect(await local.save({ ...request(), sourceTexts })).toMatchObject({ ok: true });
    expect((await local.open('mine'))?.sourceTexts).toEqual({ article: 'The text of the seed article.' });
    expect(textsOfSources(seed(), sourceTexts)).toEqual({ article: 'The text of the seed article.' });
  });
});
