// The save queue: one save at a time, requests folded into one more save, flush waits for all of them.
import { describe, expect, it } from 'vitest';
import { createSaveQueue } from '../../../src/app/save-queue';

/** A schedule the test runs by hand, standing for "after the next paint". */
function manualSchedule() {
  const pending: (() => void)[] = [];
  return {
    schedule: (run: () => void) => pending.push(run),
    paint: () => {
      for (const run of pending.splice(0)) run();
    },
  };
}

describe('the save queue', () => {
  it('folds requests made before the paint into one save', async () => {
    const { schedule, paint } = manualSchedule();
    let saves = 0;
    const queue = createSaveQueue(async () => {
      saves += 1;
    }, schedule);
    queue.request();
    queue.request();
    queue.request();
    expect(saves).toBe(0); // nothing runs before the paint
    paint();
    await queue.flush();
    expect(saves).toBe(1);
  });

  it('never overlaps two saves, and saves once more for requests made while one runs', async () => {
    const { schedule, paint } = manualSchedule();
    let running = 0;
    let most = 0;
    let saves = 0;
    let release: () => void = () => {};
    const queue = createSaveQueue(async () => {
      running += 1;
      most = Math.max(most, running);
      saves += 1;
      if (saves === 1) await new Promise<void>((resolve) => (release = resolve));
      running -= 1;
    }, schedule);
    queue.request();
    paint();
    queue.request(); // while the first save runs
    queue.request();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    paint();
    await queue.flush();
    expect({ saves, most }).toEqual({ saves: 2, most: 1 });
  });

  it('keeps saving after a save that threw, and stops when told', async () => {
    const { schedule, paint } = manualSchedule();
    let saves = 0;
    const queue = createSaveQueue(async () => {
      saves += 1;
      throw new Error('a bug in save');
    }, schedule);
    queue.request();
    paint();
    await queue.flush();
    queue.request();
    paint();
    await queue.flush();
    queue.stop();
    queue.request();
    paint();
    await queue.flush();
    expect(saves).toBe(2);
  });
});
