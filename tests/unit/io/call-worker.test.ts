// The worker-calling helper against a fake Worker wired to the real serveCalls: ids, progress, cancel, failures.
import { describe, expect, it } from 'vitest';
import { CallCancelled, createWorkerClient, WorkerFailed, type WorkerLike } from '../../../src/io/call-worker';
import { type CallHandler, serveCalls } from '../../../src/io/serve-calls';

/** A Worker stand-in: messages cross as in a browser (later, as a task), and the test can make it fail. */
class FakeWorker implements WorkerLike {
  readonly listeners = new Map<string, ((event: Event) => void)[]>();
  readonly received: unknown[] = [];
  terminated = false;
  /** The worker side's global scope, as serveCalls sees it. */
  readonly scope = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (data: unknown) => setTimeout(() => !this.terminated && this.emit('message', { data })),
  };
  postMessage(message: unknown): void {
    this.received.push(message);
    setTimeout(() => !this.terminated && this.scope.onmessage?.({ data: message } as MessageEvent));
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, init: Record<string, unknown> = {}): void {
    const event = { type, preventDefault() {}, ...init } as unknown as Event;
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** A client whose workers run `handle`; `workers` lists every worker it started. */
function setUp<Q, P, W>(handle: CallHandler<Q, P, W>) {
  const workers: FakeWorker[] = [];
  const client = createWorkerClient<Q, P, W>({
    name: 'The test worker',
    create: () => {
      const worker = new FakeWorker();
      serveCalls(handle, (error) => (error instanceof Error ? error.message : String(error)), worker.scope);
      workers.push(worker);
      return worker;
    },
    fromWire: (error) => new Error(`from the worker: ${String(error)}`),
  });
  return { client, workers };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWorkerClient', () => {
  it('answers each call with its own result, in one worker started on first use', async () => {
    const { client, workers } = setUp((n: number) => n * 2);
    expect(workers).toHaveLength(0);
    await expect(Promise.all([client.call(1), client.call(20), client.call(300)])).resolves.toEqual([2, 40, 600]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((m) => (m as { id: number }).id)).toEqual([1, 2, 3]);
  });

  it('passes progress reports to the call that asked, before its result', async () => {
    const { client } = setUp((steps: number, progress: (n: number) => void) => {
      for (let i = 1; i <= steps; i++) progress(i);
      return 'done';
    });
    const heard: number[] = [];
    const other: number[] = [];
    const [result] = await Promise.all([
      client.call(3, { onProgress: (n) => heard.push(n) }),
      client.call(1, { onProgress: (n) => other.push(n) }),
    ]);
    expect(result).toBe('done');
    expect(heard).toEqual([1, 2, 3]);
    expect(other).toEqual([1]);
  });

  it('rejects with the error the handler threw, rebuilt by fromWire, and keeps the worker', async () => {
    const { client, workers } = setUp((n: number) => {
      if (n < 0) throw new Error('negative');
      return n;
    });
    await expect(client.call(-1)).rejects.toThrow('from the worker: negative');
    await expect(client.call(5)).resolves.toBe(5);
    expect(workers).toHaveLength(1);
  });

  it('cancels through the signal: the worker is stopped and the other calls finish on a fresh one', async () => {
    const { client, workers } = setUp((n: number) => n + 1);
    const controller = new AbortController();
    const cancelled = client.call(1, { signal: controller.signal });
    const kept = client.call(10);
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(CallCancelled);
    await expect(kept).resolves.toBe(11);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.received).toEqual([{ id: 2, body: 10 }]);
  });

  it('rejects at once when the signal was already aborted, without starting a worker', async () => {
    const { client, workers } = setUp((n: number) => n);
    const controller = new AbortController();
    controller.abort();
    await expect(client.call(1, { signal: controller.signal })).rejects.toBeInstanceOf(CallCancelled);
    expect(workers).toHaveLength(0);
  });

  it('fails every pending call when the worker fires error, and starts a fresh worker for the next call', async () => {
    const { client, workers } = setUp((n: number) => n);
    const first = client.call(1);
    const second = client.call(2);
    workers[0]?.emit('error', { message: 'Uncaught TypeError: boom' });
    const failure = await first.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerFailed);
    expect((failure as WorkerFailed).message).toBe(
      'The test worker stopped unexpectedly (it threw: Uncaught TypeError: boom)',
    );
    await expect(second).rejects.toBeInstanceOf(WorkerFailed);
    expect(workers[0]?.terminated).toBe(true);
    await expect(client.call(3)).resolves.toBe(3);
    expect(workers).toHaveLength(2);
  });

  it('says the worker could not start when error carries no message (a script that failed to load)', async () => {
    const { client, workers } = setUp((n: number) => n);
    const call = client.call(1);
    workers[0]?.emit('error');
    await expect(call).rejects.toThrow('could not start');
  });

  it('fails pending calls on messageerror and on a reply outside the protocol', async () => {
    const { client, workers } = setUp((n: number) => n);
    const unreadable = client.call(1);
    workers[0]?.emit('messageerror');
    await expect(unreadable).rejects.toThrow('sent a message that could not be read');
    const garbled = client.call(2);
    await tick();
    workers[1]?.emit('message', { data: 'garbage' });
    await expect(garbled).rejects.toThrow('sent a message the page cannot use');
  });

  it('ignores what a stopped worker still sends', async () => {
    const { client, workers } = setUp((n: number) => n);
    const call = client.call(1);
    workers[0]?.emit('error');
    await expect(call).rejects.toBeInstanceOf(WorkerFailed);
    workers[0]?.emit('message', { data: { id: 1, type: 'done', result: 99 } });
    workers[0]?.emit('message', { data: 'garbage' });
    await expect(client.call(2)).resolves.toBe(2);
  });

  it('terminate stops the worker and rejects what is pending as cancelled', async () => {
    const { client, workers } = setUp((n: number) => n);
    const call = client.call(1);
    client.terminate();
    await expect(call).rejects.toBeInstanceOf(CallCancelled);
    expect(workers[0]?.terminated).toBe(true);
  });
});
