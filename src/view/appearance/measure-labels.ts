// The words the size, ranking and table controls show for each measure.

import type { Measure } from '../../model/measure-names';

/** Human labels for the measures. */
export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};
