// The shareable view (dataset, selection, filters, focus, path query, mappings, layout, camera) and its URL hash.

import { FIELD_ROLES, type FieldMap } from '../model/fields';
import { DEFAULT_FILTERS, type Filters, isDatePrefix } from '../model/filters';
import { FOCUS_DEPTHS, FOCUS_DIRECTIONS } from '../model/focus';
import type { Selection, TimeCompare } from './app-state';
import type { FocusQuery, PathQuery } from './explore-queries';
import { isLayoutName, type LayoutName } from './view-settings';

/** Where the canvas looks: cytoscape's zoom and pan. */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

/** Everything a shared link reopens; absent parts mean the dataset's defaults. */
export interface ViewQuery {
  dataset?: string;
  selection: Selection;
  filters: Filters;
  focus: FocusQuery | null;
  path: PathQuery | null;
  /** A measure, attribute or '@file'; null for one size; undefined for the dataset's default. */
  sizeBy?: string | null;
  /** An attribute, 'community' or '@file'; null for one colour; undefined for the dataset's default. */
  colorBy?: string | null;
  /** One of the view settings' layouts; null when the link names none. */
  layout: LayoutName | null;
  /** null to fit the graph. */
  camera: Camera | null;
  /** What means what in the file (the Fields dialog); undefined for what the app guesses on open. */
  fields?: FieldMap;
  /** The two dates the Time panel compares; absent when not comparing. */
  compare?: TimeCompare | null;
}

/** The view of a freshly opened dataset. */
export const DEFAULT_VIEW_QUERY: ViewQuery = {
  selection: null,
  filters: DEFAULT_FILTERS,
  focus: null,
  path: null,
  layout: null,
  camera: null,
};

const FILTER_LISTS = ['kinds', 'relations', 'stances', 'certainties'] as const;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes one value; `~` and `!` too, since they separate fields and mark an empty item. */
function enc(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/~/g, '%7E').replace(/!/g, '%21');
}

/** Unescapes one value, reading '+' as a space as URLSearchParams wrote it; null for malformed escapes. */
function dec(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A list as `a,b`: [] is empty, and '!' stands for the empty value so that [] and [''] differ. */
function encList(list: readonly string[]): string {
  return list.map((item) => (item === '' ? '!' : enc(item))).join(',');
}

function decList(raw: string): string[] | null {
  if (raw === '') return [];
  const items = raw.split(',').map((piece) => (piece === '!' ? '' : dec(piece)));
  return items.every((item) => item !== null) ? (items as string[]) : null;
}

/** A number as short as the URL needs: zoom to thousandths, pan to tenths of a pixel. */
const num = (value: number, digits: number) => String(Number(value.toFixed(digits)) || 0);

/** The raw value of each parameter, the first occurrence winning as URLSearchParams.get does. */
function rawParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^[#?]/, '').split('&')) {
    const at = part.indexOf('=');
    const key = dec(at === -1 ? part : part.slice(0, at));
    if (key && !params.has(key)) params.set(key, at === -1 ? '' : part.slice(at + 1));
  }
  return params;
}

function filterParams(filters: Filters): string[] {
  const parts: string[] = [];
  if (filters.attribute !== DEFAULT_FILTERS.attribute && filters.attribute) parts.push(`by=${enc(filters.attribute)}`);
  for (const name of FILTER_LISTS) {
    const list = filters[name];
    if (list) parts.push(`${name}=${encList(list)}`);
  }
  const from = isDatePrefix(filters.dateFrom) ? filters.dateFrom : '';
  const to = isDatePrefix(filters.dateTo) ? filters.dateTo : '';
  if (from || to) parts.push(`dates=${from}..${to}`);
  if (filters.hideIsolated) parts.push('isolated=hide');
  if (filters.asOf) parts.push(`asOf=${enc(filters.asOf)}`);
  if (filters.includeUndated === false) parts.push('undated=hide');
  return parts;
}

/** The size and colour mappings, the layout and the fields, where the view names them. */
function mappingParams(q: ViewQuery): string[] {
  const parts: string[] = [];
  if (q.sizeBy !== undefined) parts.push(`size=${enc(q.sizeBy ?? '')}`);
  if (q.colorBy !== undefined) parts.push(`color=${enc(q.colorBy ?? '')}`);
  if (q.layout) parts.push(`layout=${q.layout}`);
  const fields = q.fields;
  if (fields) parts.push(`fields=${FIELD_ROLES.map((role) => enc(fields[role] ?? '')).join('~')}`);
  return parts;
}

