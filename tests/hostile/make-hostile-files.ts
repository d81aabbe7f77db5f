// Crafted hostile files in every format Backchannel opens, for the Node tests and the browser test alike.

import { seededRandom } from '../../src/model/seeded-random';

/** The global a payload sets if it ever runs: tests assert it stays undefined. */
export const SENTINEL = '__pwned';

/** What a file exercises; the browser test and the reports group files by these. */
export type HostileKind =
  | 'markup'
  | 'url'
  | 'proto'
  | 'xml'
  | 'deep'
  | 'bytes'
  | 'nul'
  | 'size'
  | 'empty'
  | 'not-graph'
  | 'duplicates'
  | 'self-loop'
  | 'coordinates';

/** A crafted file and what loading it must do. */
export interface HostileFile {
  /** Unique and short, for test names. */
  id: string;
  /** The file name as a user's file would have it; its extension matters when the content does not say. */
  name: string;
  /** The file's bytes, as the browser's file input hands them over. */
  bytes: Uint8Array;
  /** The bytes as File.text() reads them: decoded as UTF-8, bad sequences replaced, a BOM dropped. */
  text: string;
  /** 'load': opens (possibly with warnings); 'refuse': a DatasetError; 'either': one or the other, safely. */
  outcome: 'load' | 'refuse' | 'either';
  /** A refusal's message, or a warning a load must give. */
  message?: RegExp;
  kinds: HostileKind[];
  /** Too big to send through the browser's file input quickly: Node tests only. */
  nodeOnly?: boolean;
}

/** Markup and script in every form that could run if a view used innerHTML; `where` names the field in the sentinel. */
export function payload(where: string): string {
  const run = `window.${SENTINEL}='${where}'`;
  return [
    `<img src=x onerror="${run}">`,
    `<script>${run}</script>`,
    `"><svg onload="${run}">`,
    `'><iframe srcdoc="<script>parent.${SENTINEL}='${where}'</script>"></iframe>`,
    `<a href="javascript:${run}">link</a>`,
    `<details open ontoggle="${run}">`,
  ].join(' ');
}

/** URLs that must never become links: only http and https may. */
export const HOSTILE_URLS = [
  `javascript:window.${SENTINEL}='url'`,
  `JaVaScRiPt:window.${SENTINEL}='url-case'`,
  ` \tjavascript:window.${SENTINEL}='url-space'`,
  `java\nscript:window.${SENTINEL}='url-newline'`,
  `data:text/html,<script>window.${SENTINEL}='data-url'</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nYjY0Jzwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/protocol-relative',
] as const;

/** The one URL in the crafted files that should become a link. */
export const SAFE_URL = 'https://example.org/safe?a=1&b="2"';

/** Names every plain object has; as node keys or attribute names they must neither pollute nor be lost. */
export const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const encoder = new TextEncoder();

/**
 * Text as Chromium's File.text() reads these bytes: UTF-8 with bad sequences replaced, unless a byte-order mark says
 * UTF-16 (Chromium sniffs it, as FileReader does); the mark itself is dropped.
 */
export function decode(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff;
  return new TextDecoder(utf16 === true ? 'utf-16be' : utf16 || 'utf-8').decode(bytes);
}

function file(
  id: string,
  name: string,
  content: string | Uint8Array,
  outcome: HostileFile['outcome'],
  kinds: HostileKind[],
  message?: RegExp,
): HostileFile {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return { id, name, bytes, text: decode(bytes), outcome, kinds, ...(message ? { message } : {}) };
}

/** Escapes text for an XML attribute or element. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A CSV cell, quoted. */
function cell(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Deterministic bytes from the app's seeded generator, so every run crafts the same "random" file. */
function noise(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

/** A Backchannel dataset with markup in every free-text field the schema allows, and hostile URLs. */
function markupNative(): string {
  const urls = Object.fromEntries(HOSTILE_URLS.map((url, i) => [`link${i}`, url]));
  return JSON.stringify({
    attributes: {
      format: 'backchannel/1',
      title: payload('title'),
      description: payload('description'),
      asOf: payload('asOf'),
      licence: payload('licence'),
      sources: [
        { id: 'src', title: payload('sourceTitle'), outlet: payload('outlet'), url: HOSTILE_URLS[0] },
        { id: 'safe', title: 'A safe source', url: SAFE_URL },
      ],
    },
    nodes: [
      {
        key: 'marked',
        attributes: {
          label: payload('label'),
          kind: 'person',
          aliases: [payload('alias'), 'plain alias'],
          description: payload('nodeDescription'),
          role: payload('role'),
          homepage: SAFE_URL,
          [payload('attributeName')]: payload('attributeValue'),
          ...urls,
        },
      },
      { key: `<script>window.${SENTINEL}='key'</script>`, attributes: { label: 'Key with markup', kind: 'state' } },
      { key: 'plain', attributes: { label: 'Plain actor', kind: 'group' } },
    ],
    edges: [
      {
        key: 'criticism',
        source: 'marked',
        target: 'plain',
        attributes: {
          relation: 'criticises',
          stance: 'conflictual',
          certainty: 'reported',
          date: '2025-07',
          dateText: payload('dateText'),
          evidence: [{ quote: payload('quote'), source: 'src' }],
        },
      },
      {
        key: `"><svg onload="window.${SENTINEL}='edgeKey'">`,
        source: `<script>window.${SENTINEL}='key'</script>`,
        target: 'marked',
        undirected: true,
        attributes: {
          relation: 'talks-with',
          stance: 'neutral',
          certainty: 'confirmed',
          evidence: [{ quote: 'A plain quote.', source: 'safe' }],
        },
      },
    ],
  });
}

