// Types for graphology-gexf's parser factory, which the package ships without declarations.

declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';

  /** graphology-gexf's parse, bound to one DOMParser and Document implementation. */
  export type GexfParse = (
    graph: typeof Graph,
    source: string | Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean },
  ) => Graph;

  /** Builds a GEXF parse function over the given DOMParser and Document classes. */
  export default function createParserFunction(domParser: unknown, document: unknown): GexfParse;
}

declare module 'graphology-gexf/common/helpers.js' {
  /** An <attvalue>'s text as its declared GEXF type: numbers, booleans, lists; other types stay text. */
  export function parseValue(type: string, text: string): unknown;
}
