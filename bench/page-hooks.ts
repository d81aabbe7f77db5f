// Timing hooks injected into every benchmarked page before its own scripts: the same clock and marks for all three.

import type { BenchState, ClickRecord } from './protocol';

/**
 * Installs `window.__bench`. Self-contained on purpose: run.ts passes its source to `page.addInitScript`, so it may
 * use nothing from outside its own body. On the app it observes without touching app code: it wraps `fetch`, the
 * loading Worker's messages and watches `#canvas[data-state]`.
 */
export function installBenchHooks(): void {
  if (window.__bench) return;
  const now = () => performance.now();
  // The runner's binding, when present: each mark and long task reaches Node at once, even if the page then blocks.
  const notify = (kind: string, name: string, a: number, b = 0) => {
    const send = (window as unknown as { __benchNotify?: (...args: unknown[]) => unknown }).__benchNotify;
    if (send) void Promise.resolve(send(kind, name, a, b)).catch(() => {});
  };
  // The end of the next rendered frame: a rAF callback runs before paint, a message posted from it runs after.
  const afterFrame = (done: (time: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(0);
    });
  const bench: BenchState = {
    marks: {},
    longTasks: [],
    frames: [],
    recording: false,
    mark(name) {
      if (bench.marks[name] !== undefined) return;
      bench.marks[name] = now();
      notify('mark', name, bench.marks[name]);
    },
    ready() {
      if (bench.marks.ready !== undefined) return;
      bench.mark('ready');
      afterFrame((time) => {
        if (bench.marks.frame !== undefined) return;
        bench.marks.frame = time;
        notify('mark', 'frame', time);
      });
    },
    startFrames() {
      bench.frames = [];
      bench.recording = true;
      const loop = (time: number) => {
        if (!bench.recording) return;
        bench.frames.push(time);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      bench.recording = false;
      return bench.frames;
    },
    watchClick(selector) {
      const click: ClickRecord = { frames: 0 };
      bench.click = click;
      const target = document.querySelector(selector);
      const countFrames = () => {
        if (click.painted !== undefined) return;
        click.frames++;
        requestAnimationFrame(countFrames);
      };
      window.addEventListener(
        'mouseup',
        (event) => {
          click.up = event.timeStamp;
          requestAnimationFrame(countFrames);
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        const heading = target?.querySelector('h2');
        if (!heading || click.up === undefined) return;
        observer.disconnect();
        click.filled = now();
        click.heading = heading.textContent ?? '';
        afterFrame((time) => {
          click.painted = time;
        });
      });
      if (target) observer.observe(target, { childList: true, subtree: true });
    },
    watchChange(selector, done) {
      const change: ClickRecord = { frames: 0 };
      bench.change = change;
      const target = document.querySelector(selector);
      window.addEventListener(
        'mouseup',
        (event) => {
          change.up = event.timeStamp;
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        if (change.up === undefined || !target?.querySelector(done)) return;
        observer.disconnect();
        change.filled = now();
        afterFrame((time) => {
          change.painted = time;
        });
      });
      if (target) observer.observe(target, { childList: true, subtree: true, attributes: true });
    },
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
        notify('task', '', entry.startTime, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest task is reported as missing rather than as zero.
  }

  // The dataset request: 'response' when headers arrive, 'fetched' when its body has been read.
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('bench-data')) return response;
    bench.mark('response');
    for (const method of ['text', 'json', 'arrayBuffer', 'blob'] as const) {
      const read = response[method].bind(response) as () => Promise<unknown>;
      Object.defineProperty(response, method, {
        value: () =>
          read().then((body) => {
            bench.mark('fetched');
            return body;
          }),
      });
    }
    return response;
  };

  // The app parses in a Worker: 'reply' when its result reaches the page, 'graph' once the app's handler built it.
  const OriginalWorker = window.Worker;
  window.Worker = class extends OriginalWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const isResult = (event: Event) => {
        const type = (event as MessageEvent).data?.type;
        return type !== undefined && type !== 'progress' && type !== 'error';
      };
      super.addEventListener('message', (event) => {
        if (isResult(event)) bench.mark('reply');
      });
      const wrapped = new WeakMap<object, EventListener>();
      this.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, opts?: unknown) => {
        if (type !== 'message' || typeof listener !== 'function')
          return super.addEventListener(type, listener as EventListener, opts as never);
        const wrapper: EventListener = (event) => {
          listener.call(this, event);
          if (isResult(event)) bench.mark('graph');
        };
        wrapped.set(listener, wrapper);
        super.addEventListener(type, wrapper, opts as never);
      };
      this.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, opts?: unknown) =>
        super.removeEventListener(
          type,
          ((listener && wrapped.get(listener)) || listener) as EventListener,
          opts as never,
        );
    }
  };

  // The app's canvas: 'loading' after its elements were added, 'ready' once laid out and drawn.
  new MutationObserver((records) => {
    for (const record of records) {
      const element = record.target as HTMLElement;
      if (element.id !== 'canvas' || bench.marks.response === undefined) continue;
      const state = element.dataset.state;
      if (state === 'loading') bench.mark('elements');
      if (state === 'ready') bench.ready();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}
