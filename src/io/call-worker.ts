// Calls a Web Worker: numbered requests, progress, cancel through an AbortSignal, and a failed worker reported.

/** A request as it crosses to the worker: its number and what to do. */
export interface CallRequest<Q> {
  id: number;
  body: Q;
}

/** What a worker answers for a request: progress, the result, or an error as plain data. */
export type CallReply<P, W> =
  | { id: number; type: 'progress'; progress: P }
  | { id: number; type: 'done'; result: W }
  | { id: number; type: 'error'; error: unknown };

/** The worker itself stopped (it threw, could not start, or sent what cannot be read); every call it held fails. */
export class WorkerFailed extends Error {
  override name = 'WorkerFailed';
  constructor(
    /** What the worker does, for messages ("the file reader"). */
    readonly worker: string,
    /** What went wrong, in a few words. */
    readonly reason: string,
  ) {
    super(`${worker} stopped unexpectedly (${reason})`);
  }
}

/** A call given up through its AbortSignal; callers usually ignore it. */
export class CallCancelled extends Error {
  override name = 'AbortError';
  constructor() {
    super('the call was cancelled');
  }
}

/** The part of a Worker the client uses, so unit tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
  terminate(): void;
}

/** How to start the worker and how to read its answers. */
export interface WorkerClientOptions<W, R> {
  /** What the worker does, named for people ("the file reader"). */
  name: string;
  /** Starts a worker; called on first use and again after a failure or a cancel. */
  create: () => WorkerLike;
  /** Turns the result as sent into the result callers get; runs as the reply arrives. */
  decode?: (result: W) => R;
  /** Rebuilds an error the worker sent as data. */
  fromWire?: (error: unknown) => Error;
}

/** What one call may hear and how it may be cancelled. */
export interface CallOptions<P> {
  onProgress?: (progress: P) => void;
  signal?: AbortSignal;
}

/** A worker behind numbered calls; `terminate` stops it and fails what is pending. */
export interface WorkerClient<Q, P, R> {
  call(body: Q, options?: CallOptions<P>): Promise<R>;
  terminate(): void;
}

interface Pending<Q, P, R> {
  body: Q;
  onProgress: (progress: P) => void;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

const REPLY_TYPES = new Set(['progress', 'done', 'error']);

/** Whether a message has the shape of a reply; anything else means the worker is not speaking our protocol. */
function isReply(data: unknown): data is CallReply<unknown, unknown> {
  if (typeof data !== 'object' || data === null) return false;
  const { id, type } = data as { id?: unknown; type?: unknown };
  return typeof id === 'number' && typeof type === 'string' && REPLY_TYPES.has(type);
}

/** Why a worker's `error` event fired, in words: its message when it threw, else that it could not start. */
function describeError(event: Event): string {
  const message = (event as ErrorEvent).message;
  return message ? `it threw: ${message}` : 'it could not start or was stopped by the browser';
}

/**
 * Creates a client for a worker started lazily by `options.create`. One closure of about 90 lines, because the
 * worker, its pending calls and the failure that ends them all share state that no caller may see or split.
 */
export function createWorkerClient<Q, P, R, W = R>(options: WorkerClientOptions<W, R>): WorkerClient<Q, P, R> {
  const decode = options.decode ?? ((result: W) => result as unknown as R);
  const fromWire = options.fromWire ?? ((error: unknown) => new Error(String(error)));
  const pending = new Map<number, Pending<Q, P, R>>();
  let worker: WorkerLike | null = null;
  let nextId = 1;

  /** Stops the worker and rejects every call it held with `error`. */
  const stop = (error: () => Error) => {
    worker?.terminate();
    worker = null;
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(error());
  };

  const onReply = (from: WorkerLike, data: unknown) => {
    if (from !== worker) return; // a stopped worker's last words
    if (!isReply(data)) return stop(() => new WorkerFailed(options.name, 'it sent a message the page cannot use'));
    const call = pending.get(data.id);
    if (!call) return;
    if (data.type === 'progress') return call.onProgress(data.progress as P);
    pending.delete(data.id);
    if (data.type === 'error') return call.reject(fromWire(data.error));
    try {
      call.resolve(decode(data.result as W));
    } catch (error) {
      call.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const start = (): WorkerLike => {
    const started = options.create();
    started.addEventListener('message', (event) => onReply(started, (event as MessageEvent).data));
    started.addEventListener('error', (event) => {
      event.preventDefault(); // handled here: the call's caller reports it
      if (started === worker) stop(() => new WorkerFailed(options.name, describeError(event)));
    });
    started.addEventListener('messageerror', () => {
      if (started === worker) stop(() => new WorkerFailed(options.name, 'it sent a message that could not be read'));
    });
    return started;
  };

  const post = (id: number, body: Q) => {
    worker ??= start();
    const request: CallRequest<Q> = { id, body };
    worker.postMessage(request);
  };

  /** A worker works on one request at a time: stopping it is the only way to stop a running one. */
  const cancel = (id: number) => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    worker?.terminate();
    worker = null;
    call.reject(new CallCancelled());
    // The other calls it held start again, in order, on a fresh worker.
    for (const [other, { body }] of pending) post(other, body);
  };

  return {
    call(body, { onProgress = () => {}, signal } = {}) {
      if (signal?.aborted) return Promise.reject(new CallCancelled());
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        const abort = () => cancel(id);
        const settle = () => signal?.removeEventListener('abort', abort);
        pending.set(id, {
          body,
          onProgress,
          resolve: (result) => {
            settle();
            resolve(result);
          },
          reject: (error) => {
            settle();
            reject(error);
          },
        });
        signal?.addEventListener('abort', abort);
        post(id, body);
      });
    },
    terminate: () => stop(() => new CallCancelled()),
  };
}
