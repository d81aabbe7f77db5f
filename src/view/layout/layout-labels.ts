// The Layout select's words for each layout the view settings name.

import type { LayoutName } from '../../state/view-settings';

/** Human labels of the layouts, for the Layout select. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  auto: 'Automatic',
  force: 'Force-directed',
  concentric: 'Concentric (by size measure)',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Breadth-first tree',
  stored: 'Positions in the file',
};
