// Loads datasets in a Web Worker so parsing a large file never freezes the page; same loader, same errors.

import { createActorGraph } from '../model/actor-graph';
import { type CallOptions, createWorkerClient } from './call-worker';
import type { LoadResult } from './load-dataset';
import { type LoadReply, type LoadRequest, type WireError, wireToError } from './load-protocol';
import type { InputFile, LoadOptions } from './load-types';

/** Opens files off the main thread; `terminate` stops its worker (a parse under way included). */
export interface WorkerLoader {
  /**
   * Loads files; `onProgress` hears the phases, and aborting `signal` stops a parse under way. Rejects with the
   * file's DatasetError, with WorkerFailed when the worker itself stopped, or with CallCancelled.
   */
  load(files: InputFile[], options?: LoadOptions, call?: CallOptions<string>): Promise<LoadResult>;
  terminate(): void;
}

/** A loader with its own worker, started on first use; without module workers it parses on the main thread. */
export function createWorkerLoader(): WorkerLoader {
  // Without workers the parsers load on the main thread, on demand, so the first screen never carries them.
  if (typeof Worker === 'undefined') {
    return {
      load: (files, options = {}) => import('./load-dataset').then(({ loadDataset }) => loadDataset(files, options)),
      terminate: () => {},
    };
  }
  const client = createWorkerClient<LoadRequest, string, LoadResult, LoadReply>({
    name: 'The file reader',
    create: () => new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' }),
    fromWire: (error) => wireToError(error as WireError),
    // Built as the reply arrives (one task with the message), as before; a "building" phase was never painted.
    decode: (reply) => {
      const graph = createActorGraph();
      graph.import(JSON.parse(reply.graphJson));
      const { format, formatLabel, warnings, name } = reply;
      return { graph, format, formatLabel, warnings, name };
    },
  });
  return {
    load: (files, options = {}, call = {}) => client.call({ files, options }, call),
    terminate: () => client.terminate(),
  };
}
