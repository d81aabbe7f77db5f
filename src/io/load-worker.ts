// Web Worker entry: runs loadDataset off the main thread and posts back the serialised graph or the error's parts.

import * as xmldom from '@xmldom/xmldom';
import { ColumnChoiceNeeded } from './column-choice-needed';
import { loadDataset } from './load-dataset';
import type { WorkerReply, WorkerRequest } from './load-protocol';
import { errorToWire } from './load-protocol';
import { serialiseGraph } from './write-native';
import { createXmldomParser, setXmlParser } from './xml-parser';

// Workers have no DOMParser: xmldom here, bundled in this chunk only. See docs/design-choices.md#xml-parsers.
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
      // As JSON text, not a structured clone. See docs/design-choices.md#workers.
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
