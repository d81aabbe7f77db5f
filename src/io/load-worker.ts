// Web Worker entry: runs loadDataset off the main thread and posts back the serialised graph or the error's parts.

import * as xmldom from '@xmldom/xmldom';
import { ColumnChoiceNeeded } from './column-choice-needed';
import { loadDataset } from './load-dataset';
import { errorToWire, type LoadReply, type LoadRequest } from './load-protocol';
import { serveCalls } from './serve-calls';
import { serialiseGraph } from './write-native';
import { createXmldomParser, setXmlParser } from './xml-parser';

// Workers have no DOMParser: GEXF and GraphML are parsed with xmldom here, which only this chunk bundles.
setXmlParser(createXmldomParser(xmldom));

serveCalls<LoadRequest, string, LoadReply>(
  ({ files, options }, progress) => {
    progress('parsing');
    const result = loadDataset(files, options);
    return {
      // Not graph.export(): it drops attributes named "__proto__" (see serialiseGraph).
      // As JSON text: structured cloning the nested export costs several times more than stringify plus parse.
      graphJson: JSON.stringify(serialiseGraph(result.graph)),
      format: result.format,
      formatLabel: result.formatLabel,
      warnings: result.warnings,
      name: result.name,
    };
  },
  (error) => errorToWire(error, ColumnChoiceNeeded),
);
