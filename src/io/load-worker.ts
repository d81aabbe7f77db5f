// Web Worker entry: runs loadDataset off the main thread and posts back the serialised graph or the error's parts.

import * as xmldom from '@xmldom/xmldom';
import { ColumnChoiceNeeded } from './column-choice-needed';
import { loadDataset } from './load-dataset';
import type { WorkerReply, WorkerRequest } from './load-protocol';
import { errorToWire } from './load-protocol';
import { serialiseGraph } from './write-native';
import { createXmldomParser, setXmlParser } from './xml-parser';

// Workers have no DOMParser: GEXF and GraphML are parsed with xmldom here, which only this chunk bundles.
setXmlParser(createXmldomParser(xmldom));

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = (event) => {
  const { id, files, options } = event.data;
  scope.postMessage({ id, type: 'progress', phase: 'parsing' });
  try {
    const result = loadDataset(files, options);
    scope.postMessage({
      id,
      type: 'done',
      // Not graph.export(): it drops attributes named "__proto__" (see serialiseGraph).
      // As JSON text: structured cloning the nested export costs several times more than stringify plus parse.
      graphJson: JSON.stringify(serialiseGraph(result.graph)),
      format: result.format,
      formatLabel: result.formatLabel,
      warnings: result.warnings,
      name: result.name,
    });
  } catch (error) {
    scope.postMessage({ id, type: 'error', error: errorToWire(error, ColumnChoiceNeeded) });
  }
};