/** A foreign graphology JSON: markup in relation names, kinds, stances, evidence and attribute names; URL payloads. */
function markupGraphology(): string {
  const urls = Object.fromEntries(HOSTILE_URLS.map((url, i) => [`link${i}`, url]));
  return JSON.stringify({
    attributes: { title: payload('foreignTitle'), name: payload('graphName') },
    nodes: [
      {
        key: 'a',
        attributes: {
          label: payload('foreignLabel'),
          kind: payload('kind'),
          color: `red; background: url("javascript:window.${SENTINEL}='color'")`,
          size: `<img src=x onerror="window.${SENTINEL}='size'">`,
          safe: SAFE_URL,
          ...urls,
        },
      },
      { key: 'b', attributes: { name: payload('name') } },
    ],
    edges: [
      {
        key: 'ab',
        source: 'a',
        target: 'b',
        attributes: {
          relation: payload('relation'),
          stance: payload('stance'),
          certainty: payload('certainty'),
          date: payload('date'),
          evidence: [
            { quote: payload('foreignQuote'), source: payload('evidenceSource') },
            { quote: 42, source: { toString: 'not a function' } },
            'not an object',
          ],
          [payload('edgeAttributeName')]: HOSTILE_URLS[4],
        },
      },
    ],
  });
}

function markupCytoscape(): string {
  return JSON.stringify({
    data: { name: payload('cyName'), title: payload('cyTitle') },
    elements: {
      nodes: [
        { data: { id: 'a', name: payload('cyNodeName'), href: HOSTILE_URLS[0] }, position: { x: 0, y: 0 } },
        { data: { id: `<img src=x onerror="window.${SENTINEL}='cyId'">`, label: payload('cyLabel') } },
      ],
      edges: [
        {
          data: {
            source: 'a',
            target: `<img src=x onerror="window.${SENTINEL}='cyId'">`,
            relation: payload('cyRelation'),
            interaction: payload('cyInteraction'),
          },
        },
      ],
    },
  });
}

function markupGexf(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>${xml(payload('creator'))}</creator><title>${xml(payload('gexfTitle'))}</title>
    <description><![CDATA[${payload('cdata')}]]></description></meta>
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="${xml(payload('gexfAttributeTitle'))}" type="string"/>
      <attribute id="1" title="url" type="anyURI"/>
    </attributes>
    <attributes class="edge"><attribute id="r" title="relation" type="string"/></attributes>
    <nodes>
      <node id="a" label="${xml(payload('gexfLabel'))}">
        <attvalues><attvalue for="0" value="${xml(payload('gexfValue'))}"/><attvalue for="1" value="${xml(HOSTILE_URLS[0])}"/></attvalues>
      </node>
      <node id="${xml(`<svg onload="window.${SENTINEL}='gexfId'">`)}" label="b"/>
    </nodes>
    <edges>
      <edge id="e" source="a" target="${xml(`<svg onload="window.${SENTINEL}='gexfId'">`)}" label="${xml(payload('gexfEdgeLabel'))}">
        <attvalues><attvalue for="r" value="${xml(payload('gexfRelation'))}"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;
}

