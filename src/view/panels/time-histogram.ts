// The bars under the As of slider: relations beginning per period, drawn as SVG with DOM calls (no markup strings).

import type { TimeBin } from '../../model/time/time-histogram';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 240;
const HEIGHT = 36;

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** The histogram as an image with a text equivalent, and a mark that follows the as-of position (0 to 1). */
export function timeHistogram(
  bins: readonly TimeBin[],
  label: string,
): { node: SVGElement; mark(at: number | null): void } {
  const node = svgEl('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'time-histogram',
    role: 'img',
    'aria-label': label,
  });
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const width = WIDTH / Math.max(1, bins.length);
  bins.forEach((bin, i) => {
    const height = bin.count === 0 ? 0 : Math.max(2, (bin.count / most) * (HEIGHT - 2));
    node.append(
      svgEl('rect', { x: i * width + 0.5, y: HEIGHT - height, width: Math.max(1, width - 1), height, class: 'bar' }),
    );
  });
  const marker = svgEl('line', { y1: 0, y2: HEIGHT, class: 'as-of-mark' });
  node.append(marker);
  return {
    node,
    mark(at) {
      marker.setAttribute('visibility', at === null ? 'hidden' : 'visible');
      const x = (at ?? 0) * WIDTH;
      marker.setAttribute('x1', String(x));
      marker.setAttribute('x2', String(x));
    },
  };
}
