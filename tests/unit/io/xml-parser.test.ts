// The XML layer: browser parsers' error texts (Chromium, Firefox) placed at a line and column, and parser injection.

import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load-dataset';
import { parseGexf } from '../../../src/io/parse-gexf';
import { setXmlParser, type XmlParser, xmlParser } from '../../../src/io/xml-parser';
import { DatasetError } from '../../../src/model/dataset-error';

/** A parser that fails like a browser: Document from xmldom, error text as the browser's <parsererror> says it. */
function failingParser(message: string): XmlParser {
  const real = xmlParser();
  return { ...real, parse: (text) => ({ document: real.parse(text).document, error: message }) };
}

const BROWSER_MESSAGES: [engine: string, message: string, what: RegExp][] = [
  [
    'Chromium',
    'This page contains the following errors:error on line 5 at column 17: Opening and ending tag mismatch: node line 0 and nod\nBelow is a rendering of the page up to the first error.',
    /not well-formed: Opening and ending tag mismatch: node line 0 and nod$/,
  ],
  [
    'Firefox',
    'XML Parsing Error: mismatched tag. Expected: </node>.\nLocation: file:///graph.graphml\nLine Number 5, Column 17:',
    /not well-formed: XML Parsing Error: mismatched tag/,
  ],
];

describe('XML errors from browser parsers', () => {
  afterEach(() => setXmlParser(undefined));

  it.each(BROWSER_MESSAGES)('%s', (_engine, message, what) => {
    setXmlParser(failingParser(message));
    try {
      loadDataset([{ name: 'g.graphml', text: '<graphml><graph/></graphml>' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).where).toEqual({ line: 5, column: 17 });
      expect((error as DatasetError).what).toMatch(what);
    }
  });

  it('uses an injected parser (as a Web Worker must) and goes back to the default', () => {
    setXmlParser(failingParser('boom'));
    expect(() => loadDataset([{ name: 'g.gexf', text: '<gexf><graph/></gexf>' }])).toThrow(/boom/);
    setXmlParser(undefined);
    expect(loadDataset([{ name: 'g.gexf', text: '<gexf><graph/></gexf>' }]).graph.order).toBe(0);
  });

  it('checks the root element', () => {
    expect(() => parseGexf('<graphml/>')).toThrow(/root element is <graphml>, not <gexf>/);
    expect(() => parseGexf('<?xml version="1.0"?>')).toThrow(/XML is not well-formed|no root element/);
  });
});
