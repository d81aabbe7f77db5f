// Web Worker entry: runs loadDataset off the main thread and posts back the serialised graph or the error's parts.

import * as xmldom from '@xmldom/xmldom';
import { ColumnChoiceNeeded } from './column-choice-needed';
import { loadDataset } from './load-dataset';
import { errorToWire, type LoadReply, type LoadRequest } from './load-protocol';
import { serveCalls } from './serve-calls';
import { serialiseGraph } from './write-native';
import { createXmldomParser, setXmlParser } from './xml-parser';

// Workers have no DOMParser: xmldom here, bundled in this chunk only. See docs/design-choices.md#xml-parsers.
setXmlParser(createXmldomParser(xmldom));

serveCalls<LoadRequest, string, LoadReply>(
  ({ files, options }, progress) => {
    progress('parsing');
    const result = loadDataset(files, options);
    return {
      // Not graph.export(): it drops attributes named "__proto__" (see serialiseGraph).
      // As JSON text, not a structured clone. See docs/design-choices.md#workers.
      graphJson: JSON.stringify(serialiseGraph(result.graph)),
      format: result.format,
      formatLabel: result.formatLabel,
      warnings: result.warnings,
      name: result.name,
    };
  },
  (error) => errorToWire(error, ColumnChoiceNeeded),
);
