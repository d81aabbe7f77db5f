// Runs saves one at a time, after paint, and keeps only the latest request: ten quick edits make at most two saves.

/** Schedules `run` after the browser has painted: the next frame, then a task (serialising 50k actors takes ~230 ms). */
export function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/** A queue of saves: `request()` asks for one, `flush()` resolves once every save asked for so far has finished. */
export interface SaveQueue {
  request(): void;
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Creates a queue around `save`, which reads the state as it is when it runs. Requests made while a save is pending
 * or running fold into one more save after it, so the last edit is always saved and no two saves overlap (each save
 * takes the revision the one before it stored as its base).
 */
export function createSaveQueue(
  save: () => Promise<void>,
  schedule: (run: () => void) => void = afterPaint,
): SaveQueue {
  let scheduled = false;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const idle: (() => void)[] = [];
  const settle = () => {
    if (scheduled || running || again) return;
    for (const resolve of idle.splice(0)) resolve();
  };
  const start = () => {
    scheduled = false;
    if (stopped) return settle();
    running = save()
      .catch(() => {}) // save answers failures; a bug in it must not stop later saves
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          request();
        } else {
          again = false;
          settle();
        }
      });
  };
  const request = () => {
    if (stopped) return;
    if (running) again = true;
    else if (!scheduled) {
      scheduled = true;
      schedule(start);
    }
  };
  return {
    request,
    flush: () =>
      new Promise<void>((resolve) => {
        idle.push(resolve);
        settle();
      }),
    stop() {
      stopped = true;
      again = false;
      settle();
    },
  };
}