/** Encodes a view as a compact hash, `#dataset=…&node=…&kinds=person,state&focus=…~2~both&cam=1.25,120,-40`, or ''. */
export function encodeViewQuery(q: ViewQuery): string {
  const parts: string[] = [];
  if (q.dataset) parts.push(`dataset=${enc(q.dataset)}`);
  if (q.selection?.key) parts.push(`${q.selection.type}=${enc(q.selection.key)}`);
  parts.push(...filterParams(q.filters));
  if (q.focus?.centre) parts.push(`focus=${enc(q.focus.centre)}~${q.focus.depth}~${q.focus.direction}`);
  if (q.path?.from && q.path.to)
    parts.push(`path=${enc(q.path.from)}~${enc(q.path.to)}~${q.path.followDirection ? 'directed' : 'undirected'}`);
  parts.push(...mappingParams(q));
  if (q.compare) parts.push(`compare=${enc(q.compare.from)}..${enc(q.compare.to)}`);
  const cam = q.camera;
  if (cam && cam.zoom > 0 && Number.isFinite(cam.zoom + cam.x + cam.y))
    parts.push(`cam=${num(cam.zoom, 3)},${num(cam.x, 1)},${num(cam.y, 1)}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

function decodeFilters(params: Map<string, string>): Filters {
  const filters: Filters = { ...DEFAULT_FILTERS };
  const by = dec(params.get('by') ?? '');
  if (by) filters.attribute = by;
  for (const name of FILTER_LISTS) {
    const raw = params.get(name);
    if (raw !== undefined) filters[name] = decList(raw);
  }
  const [from, to] = (params.get('dates') ?? '').split('..');
  if (isDatePrefix(from)) filters.dateFrom = from;
  if (isDatePrefix(to)) filters.dateTo = to;
  filters.hideIsolated = params.get('isolated') === 'hide';
  const asOf = dec(params.get('asOf') ?? '');
  if (asOf) filters.asOf = asOf;
  if (params.get('undated') === 'hide') filters.includeUndated = false;
  return filters;
}

function decodeFocus(raw: string | undefined): FocusQuery | null {
  const [centre, depth, direction] = (raw ?? '').split('~');
  const key = dec(centre ?? '');
  if (!key) return null;
  const d = FOCUS_DEPTHS.find((n) => String(n) === depth) ?? 1;
  return { centre: key, depth: d, direction: FOCUS_DIRECTIONS.find((n) => n === direction) ?? 'both' };
}

function decodePath(raw: string | undefined): PathQuery | null {
  const [from, to, mode] = (raw ?? '').split('~');
  const a = dec(from ?? '');
  const b = dec(to ?? '');
  return a && b ? { from: a, to: b, followDirection: mode === 'directed' } : null;
}

function decodeCamera(raw: string | undefined): Camera | null {
  const parts = (raw ?? '').split(',');
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return null;
  const values = parts.map(Number);
  if (!values.every(Number.isFinite)) return null;
  // Adding 0 turns -0 into 0, so that a decoded camera equals the one encoded.
  const [zoom = 0, x = 0, y = 0] = values.map((value) => value + 0);
  return zoom > 0 ? { zoom, x, y } : null;
}

/** A mapping parameter: absent is undefined (the default), empty is null (uniform). */
function decodeMapping(raw: string | undefined): string | null | undefined {
  const value = raw === undefined ? null : dec(raw);
  return value === null ? undefined : value || null;
}

/** The fields as `label~kind~relation~evidence~source~date`, an empty part for none; undefined unless all six parse. */
function decodeFields(raw: string | undefined): FieldMap | undefined {
  const parts = (raw ?? '').split('~');
  if (parts.length !== FIELD_ROLES.length) return undefined;
  const names = parts.map(dec);
  if (names.some((name) => name === null)) return undefined;
  return Object.fromEntries(FIELD_ROLES.map((role, i) => [role, names[i] || null])) as unknown as FieldMap;
}

/** Decodes a hash of `encodeViewQuery` or an older `#node=`, `#edge=` or `#dataset=` link, ignoring junk, never throwing. */
export function decodeViewQuery(hash: string): ViewQuery {
  const params = rawParams(typeof hash === 'string' ? hash : '');
  const node = dec(params.get('node') ?? '');
  const edge = dec(params.get('edge') ?? '');
  const dataset = dec(params.get('dataset') ?? '');
  const layout = params.get('layout');
  const query: ViewQuery = {
    selection: node ? { type: 'node', key: node } : edge ? { type: 'edge', key: edge } : null,
    filters: decodeFilters(params),
    focus: decodeFocus(params.get('focus')),
    path: decodePath(params.get('path')),
    layout: isLayoutName(layout) ? layout : null,
    camera: decodeCamera(params.get('cam')),
  };
  if (dataset) query.dataset = dataset;
  const sizeBy = decodeMapping(params.get('size'));
  const colorBy = decodeMapping(params.get('color'));
  if (sizeBy !== undefined) query.sizeBy = sizeBy;
  if (colorBy !== undefined) query.colorBy = colorBy;
  const fields = decodeFields(params.get('fields'));
  if (fields) query.fields = fields;
  const [from, to] = (params.get('compare') ?? '').split('..').map((part) => dec(part));
  if (from && to) query.compare = { from, to };
  return query;
}
