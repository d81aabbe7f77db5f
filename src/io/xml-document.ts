// XML text to a DOM document, safely: entity declarations refused, parser errors placed, the root element checked.

import { DatasetError } from '../model/dataset-error';
import { xmlParser } from './xml-parser';

/** The local name of an XML text's root element, skipping the prolog, comments and doctype; undefined if none. */
export function xmlRootName(text: string): string | undefined {
  let rest = text.slice(0, 65536).trimStart();
  for (let step = 0; step < 100; step += 1) {
    if (rest.startsWith('<?')) rest = rest.slice(rest.indexOf('?>') + 2);
    else if (rest.startsWith('<!--')) rest = rest.slice(rest.indexOf('-->') + 3);
    else if (/^<!DOCTYPE/i.test(rest)) {
      const subset = rest.indexOf('[');
      const close = rest.indexOf('>');
      const end = subset !== -1 && subset < close ? rest.indexOf('>', rest.indexOf(']', subset)) : close;
      rest = rest.slice(end + 1);
    } else break;
    rest = rest.trimStart();
  }
  return /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest)?.[1];
}

/** The line and column an XML parser's message gives (xmldom, Chromium and Firefox word it differently). */
function placeOf(message: string): { line: number; column: number } | undefined {
  const match = /line(?: number)?[\s:]*(\d+)\D{1,12}col(?:umn)?[\s:]*(\d+)/i.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** xmldom's words where they mislead: it reports a mismatched end tag as an "unclosed xml attribute". */
const PLAINER: Record<string, string> = {
  'unclosed xml attribute': 'a tag here is not closed, or its end tag does not match',
};

/** The parser's own words, without the boilerplate around them. */
function cleanMessage(message: string): string {
  const words = message
    .replace(/\[xmldom \w+\]\s*/g, '')
    .replace(/@#\[line:.*?\]/g, '')
    .replace(/This page contains the following errors:|Below is a rendering of the page up to the first error\./g, '')
    .replace(/error on line \d+ at column \d+:\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return PLAINER[words] ?? words;
}

/** Parses XML text into a document whose root element has the expected local name, or throws a DatasetError. */
export function parseXmlDocument(text: string, expectedRoot: string): Document {
  if (/<!ENTITY/i.test(text)) {
    // Entities can expand a few bytes into gigabytes ("billion laughs") or pull in other files: never expand them.
    throw new DatasetError({
      what: 'the file declares XML entities in a DOCTYPE, which Backchannel refuses to expand',
      fix: 'Remove the <!DOCTYPE ...> block and write the entity texts out, or export the file again without a DTD.',
    });
  }
  const { document, error } = xmlParser().parse(text);
  if (error !== undefined) {
    throw new DatasetError({
      where: placeOf(error),
      what: `the XML is not well-formed: ${cleanMessage(error) || 'the parser gave no reason'}`,
      fix: 'Fix the XML there (a mismatched or unclosed tag, an unescaped "&" or "<" is the usual cause), or export the file again.',
    });
  }
  const root = document.documentElement;
  const name = root ? (root.localName ?? root.nodeName) : undefined;
  if (name !== expectedRoot) {
    throw new DatasetError({
      what: name ? `the root element is <${name}>, not <${expectedRoot}>` : 'the file has no root element',
      fix: `Check that this is a ${expectedRoot === 'gexf' ? 'GEXF' : 'GraphML'} file; its content must sit inside <${expectedRoot}>...</${expectedRoot}>.`,
    });
  }
  return document;
}

/** The line an element starts on, where the parser records one (xmldom does; browsers do not). */
export function elementLine(element: Element): number | undefined {
  const line = (element as Element & { lineNumber?: unknown }).lineNumber;
  return typeof line === 'number' ? line : undefined;
}
