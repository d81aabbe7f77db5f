// Which DOMParser the XML formats use: the browser's own, xmldom under Node, or one the caller injects (a Web Worker).

import { DatasetError } from '../model/dataset-error';

/** An XML parser as the GEXF and GraphML readers need it: a parse that reports errors, plus the classes graphology checks. */
export interface XmlParser {
  /** Parses text; reports the first well-formedness error as text instead of throwing. */
  parse(text: string): { document: Document; error?: string };
  /** The DOMParser class graphology's parser factories are built with. */
  readonly DOMParser: unknown;
  /** The Document class graphology's parsers check documents against with instanceof. */
  readonly Document: unknown;
}

/** The parts of @xmldom/xmldom this module uses. */
export interface XmldomModule {
  DOMParser: new (options?: {
    locator?: object;
    errorHandler?: Record<'warning' | 'error' | 'fatalError', (message: string) => void>;
  }) => { parseFromString(text: string, type: string): unknown };
}

/** An XmlParser over xmldom: every warning, error and fatal error counts, as a browser would refuse such XML. */
export function createXmldomParser(xmldom: XmldomModule): XmlParser {
  const probe = new xmldom.DOMParser().parseFromString('<t/>', 'application/xml') as { constructor: unknown };
  return {
    DOMParser: xmldom.DOMParser,
    Document: probe.constructor,
    parse(text) {
      const errors: string[] = [];
      const report = (message: string) => errors.push(message);
      const options = { locator: {}, errorHandler: { warning: report, error: report, fatalError: report } };
      try {
        const document = new xmldom.DOMParser(options).parseFromString(text, 'application/xml') as Document;
        return { document, error: errors[0] };
      } catch (error) {
        return { document: probe as unknown as Document, error: errors[0] ?? String(error) };
      }
    },
  };
}

/** An XmlParser over the browser's DOMParser, which signals errors with a <parsererror> element. */
function createBrowserParser(): XmlParser {
  return {
    DOMParser: globalThis.DOMParser,
    Document: globalThis.Document,
    parse(text) {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const failure = document.getElementsByTagName('parsererror')[0];
      return { document, error: failure ? (failure.textContent ?? 'parsererror') : undefined };
    },
  };
}

/** xmldom, loaded synchronously where Node gives a require; undefined in browsers and workers. */
function loadNodeParser(): XmlParser | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const moduleApi = node?.getBuiltinModule?.('node:module') as
    | { createRequire(from: string): (id: string) => unknown }
    | undefined;
  if (!moduleApi) return undefined;
  // Through Node's require at run time, so bundlers never see xmldom and the browser build stays without it.
  return createXmldomParser(moduleApi.createRequire(import.meta.url)('@xmldom/xmldom') as XmldomModule);
}

let injected: XmlParser | undefined;
let detected: XmlParser | undefined;

/** Makes the XML formats use this parser (pass undefined to go back to the environment's own). */
export function setXmlParser(parser: XmlParser | undefined): void {
  injected = parser;
}

/** The XML parser in use: an injected one, else the browser's DOMParser, else xmldom under Node. */
export function xmlParser(): XmlParser {
  if (injected) return injected;
  if (!detected) {
    detected = typeof globalThis.DOMParser === 'function' ? createBrowserParser() : loadNodeParser();
  }
  if (detected) return detected;
  throw new DatasetError({
    what: 'this environment has no XML parser, so GEXF and GraphML cannot be read here',
    fix: 'Open the file in the main window, or call setXmlParser(createXmldomParser(xmldom)) before loading (as in a Web Worker).',
  });
}
