// How many relations begin in each period, for the bars under the As of slider.

import type { TimeIndex } from './time-index';

/** One bar: the period [start, end) and the relations beginning in it. */
export interface TimeBin {
  start: number;
  end: number;
  count: number;
}

/** Splits the indexed span into `bins` equal periods and counts the relations beginning in each; [] when undated. */
export function timeHistogram(index: TimeIndex, bins: number): TimeBin[] {
  const { dates, begins } = index;
  if (dates.length === 0 || bins < 1) return [];
  const first = dates[0] as number;
  const last = dates[dates.length - 1] as number;
  const width = (last - first) / bins || 1;
  const out: TimeBin[] = Array.from({ length: bins }, (_, i) => ({
    start: first + i * width,
    end: first + (i + 1) * width,
    count: 0,
  }));
  for (const t of begins) {
    const bin = out[Math.min(bins - 1, Math.max(0, Math.floor((t - first) / width)))];
    if (bin) bin.count++;
  }
  return out;
}
