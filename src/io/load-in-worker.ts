// Loads datasets in a Web Worker so parsing a large file never freezes the page; same loader, same errors.

import { createActorGraph } from '../model/actor-graph';
import type { DatasetError } from '../model/dataset-error';
import type { LoadResult } from './load-dataset';
import { type WorkerReply, type WorkerRequest, wireToError } from './load-protocol';
import type { InputFile, LoadOptions } from './load-types';

let worker: Worker | undefined;
let nextId = 1;

/** The shared worker, started on first use; null where the platform has no module workers. */
function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  worker ??= new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Loads files off the main thread; `onProgress` hears the phases. Falls back to the main thread without workers. */
export function loadInWorker(
  files: InputFile[],
  options: LoadOptions = {},
  onProgress: (phase: string) => void = () => {},
): Promise<LoadResult> {
  const target = getWorker();
  // Without workers the parsers load on the main thread, on demand, so the first screen never carries them.
  if (!target) return import('./load-dataset').then(({ loadDataset }) => loadDataset(files, options));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') return onProgress(reply.phase);
      target.removeEventListener('message', onMessage);
      if (reply.type === 'error') return reject(wireToError(reply.error) as DatasetError);
      onProgress('building');
      const graph = createActorGraph();
      graph.import(JSON.parse(reply.graphJson));
      resolve({
        graph,
        format: reply.format,
        formatLabel: reply.formatLabel,
        warnings: reply.warnings,
        name: reply.name,
      });
    };
    target.addEventListener('message', onMessage);
    const request: WorkerRequest = { id, files, options };
    target.postMessage(request);
  });
}
