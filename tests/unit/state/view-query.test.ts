// The shareable view in the URL hash: compact encoding, old links still read, junk ignored, and a lossless round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/model/filters';
import { FOCUS_DEPTHS, FOCUS_DIRECTIONS } from '../../../src/model/focus';
import { DEFAULT_VIEW_QUERY, decodeViewQuery, encodeViewQuery, type ViewQuery } from '../../../src/state/view-query';
import { LAYOUT_NAMES } from '../../../src/state/view-settings';

const FULL: ViewQuery = {
  dataset: 'sixth-call',
  selection: { type: 'node', key: 'vladimir-putin' },
  filters: {
    ...DEFAULT_FILTERS,
    kinds: ['person', 'state'],
    stances: [],
    dateFrom: '2025-03',
    dateTo: '2025-09',
    hideIsolated: true,
  },
  focus: { centre: 'vladimir-putin', depth: 2, direction: 'both' },
  path: { from: 'emmanuel-macron', to: 'iran', followDirection: false },
  sizeBy: 'betweenness',
  colorBy: 'community',
  layout: 'concentric',
  camera: { zoom: 1.25, x: 120, y: -40 },
};

describe('encodeViewQuery', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewQuery(DEFAULT_VIEW_QUERY)).toBe('');
  });

  it('writes a compact, readable hash', () => {
    expect(encodeViewQuery(FULL)).toBe(
      '#dataset=sixth-call&node=vladimir-putin&kinds=person,state&stances=&dates=2025-03..2025-09&isolated=hide' +
        '&focus=vladimir-putin~2~both&path=emmanuel-macron~iran~undirected&size=betweenness&color=community' +
        '&layout=concentric&cam=1.25,120,-40',
    );
  });

  it('writes the same hash as the older #dataset=…&node= links for a dataset and a selection', () => {
    const node = { type: 'node', key: 'donald-trump' } as const;
    const edge = { type: 'edge', key: 'e-1' } as const;
    expect(encodeViewQuery({ ...DEFAULT_VIEW_QUERY, dataset: 'sixth-call', selection: node })).toBe(
      '#dataset=sixth-call&node=donald-trump',
    );
    expect(encodeViewQuery({ ...DEFAULT_VIEW_QUERY, dataset: 'sixth-call', selection: edge })).toBe(
      '#dataset=sixth-call&edge=e-1',
    );
  });

  it('escapes separators inside keys, marks the empty value, and rounds the camera', () => {
    const hash = encodeViewQuery({
      ...DEFAULT_VIEW_QUERY,
      filters: { ...DEFAULT_FILTERS, attribute: 'modularity class', kinds: ['a,b', '', '!'] },
      focus: { centre: 'x~y', depth: 3, direction: 'in' },
      sizeBy: null,
      camera: { zoom: 0.333333, x: -0.04, y: 1e-9 },
    });
    expect(hash).toBe('#by=modularity%20class&kinds=a%2Cb,!,%21&focus=x%7Ey~3~in&size=&cam=0.333,0,0');
  });
});

