// The worker's side of call-worker.ts: answers each numbered request with progress, then its result or its error.

import type { CallReply, CallRequest } from './call-worker';

/** Turns a request's body into its result; `progress` sends reports before the result. */
export type CallHandler<Q, P, W> = (body: Q, progress: (report: P) => void) => W | Promise<W>;

/** The worker's global scope, as far as answering calls needs it. */
interface Scope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

/**
 * Answers calls in this worker with `handle`. An error it throws goes back as data (`toWire`), so the page can tell
 * a bad input from a crashed worker; an error thrown outside a handler still reaches the page as `error`.
 */
export function serveCalls<Q, P, W>(
  handle: CallHandler<Q, P, W>,
  toWire: (error: unknown) => unknown = (error) => (error instanceof Error ? error.message : String(error)),
  scope: Scope = self as unknown as Scope,
): void {
  const send = (reply: CallReply<P, W>) => scope.postMessage(reply);
  scope.onmessage = async (event: MessageEvent<CallRequest<Q>>) => {
    const { id, body } = event.data;
    try {
      const result = await handle(body, (progress) => send({ id, type: 'progress', progress }));
      send({ id, type: 'done', result });
    } catch (error) {
      send({ id, type: 'error', error: toWire(error) });
    }
  };
}
