// Time in a GEXF export: start/end attributes, <spells>, dynamic <attvalue>s for slices, timeformat and mode on <graph>.

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { TimeInterval, TimeSlice } from '../model/time/time-value';
import { escapeXml } from './write-graphml';

/** What of one element GEXF carries as time rather than as attribute values. */
export interface GexfTime {
  interval: TimeInterval;
  spells?: TimeInterval[];
  slices?: Record<string, TimeSlice[]>;
}

const isBound = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInterval = (item: unknown): item is TimeInterval =>
  isRecord(item) && (item.start === undefined || isBound(item.start)) && (item.end === undefined || isBound(item.end));
const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

/** Slices GEXF can carry as dynamic values: intervals of scalar values; others travel as a JSON "slices" attribute. */
function simpleSlices(value: unknown): Record<string, TimeSlice[]> | undefined {
  if (!isRecord(value)) return undefined;
  const lists = Object.values(value);
  const simple = lists.every(
    (list) => Array.isArray(list) && list.every((slice) => isInterval(slice) && isScalar((slice as TimeSlice).value)),
  );
  return simple && lists.length > 0 ? (value as Record<string, TimeSlice[]>) : undefined;
}

/** The attributes of an element written as GEXF time; the names of those the writer must then leave out. */
export function gexfTimeOf(attributes: Attributes): { time: GexfTime | undefined; names: string[] } {
  const interval: TimeInterval = {};
  const names: string[] = [];
  for (const bound of ['start', 'end'] as const) {
    if (!isBound(attributes[bound])) continue;
    interval[bound] = attributes[bound];
    names.push(bound);
  }
  const time: GexfTime = { interval };
  const { spells } = attributes;
  if (Array.isArray(spells) && spells.length > 0 && spells.every(isInterval)) {
    time.spells = spells;
    names.push('spells');
  }
  const slices = simpleSlices(attributes.slices);
  if (slices) {
    time.slices = slices;
    names.push('slices');
  }
  return { time: names.length > 0 ? time : undefined, names };
}

/** The XML attributes of an interval: ` start="..." end="..."`. */
function intervalXml(interval: TimeInterval): string {
  return (['start', 'end'] as const)
    .filter((bound) => interval[bound] !== undefined)
    .map((bound) => ` ${bound}="${escapeXml(String(interval[bound]))}"`)
    .join('');
}

/** Undoes xml-writer's attribute escaping, to read the name an <attvalue for="..."> gives. */
function unescapeXml(text: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', apos: "'", amp: '&' };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#'))
      return String.fromCodePoint(Number(code.startsWith('#x') ? `0${code.slice(1)}` : code.slice(1)));
    return named[code] ?? whole;
  });
}

/** An element's content with each sliced attribute's one <attvalue> replaced by one per slice. */
function sliceContent(content: string, slices: Record<string, TimeSlice[]>, indent: string): string {
  return content.replace(/<attvalue for="([^"]*)" value="[^"]*"\/>/g, (whole, id: string) => {
    const name = unescapeXml(id);
    // Own names only: an attribute called "constructor" must not find Object's.
    const list = Object.hasOwn(slices, name) ? slices[name] : undefined;
    if (!list) return whole;
    return list
      .map((slice) => `<attvalue for="${id}" value="${escapeXml(String(slice.value))}"${intervalXml(slice)}/>`)
      .join(`\n${indent}`);
  });
}

/** An element's <spells>, indented under it. */
function spellsXml(spells: readonly TimeInterval[], indent: string): string {
  const lines = spells.map((spell) => `${indent}    <spell${intervalXml(spell)}/>`);
  return `\n${indent}  <spells>\n${lines.join('\n')}\n${indent}  </spells>`;
}

const START_TAG_END = /(?:\s+[^\s=/>]+="[^"]*")*\s*(\/?)>/y;

/** Rewrites one element whose start tag begins at `at`; returns the new text and where the element ends. */
function rewriteElement(xml: string, at: number, name: string, time: GexfTime): [string, number] {
  START_TAG_END.lastIndex = at + name.length + 1;
  const tag = START_TAG_END.exec(xml);
  if (!tag) return ['', at]; // not the writer's output after all: left as it is
  const selfClosing = tag[1] === '/';
  const tagEnd = START_TAG_END.lastIndex;
  const head = xml.slice(at, tagEnd - (selfClosing ? 2 : 1)) + intervalXml(time.interval);
  const lineStart = xml.lastIndexOf('\n', at) + 1;
  const indent = xml.slice(lineStart, at);
  const spells = time.spells ? spellsXml(time.spells, indent) : '';
  if (selfClosing) {
    if (!spells) return [`${head}/>`, tagEnd];
    return [`${head}>${spells}\n${indent}</${name}>`, tagEnd];
  }
  const close = xml.indexOf(`</${name}>`, tagEnd);
  const content = xml.slice(tagEnd, close);
  const sliced = time.slices ? sliceContent(content, time.slices, `${indent}    `) : content;
  return [`${head}>${spells}${sliced}</${name}>`, close + name.length + 3];
}

/**
 * Adds time to the writer's output. graphology-gexf writes every <node> and <edge> in graph order and escapes `<`
 * in values, so the n-th `<node` of the text is the n-th node of the graph. Its API has no place for time.
 */
export function addGexfTime(xml: string, graph: Graph, format: 'date' | 'integer' | 'double'): string {
  const times = {
    node: graph.mapNodes((_key, attributes) => gexfTimeOf(attributes).time),
    edge: graph.mapEdges((_key, attributes) => gexfTimeOf(attributes).time),
  };
  if (![...times.node, ...times.edge].some(Boolean)) return xml;
  const counts = { node: 0, edge: 0 };
  const parts: string[] = [];
  let done = 0;
  const tags = /<(node|edge)(?=[\s/>])/g;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    const name = match[1] as 'node' | 'edge';
    const time = times[name][counts[name]++];
    if (!time) continue;
    const [text, end] = rewriteElement(xml, match.index, name, time);
    if (!text) continue;
    parts.push(xml.slice(done, match.index), text);
    done = end;
    tags.lastIndex = end;
  }
  parts.push(xml.slice(done));
  return addGraphMode(parts.join(''), format, times);
}

/** `mode="dynamic"` and the time format on <graph>, and on the attribute lists whose values change. */
function addGraphMode(xml: string, format: string, times: Record<'node' | 'edge', (GexfTime | undefined)[]>): string {
  const bounds = times.node.concat(times.edge).flatMap((time) => {
    const intervals = [time?.interval, ...(time?.spells ?? []), ...Object.values(time?.slices ?? {}).flat()];
    return intervals.flatMap((interval) => [interval?.start, interval?.end]);
  });
  const dated = format === 'date' && bounds.some((bound) => typeof bound === 'string' && bound.includes('T'));
  const timeformat = format === 'date' ? (dated ? 'dateTime' : 'date') : format;
  let text = xml.replace(/<graph(?=[\s>])/, `<graph mode="dynamic" timeformat="${timeformat}"`);
  for (const kind of ['node', 'edge'] as const) {
    if (!times[kind].some((time) => time?.slices)) continue;
    text = text.replace(`<attributes class="${kind}"`, `<attributes class="${kind}" mode="dynamic"`);
  }
  return text;
}