describe('decodeViewQuery', () => {
  it('reads the full hash back', () => {
    expect(decodeViewQuery(encodeViewQuery(FULL))).toEqual(FULL);
  });

  it('reads the older #node=, #edge= and #dataset= links', () => {
    expect(decodeViewQuery('#node=vladimir-putin')).toEqual({
      ...DEFAULT_VIEW_QUERY,
      selection: { type: 'node', key: 'vladimir-putin' },
    });
    expect(decodeViewQuery('#edge=e-putin-macron').selection).toEqual({ type: 'edge', key: 'e-putin-macron' });
    // As the older links wrote them, through URLSearchParams: spaces as '+', a '+' as %2B.
    const old = '#dataset=my+file.gexf&node=a+b%2Bc%7Ed';
    expect(decodeViewQuery(old)).toMatchObject({
      dataset: 'my file.gexf',
      selection: { type: 'node', key: 'a b+c~d' },
    });
  });

  it('ignores junk and fills in defaults part by part', () => {
    const query = decodeViewQuery(
      '#node=%E0%A4%A&edge=ok&kinds=a,%ZZ&relations=talks-with&dates=yesterday..2025&focus=putin~9~sideways' +
        '&path=a~~directed&layout=spiral&cam=0,1,2&size=%&=x&&junk&node=second',
    );
    expect(query).toEqual({
      ...DEFAULT_VIEW_QUERY,
      selection: { type: 'edge', key: 'ok' },
      filters: { ...DEFAULT_FILTERS, relations: ['talks-with'], dateTo: '2025' },
      focus: { centre: 'putin', depth: 1, direction: 'both' },
    });
    expect(decodeViewQuery('#cam=1,2').camera).toBeNull();
    expect(decodeViewQuery('#cam=2,x,3').camera).toBeNull();
    expect(decodeViewQuery('?focus=a~2~out').focus).toEqual({ centre: 'a', depth: 2, direction: 'out' });
    expect(decodeViewQuery('')).toEqual(DEFAULT_VIEW_QUERY);
  });

  it('carries the fields, and reads links without them (or with a broken list) as the guess', () => {
    const fields = {
      label: 'station_name',
      kind: null,
      relation: 'Source(s)~x',
      evidence: null,
      source: 'url',
      date: null,
    };
    const hash = encodeViewQuery({ ...DEFAULT_VIEW_QUERY, fields });
    expect(hash).toBe('#fields=station_name~~Source(s)%7Ex~~url~');
    expect(decodeViewQuery(hash).fields).toEqual(fields);
    expect(decodeViewQuery('#node=a').fields).toBeUndefined();
    expect(decodeViewQuery('#fields=a~b').fields).toBeUndefined();
    expect(decodeViewQuery('#fields=a~~~~~%E0').fields).toBeUndefined();
  });

  it('never throws, whatever the hash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (hash) => {
        decodeViewQuery(hash);
        decodeViewQuery(`#${hash.replace(/[^&]*/, 'focus=')}`);
      }),
    );
  });
});

/** Names with the characters that separate or escape things in the hash, and any text. */
const name = fc.oneof(
  fc.string({
    minLength: 1,
    unit: fc.constantFrom('a', '~', ',', '!', '+', ' ', '%', '&', '=', '#', 'é', '.', '-', '?'),
  }),
  fc.string({ minLength: 1, unit: 'grapheme' }),
);
const list = fc.option(fc.array(fc.oneof(name, fc.constant(''))), { nil: null });
const date = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
  .map(([y, m, d]) =>
    [String(y), m && String(m).padStart(2, '0'), m && d && String(d).padStart(2, '0')].filter(Boolean).join('-'),
  );
const mapping = fc.option(fc.option(name, { nil: null }), { nil: undefined });

const viewQuery: fc.Arbitrary<ViewQuery> = fc.record(
  {
    dataset: name,
    selection: fc.oneof(
      fc.constant(null),
      fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), key: name }),
    ),
    filters: fc.record(
      {
        attribute: name,
        kinds: list,
        relations: list,
        stances: list,
        certainties: list,
        dateFrom: date,
        dateTo: date,
        hideIsolated: fc.boolean(),
      },
      { requiredKeys: ['attribute', 'kinds', 'relations', 'stances', 'certainties', 'hideIsolated'] },
    ),
    focus: fc.option(
      fc.record({
        centre: name,
        depth: fc.constantFrom(...FOCUS_DEPTHS),
        direction: fc.constantFrom(...FOCUS_DIRECTIONS),
      }),
      { nil: null },
    ),
    path: fc.option(fc.record({ from: name, to: name, followDirection: fc.boolean() }), { nil: null }),
    sizeBy: mapping,
    colorBy: mapping,
    layout: fc.option(fc.constantFrom(...LAYOUT_NAMES), { nil: null }),
    fields: fc.record({
      label: fc.option(name, { nil: null }),
      kind: fc.option(name, { nil: null }),
      relation: fc.option(name, { nil: null }),
      evidence: fc.option(name, { nil: null }),
      source: fc.option(name, { nil: null }),
      date: fc.option(name, { nil: null }),
    }),
    camera: fc.option(
      fc.record({
        zoom: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 1000),
        x: fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 10),
        y: fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 10),
      }),
      { nil: null },
    ),
  },
  { requiredKeys: ['selection', 'filters', 'focus', 'path', 'layout', 'camera'] },
);

describe('the round trip', () => {
  it('decodes every encoded view to the same view', () => {
    fc.assert(
      fc.property(viewQuery, (query) => {
        const clean = JSON.parse(JSON.stringify(query));
        expect(decodeViewQuery(encodeViewQuery(query))).toEqual(clean);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes a decoded hash to itself', () => {
    fc.assert(
      fc.property(viewQuery, (query) => {
        const hash = encodeViewQuery(query);
        expect(encodeViewQuery(decodeViewQuery(hash))).toBe(hash);
      }),
    );
  });
});
