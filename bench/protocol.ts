// What a benchmarked page reports through `window.__bench`: named time marks, long tasks, frames and a click.

/** One main-thread task over 50 ms, as the 'longtask' PerformanceObserver saw it. */
export interface LongTask {
  start: number;
  duration: number;
}

/** The timeline of one click: mouse up, inspector filled, the frame that shows it, and rAF frames in between. */
export interface ClickRecord {
  up?: number;
  filled?: number;
  painted?: number;
  frames: number;
  heading?: string;
}

/** The page-side state every benchmarked page carries; times are `performance.now()` (ms since navigation start). */
export interface BenchState {
  /** response, fetched (text read), parsed, graph (model built), elements (in the renderer), ready, frame. */
  marks: Record<string, number>;
  longTasks: LongTask[];
  frames: number[];
  recording: boolean;
  click?: ClickRecord;
  /** Records a mark once; later calls with the same name keep the first time. */
  mark(name: string): void;
  /** Marks the graph drawable and records the end of the next rendered frame as 'frame'. */
  ready(): void;
  startFrames(): void;
  stopFrames(): number[];
  /** Times the next mouse up until an h2 shows up in `selector` and is painted. */
  watchClick(selector: string): void;
  /** The timeline of the last `watchChange`: mouse up, `done` matched, that frame painted. */
  change?: ClickRecord;
  /** Times the next mouse up until an element matching `done` shows up inside `selector` and is painted. */
  watchChange(selector: string, done: string): void;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}
