// Drafting off the main thread: a worker per draft, its progress, and Cancel, which stops it.

import type { Draft, DraftSource, KnownActor } from '../draft/draft-types';
import { createWorkerClient } from '../io/call-worker';
import type { ActorGraph } from '../model/actor-graph';
import type { DraftRequest } from './draft-worker';

/** The actors of a graph as drafting matches them ("Same as"): key, label and aliases. */
export function knownActors(graph: ActorGraph | undefined): KnownActor[] {
  if (!graph) return [];
  return graph.mapNodes((key, attrs) => ({
    key,
    label: typeof attrs.label === 'string' ? attrs.label : key,
    aliases: Array.isArray(attrs.aliases) ? attrs.aliases.filter((a): a is string => typeof a === 'string') : [],
  }));
}

/**
 * Drafts in a fresh worker, reporting progress in percent; aborting `signal` terminates the worker (the
 * drafter cannot be interrupted inside, and a worker is cheap to start again: about 60 ms). Rejects on failure.
 */
export async function draftInWorker(
  text: string,
  source: DraftSource,
  known: KnownActor[],
  onProgress: (percent: number) => void,
  signal: AbortSignal,
): Promise<Draft> {
  const client = createWorkerClient<DraftRequest, number, Draft>({
    name: 'The drafting worker',
    create: () => new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' }),
  });
  try {
    return await client.call({ text, source, known }, { onProgress, signal });
  } finally {
    client.terminate();
  }
}