function markupGraphml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="graph" attr.name="title" attr.type="string"/>
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <key id="d" for="node" attr.name="description" attr.type="string"/>
  <key id="u" for="node" attr.name="website" attr.type="string"/>
  <key id="r" for="edge" attr.name="relation" attr.type="string"/>
  <key id="q" for="edge" attr.name="evidence" attr.type="string"/>
  <graph id="g" edgedefault="directed">
    <data key="t">${xml(payload('graphmlTitle'))}</data>
    <node id="a"><data key="l">${xml(payload('graphmlLabel'))}</data><data key="d"><![CDATA[${payload('graphmlCdata')}]]></data><data key="u">${xml(HOSTILE_URLS[4])}</data></node>
    <node id="b"><data key="l">&lt;script&gt;window.${SENTINEL}='entityEscaped'&lt;/script&gt;</data><data key="u">${xml(SAFE_URL)}</data></node>
    <edge source="a" target="b"><data key="r">${xml(payload('graphmlRelation'))}</data><data key="q">${xml(payload('graphmlEvidence'))}</data></edge>
  </graph>
</graphml>`;
}

function markupCsv(): string {
  const rows = [
    ['source', 'target', 'relation', 'note', 'link'],
    [payload('csvSource'), 'b', payload('csvRelation'), payload('csvNote'), HOSTILE_URLS[0]],
    ['b', 'c', '=HYPERLINK("http://evil.example","click")', "@SUM(1+1)*cmd|' /C calc'!A0", SAFE_URL],
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function markupFiles(): HostileFile[] {
  return [
    file('markup-native', 'markup.json', markupNative(), 'load', ['markup', 'url']),
    file('markup-graphology', 'markup-foreign.json', markupGraphology(), 'load', ['markup', 'url']),
    file('markup-cyjs', 'markup.cyjs', markupCytoscape(), 'load', ['markup', 'url']),
    file('markup-gexf', 'markup.gexf', markupGexf(), 'load', ['markup', 'url']),
    file('markup-graphml', 'markup.graphml', markupGraphml(), 'load', ['markup', 'url']),
    file('markup-csv', 'markup.csv', markupCsv(), 'load', ['markup', 'url']),
    file(
      'html-page',
      'page.html',
      `<html><body>${payload('html')}</body></html>`,
      'refuse',
      ['markup', 'not-graph'],
      /root element is <html>/,
    ),
    file(
      'svg-as-graphml',
      'image.graphml',
      `<svg xmlns="http://www.w3.org/2000/svg" onload="window.${SENTINEL}='svg'"/>`,
      'refuse',
      ['markup', 'not-graph'],
      /root element is <svg>/,
    ),
  ];
}

/** JSON text with keys JSON.parse keeps as own properties, "__proto__" included. */
const POLLUTING = '{"polluted": "yes", "toString": "not a function"}';

function protoGraphology(): string {
  const nodes = PROTO_NAMES.map(
    (key) =>
      `{"key": ${JSON.stringify(key)}, "attributes": {"__proto__": ${POLLUTING}, "constructor": {"prototype": ${POLLUTING}}, "prototype": ${POLLUTING}}}`,
  );
  const edges = PROTO_NAMES.map(
    (key, i) =>
      `{"key": ${JSON.stringify(key)}, "source": ${JSON.stringify(PROTO_NAMES[(i + 1) % PROTO_NAMES.length])}, "target": ${JSON.stringify(key)}, "attributes": {"__proto__": ${POLLUTING}}}`,
  );
  return `{"attributes": {"__proto__": ${POLLUTING}, "constructor": {"prototype": ${POLLUTING}}}, "nodes": [${nodes.join(', ')}, {"key": "plain"}], "edges": [${edges.join(', ')}, {"source": "plain", "target": "__proto__"}, {"source": "__proto__", "target": "__proto__"}]}`;
}

function protoCytoscape(): string {
  const nodes = PROTO_NAMES.map((id) => `{"data": {"id": ${JSON.stringify(id)}, "__proto__": ${POLLUTING}}}`);
  const edges = PROTO_NAMES.map(
    (id) =>
      `{"data": {"id": "e-${id}", "source": "plain", "target": ${JSON.stringify(id)}, "__proto__": ${POLLUTING}}}`,
  );
  return `[{"data": {"id": "plain", "parent": "__proto__"}}, ${nodes.join(', ')}, ${edges.join(', ')}]`;
}

function protoGraphml(): string {
  const keys = PROTO_NAMES.map(
    (name, i) =>
      `<key id="${name}" for="${i % 2 ? 'edge' : 'node'}" attr.name="${name}"><default>polluted</default></key>`,
  );
  const nodes = PROTO_NAMES.map(
    (id) => `<node id="${id}"><data key="__proto__">polluted</data><data key="undeclared-${id}">x</data></node>`,
  );
  const edges = PROTO_NAMES.map(
    (id) => `<edge id="${id}" source="${id}" target="__proto__"><data key="constructor">polluted</data></edge>`,
  );
  return `<graphml>${keys.join('')}<graph id="__proto__" edgedefault="directed">${nodes.join('')}<node id="plain"><graph id="constructor"><node id="inner"/></graph></node>${edges.join('')}<edge source="plain" target="constructor"/></graph></graphml>`;
}

function protoGexf(): string {
  const attributes = PROTO_NAMES.map(
    (name) => `<attribute id="${name}" title="${name}" type="string"><default>polluted</default></attribute>`,
  );
  const titled =
    '<attribute id="0" title="__proto__" type="liststring"/><attribute id="1" title="constructor" type="string"/>';
  const values = PROTO_NAMES.map((name) => `<attvalue for="${name}" value="polluted"/>`).join('');
  const nodes = PROTO_NAMES.map(
    (id) =>
      `<node id="${id}" label="${id}"><attvalues>${values}<attvalue for="0" value="[a,b]"/><attvalue for="toLocaleString" value="undeclared"/></attvalues></node>`,
  );
  const edges = PROTO_NAMES.map((id) => `<edge id="${id}" source="plain" target="${id}"/>`);
  return `<gexf version="1.3"><graph defaultedgetype="directed"><attributes class="node">${attributes.join('')}${titled}</attributes><nodes><node id="plain" pid="__proto__"/>${nodes.join('')}</nodes><edges>${edges.join('')}<edge source="__proto__" target="undeclared"/><edge source="valueOf" target="isPrototypeOf"/></edges></graph></gexf>`;
}

function protoCsv(): string {
  const rows = [['source', 'target', '__proto__', 'constructor', 'prototype', 'source constructor']];
  for (const name of PROTO_NAMES) rows.push(['plain', name, POLLUTING, 'polluted', 'polluted', 'polluted']);
  rows.push(['__proto__', 'constructor', '{}', '{}', '{}', '{}']);
  return rows.map((row) => row.map(cell).join(',')).join('\n');
}

function protoNative(key: string, attributes: string): string {
  return `{"attributes": {"format": "backchannel/1", "title": "Proto", "sources": [{"id": "s", "title": "S"}]},
    "nodes": [{"key": ${JSON.stringify(key)}, "attributes": {"label": "A", "kind": "person"${attributes}}},
              {"key": "b", "attributes": {"label": "B", "kind": "person"}}],
    "edges": [{"key": "e", "source": "b", "target": ${JSON.stringify(key)},
               "attributes": {"relation": "criticises", "stance": "conflictual", "certainty": "confirmed",
                              "evidence": [{"quote": "q", "source": "s"}]}}]}`;
}

function protoFiles(): HostileFile[] {
  const renamed = /names every JavaScript object has/;
  return [
    file('proto-graphology', 'proto.json', protoGraphology(), 'load', ['proto'], renamed),
    file('proto-cyjs', 'proto.cyjs', protoCytoscape(), 'load', ['proto'], renamed),
    file('proto-graphml', 'proto.graphml', protoGraphml(), 'load', ['proto'], renamed),
    file('proto-gexf', 'proto.gexf', protoGexf(), 'load', ['proto'], renamed),
    file('proto-csv', 'proto.csv', protoCsv(), 'load', ['proto'], renamed),
    file(
      'proto-native-key',
      'proto-key.json',
      protoNative('__proto__', ''),
      'refuse',
      ['proto'],
      /node key "__proto__" is a name every JavaScript object has/,
    ),
    file(
      'proto-native-constructor',
      'constructor-key.json',
      protoNative('constructor', ''),
      'refuse',
      ['proto'],
      /node key "constructor"/,
    ),
    file(
      'proto-native-attributes',
      'proto-attributes.json',
      protoNative('a', `, "__proto__": ${POLLUTING}, "constructor": {"prototype": ${POLLUTING}}`),
      'load',
      ['proto'],
    ),
  ];
}

const GRAPHML_BODY =
  '<graphml><key id="l" for="node" attr.name="label"/><graph edgedefault="directed"><node id="a"><data key="l">LABEL</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>';
const GEXF_BODY =
  '<gexf version="1.3"><graph><nodes><node id="a" label="LABEL"/><node id="b" label="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>';

/** The classic "billion laughs": ten entities, each ten of the one before, about 3 GB if ever expanded. */
export function billionLaughs(root: 'graphml' | 'gexf'): string {
  let doctype = `<!DOCTYPE ${root} [\n<!ENTITY lol0 "lol">\n`;
  for (let i = 1; i <= 9; i += 1) doctype += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
  doctype += ']>\n';
  return `<?xml version="1.0"?>\n${doctype}${(root === 'graphml' ? GRAPHML_BODY : GEXF_BODY).replace('LABEL', '&lol9;')}`;
}

/** Text as UTF-16LE bytes, with or without a byte-order mark. */
function utf16(text: string, bom = true): Uint8Array {
  const start = bom ? 2 : 0;
  const bytes = new Uint8Array(start + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    bytes[start + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[start + 1 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function xmlFiles(): HostileFile[] {
  const entities = /declares XML entities/;
  const xxe = (root: string, declaration: string, body: string) =>
    `<?xml version="1.0"?>\n<!DOCTYPE ${root} [\n${declaration}\n]>\n${body.replace('LABEL', '&xxe;')}`;
  const big = 'a'.repeat(50_000);
  return [
    file(
      'doctype-system',
      'doctype-system.graphml',
      `<!DOCTYPE graphml SYSTEM "file:///etc/passwd">\n${GRAPHML_BODY.replace('LABEL', 'A')}`,
      'load',
      ['xml'],
    ),
    file(
      'doctype-public',
      'doctype-public.gexf',
      `<!DOCTYPE gexf PUBLIC "-//evil//DTD//EN" "http://127.0.0.1:9/evil.dtd">\n${GEXF_BODY.replace('LABEL', 'A')}`,
      'load',
      ['xml'],
    ),
    file(
      'doctype-attlist',
      'doctype-attlist.graphml',
      `<!DOCTYPE graphml [<!ATTLIST node kind CDATA "injected">]>\n${GRAPHML_BODY.replace('LABEL', 'A')}`,
      'either',
      ['xml'],
    ),
    file(
      'xxe-file',
      'xxe-file.graphml',
      xxe('graphml', '<!ENTITY xxe SYSTEM "file:///etc/passwd">', GRAPHML_BODY),
      'refuse',
      ['xml'],
      entities,
    ),
    file(
      'xxe-http',
      'xxe-http.gexf',
      xxe('gexf', '<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">', GEXF_BODY),
      'refuse',
      ['xml'],
      entities,
    ),
    file(
      'xxe-parameter',
      'xxe-parameter.graphml',
      xxe('graphml', '<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;', GRAPHML_BODY),
      'refuse',
      ['xml'],
      entities,
    ),
    file('billion-laughs-graphml', 'billion-laughs.graphml', billionLaughs('graphml'), 'refuse', ['xml'], entities),
    file('billion-laughs-gexf', 'billion-laughs.gexf', billionLaughs('gexf'), 'refuse', ['xml'], entities),
    file(
      'quadratic-blowup',
      'quadratic.graphml',
      xxe('graphml', `<!ENTITY xxe "${big}">`, GRAPHML_BODY).replace('&xxe;', '&xxe;'.repeat(20_000)),
      'refuse',
      ['xml'],
      entities,
    ),
    // Chromium decodes a UTF-16 file with a byte-order mark as UTF-16: the entity check must still see it.
    file(
      'xxe-utf16',
      'xxe-utf16.graphml',
      utf16(xxe('graphml', '<!ENTITY xxe SYSTEM "file:///etc/passwd">', GRAPHML_BODY)),
      'refuse',
      ['xml', 'bytes'],
      entities,
    ),
    // Without the mark it is read as UTF-8: every other character a NUL, refused as not text.
    file(
      'xxe-utf16-no-bom',
      'xxe-utf16-no-bom.graphml',
      utf16(xxe('graphml', '<!ENTITY xxe SYSTEM "file:///etc/passwd">', GRAPHML_BODY), false),
      'refuse',
      ['xml', 'bytes'],
      /UTF-16/,
    ),
  ];
}

function deepFiles(): HostileFile[] {
  const n = 200_000;
  const tooDeep = /nest more than 1000 levels deep/;
  const nestedGraphs = nestedGraphml(20_000);
  const nestedWarning = /more than 16 levels deep inside other nodes/;
  const chain = Array.from({ length: 500 }, (_, i) => ({
    data: i ? { id: `n${i}`, parent: `n${i - 1}` } : { id: 'n0' },
  }));
  let nestedNodes = '<gexf version="1.3"><graph><nodes>';
  for (let i = 0; i < 20_000; i += 1) nestedNodes += `<node id="n${i}"><nodes>`;
  nestedNodes += `${'</nodes></node>'.repeat(20_000)}</nodes></graph></gexf>`;
  return [
    file('deep-arrays', 'deep.json', `${'['.repeat(n)}${']'.repeat(n)}`, 'refuse', ['deep'], tooDeep),
    file(
      'deep-objects',
      'deep-objects.json',
      `{"nodes": [{"key": "a", "attributes": {"v": ${'{"a": '.repeat(n)}1${'}'.repeat(n)}}}], "edges": []}`,
      'refuse',
      ['deep'],
      tooDeep,
    ),
    file('deep-unclosed', 'deep-unclosed.cyjs', `{"elements": ${'['.repeat(n)}`, 'refuse', ['deep'], tooDeep),
    file('deep-graphml', 'deep-graphs.graphml', nestedGraphs, 'refuse', ['deep'], /nests its elements too deeply/),
    file('deep-gexf', 'deep-nodes.gexf', nestedNodes, 'refuse', ['deep'], /nest inside each other more than 16 levels/),
    file(
      'deep-elements',
      'deep-elements.graphml',
      `<graphml><graph><node id="a"/>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</graph></graphml>`,
      'either',
      ['deep', 'xml'],
    ),
    // Loads, but compound chains this deep froze the page for over 30 s: cut at 16 levels, with a warning.
    file('deep-parents-cyjs', 'parent-chain.cyjs', JSON.stringify(chain), 'load', ['deep'], nestedWarning),
    file('deep-parents-graphml', 'nested-500.graphml', nestedGraphml(500), 'load', ['deep'], nestedWarning),
    file('deep-parents-native', 'parent-chain-native.json', nativeParents(), 'load', ['deep'], nestedWarning),
  ];
}

/** A Backchannel dataset whose nodes carry `parent` (not in the schema, passed through): a chain of 40 and a loop. */
function nativeParents(): string {
  const data = JSON.parse(protoNative('a', ''));
  for (let i = 0; i < 40; i += 1) {
    const attributes = { label: `C${i}`, kind: 'group', ...(i > 0 ? { parent: `c${i - 1}` } : {}) };
    data.nodes.push({ key: `c${i}`, attributes });
  }
  data.nodes.push({ key: 'loop', attributes: { label: 'Loop', kind: 'group', parent: 'loop' } });
  return JSON.stringify(data);
}

/** GraphML with graphs nested in nodes `depth` levels deep. */
function nestedGraphml(depth: number): string {
  let text = '<graphml><graph edgedefault="directed">';
  for (let i = 0; i < depth; i += 1) text += `<node id="n${i}"><graph>`;
  return `${text}${'</graph></node>'.repeat(depth)}</graph></graphml>`;
}

function byteFiles(): HostileFile[] {
  const png = concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2048, 1));
  const gzip = concat(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]), noise(2048, 2));
  const zip = concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), noise(2048, 3));
  const bad = new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]);
  // An overlong "<" (C0 BC): old decoders read it as markup, UTF-8 decoding must not.
  const overlong = new Uint8Array([0xc0, 0xbc]);
  const binary = /not UTF-8 text: it looks like binary data/;
  return [
    file('png-as-json', 'picture.json', png, 'refuse', ['bytes'], binary),
    file('gzip-as-gexf', 'graph.gexf', gzip, 'refuse', ['bytes'], binary),
    file('zip-as-graphml', 'graph.graphml', zip, 'refuse', ['bytes'], binary),
    file('noise-csv', 'noise.csv', noise(4096, 4), 'refuse', ['bytes'], binary),
    file('noise-cyjs', 'noise.cyjs', concat('[', noise(4096, 5)), 'refuse', ['bytes'], binary),
    file(
      'invalid-utf8-csv',
      'invalid-utf8.csv',
      concat('source,target,label\na', bad, ',b,', bad, '\nb,c,Brussels\nc,d,Kyiv\nd,e,Washington\n'),
      'load',
      ['bytes'],
    ),
    file(
      'invalid-utf8-json',
      'invalid-utf8.json',
      concat('{"nodes": [{"key": "a', bad, '"}, {"key": "b"}], "edges": [{"source": "a', bad, '", "target": "b"}]}'),
      'load',
      ['bytes'],
    ),
    file(
      'overlong-graphml',
      'overlong.graphml',
      concat(
        '<graphml><graph><node id="a"><data key="label">',
        overlong,
        `script>window.${SENTINEL}=1`,
        overlong,
        '/script></data></node></graph></graphml>',
      ),
      'load',
      ['bytes', 'markup'],
    ),
    file('nul-csv', 'nul.csv', 'source,target,label\na\0b,c\0,\0\0\0\n\0,d,x\n', 'load', ['nul']),
    file(
      'nul-escaped-json',
      'nul.json',
      '{"nodes": [{"key": "a\\u0000b", "attributes": {"label": "\\u0000"}}, {"key": "\\u0000"}], "edges": [{"source": "a\\u0000b", "target": "\\u0000"}]}',
      'load',
      ['nul'],
    ),
    file(
      'nul-raw-json',
      'nul-raw.json',
      '{"nodes": [{"key": "a\0b"}], "edges": []}',
      'refuse',
      ['nul'],
      /control character inside a string/,
    ),
    file(
      'nul-graphml',
      'nul.graphml',
      '<graphml><graph><node id="a\0b"/><node id="c"/><edge source="a\0b" target="c"/></graph></graphml>',
      'either',
      ['nul'],
    ),
    file(
      'nul-gexf',
      'nul.gexf',
      '<gexf version="1.3"><graph><nodes><node id="a&#0;b" label="&#0;"/></nodes></graph></gexf>',
      'either',
      ['nul'],
    ),
  ];
}

/** A 1 MiB label in each format. */
function sizeFiles(): HostileFile[] {
  const label = `${'W'.repeat(1024 * 1024 - 16)}<b>end</b>`;
  return [
    file(
      'big-label-json',
      'big-label.json',
      JSON.stringify({
        nodes: [{ key: 'a', attributes: { label } }, { key: 'b' }],
        edges: [{ source: 'a', target: 'b' }],
      }),
      'load',
      ['size'],
    ),
    file('big-label-csv', 'big-label.csv', `source,target,relation\n${cell(label)},b,${cell(label)}\n`, 'load', [
      'size',
    ]),
    file('big-label-gexf', 'big-label.gexf', GEXF_BODY.replace('LABEL', xml(label)), 'load', ['size']),
    file('big-label-graphml', 'big-label.graphml', GRAPHML_BODY.replace('LABEL', xml(label)), 'load', ['size']),
  ];
}

/** Just over the 50 MB limit: refused before any parsing (Node tests only: too big for a quick file input). */
export function overLimitFile(): HostileFile {
  const text = `{"nodes": [{"key": "${'x'.repeat(50 * 1024 * 1024)}"}], "edges": []}`;
  // Built directly: encoding 50 MB to bytes and back would only slow the test.
  return {
    id: 'over-limit',
    name: 'huge.json',
    bytes: new Uint8Array(),
    text,
    outcome: 'refuse',
    kinds: ['size'],
    message: /larger than 50 MB/,
    nodeOnly: true,
  };
}

function emptyFiles(): HostileFile[] {
  const empty = /the file is empty/;
  return [
    file('empty-json', 'empty.json', '', 'refuse', ['empty'], empty),
    file('whitespace-csv', 'whitespace.csv', ' \n\t \r\n  ', 'refuse', ['empty'], empty),
    file('bom-only-graphml', 'bom.graphml', new Uint8Array([0xef, 0xbb, 0xbf]), 'refuse', ['empty'], empty),
    file(
      'bom-space-gexf',
      'bom-space.gexf',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a, 0xc2, 0xa0]),
      'refuse',
      ['empty'],
      empty,
    ),
  ];
}

function notGraphFiles(): HostileFile[] {
  return [
    file('hello-json', 'hello.json', '{"hello": 1}', 'refuse', ['not-graph'], /"nodes" is missing/),
    file('numbers-json', 'numbers.json', '[1, 2, 3]', 'refuse', ['not-graph'], /has no "data" object/),
    file('string-json', 'string.json', '"str"', 'refuse', ['not-graph'], /not an object/),
    file('null-json', 'null.json', 'null', 'refuse', ['not-graph'], /not an object/),
    file(
      'nodes-object',
      'nodes-object.json',
      '{"nodes": {"a": {}}, "edges": {}}',
      'refuse',
      ['not-graph'],
      /"nodes" is not an array/,
    ),
    file(
      'prose-txt',
      'prose.txt',
      'Dear reader\nThis is a letter and not a graph.\n',
      'refuse',
      ['not-graph'],
      /single column/,
    ),
  ];
}

function duplicateFiles(): HostileFile[] {
  const repeated = /more than once|repeated/;
  return [
    file(
      'dups-json',
      'dups.json',
      '{"nodes": [{"key": "a", "attributes": {"label": "First"}}, {"key": "a", "attributes": {"label": "Second", "extra": 1}}, {"key": "b"}], "edges": [{"key": "e", "source": "a", "target": "b"}, {"key": "e", "source": "b", "target": "a"}]}',
      'load',
      ['duplicates'],
      repeated,
    ),
    file(
      'dups-cyjs',
      'dups.cyjs',
      '[{"data": {"id": "a"}}, {"data": {"id": "a"}}, {"data": {"id": "e", "source": "a", "target": "a"}}, {"data": {"id": "e", "source": "a", "target": "a"}}]',
      'load',
      ['duplicates', 'self-loop'],
      repeated,
    ),
    file(
      'dups-graphml',
      'dups.graphml',
      '<graphml><graph edgedefault="undirected"><node id="a"/><node id="a"/><node id="b"/><edge id="e" source="a" target="b"/><edge id="e" source="a" target="b"/></graph></graphml>',
      'load',
      ['duplicates'],
      repeated,
    ),
    file(
      'dups-gexf',
      'dups.gexf',
      `<gexf version="1.3"><graph><nodes>${'<node id="a" label="A"/>'.repeat(2000)}<node id="b"/></nodes><edges><edge id="e" source="a" target="b"/><edge id="e" source="b" target="a"/></edges></graph></gexf>`,
      'load',
      ['duplicates'],
      repeated,
    ),
    file('dups-csv', 'dups.csv', 'id,source,target\ne,a,b\ne,a,b\ne,b,a\n', 'load', ['duplicates'], repeated),
    file('dups-native', 'dups-native.json', protoNative('b', ''), 'refuse', ['duplicates'], /Duplicate node key "b"/),
  ];
}

function selfLoopFiles(): HostileFile[] {
  return [
    file(
      'loops-json',
      'loops.json',
      '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "a"}, {"source": "a", "target": "a", "undirected": true}]}',
      'load',
      ['self-loop'],
    ),
    file(
      'loops-graphml',
      'loops.graphml',
      '<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="a"/><edge source="a" target="a" directed="false"/></graph></graphml>',
      'load',
      ['self-loop'],
    ),
    file(
      'loops-gexf',
      'loops.gexf',
      '<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a"/></nodes><edges><edge source="a" target="a"/><edge source="a" target="a"/></edges></graph></gexf>',
      'load',
      ['self-loop'],
    ),
    file('loops-csv', 'loops.csv', 'source,target\na,a\na,a\n', 'load', ['self-loop']),
  ];
}

function coordinateFiles(): HostileFile[] {
  const kept = /"x" that is not of the expected type/;
  return [
    file(
      'nan-json',
      'nan.json',
      '{"nodes": [{"key": "a", "attributes": {"x": 1e999, "y": -1e999}}, {"key": "b", "attributes": {"x": "NaN", "y": "Infinity", "size": 1e999}}], "edges": [{"source": "a", "target": "b"}]}',
      'load',
      ['coordinates'],
      kept,
    ),
    file(
      'nan-cyjs',
      'nan.cyjs',
      '[{"data": {"id": "a"}, "position": {"x": 1e999, "y": -1e999}}, {"data": {"id": "b", "x": "NaN"}, "position": {"x": "NaN", "y": "Infinity"}}]',
      'load',
      ['coordinates'],
      kept,
    ),
    file('nan-csv', 'nan.csv', 'id,label,x,y\na,A,NaN,Infinity\nb,B,-Infinity,1e999\n', 'load', ['coordinates'], kept),
    file(
      'nan-graphml',
      'nan.graphml',
      '<graphml><key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/><graph edgedefault="directed"><node id="a"><data key="x">NaN</data><data key="y">Infinity</data></node><node id="b"><data key="x">1e999</data><data key="y">-INF</data></node><edge source="a" target="b"/></graph></graphml>',
      'load',
      ['coordinates'],
      kept,
    ),
    file(
      'nan-gexf',
      'nan.gexf',
      '<gexf xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes><node id="a"><viz:position x="NaN" y="Infinity"/><viz:size value="NaN"/></node><node id="b"><viz:position x="1e999" y="-1e999"/></node></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
      'load',
      ['coordinates'],
      kept,
    ),
    file(
      'nan-native',
      'nan-native.json',
      protoNative('a', ', "x": 1e999, "y": 0'),
      'refuse',
      ['coordinates'],
      /Invalid x/,
    ),
  ];
}

/** Every crafted file, generated afresh (a few MB in all). */
export function makeHostileFiles(): HostileFile[] {
  return [
    ...markupFiles(),
    ...protoFiles(),
    ...xmlFiles(),
    ...deepFiles(),
    ...byteFiles(),
    ...sizeFiles(),
    ...emptyFiles(),
    ...notGraphFiles(),
    ...duplicateFiles(),
    ...selfLoopFiles(),
    ...coordinateFiles(),
  ];
}
