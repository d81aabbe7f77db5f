// The datasets that ship with the app: the seed news report first, each with its source for the picker.

import gotUrl from '../graph-data/got-relations.graphml?url';
import polarisationUrl from '../graph-data/polarisation.json?url';
import seedUrl from '../graph-data/sixth-call.json?url';

/** A dataset bundled with the app, fetched as text and opened like any user's file. */
export interface BundledDataset {
  id: string;
  title: string;
  /** The file name the loader sees, so format detection works as for a user's file. */
  fileName: string;
  url: string;
  source: string;
}

/** Bundled datasets in picker order; the first is the default. */
export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  {
    id: 'sixth-call',
    title: 'The sixth Trump–Putin call (news report, 2025)',
    fileName: 'sixth-call.json',
    url: seedUrl,
    source: 'Backchannel seed dataset, drawn from a 2025 news report',
  },
  {
    id: 'got-relations',
    title: 'Game of Thrones relations (GraphML)',
    fileName: 'got-relations.graphml',
    url: gotUrl,
    source: 'Calpano/graphinout test file got-graph.graphml, BSD-3-Clause, © 2022 Calpano',
  },
  {
    id: 'polarisation',
    title: 'French media polarisation network (graphology JSON)',
    fileName: 'polarisation.json',
    url: polarisationUrl,
    source: 'graphology/graphology experiment resource polarisation.json, MIT, © Guillaume Plique',
  },
];

/** The default dataset, opened when the URL names none. */
export const DEFAULT_DATASET: BundledDataset = BUNDLED_DATASETS[0] as BundledDataset;

/** The bundled dataset with this id, if any. */
export function findBundled(id: string | undefined): BundledDataset | undefined {
  return BUNDLED_DATASETS.find((d) => d.id === id);
}
