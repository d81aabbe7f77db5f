// Printing: canvases print blank or clipped, so the graph as it is on screen is put into the page as an image.

/** The canvases drawn in `container`, bottom first (cytoscape stacks its layers by z-index above the relation layer). */
function stackedCanvases(container: HTMLElement): HTMLCanvasElement[] {
  const canvases = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0);
  const z = (c: HTMLCanvasElement) => Number.parseInt(getComputedStyle(c).zIndex, 10) || 0;
  return canvases
    .map((canvas, order) => ({ canvas, order, z: z(canvas) }))
    .sort((a, b) => a.z - b.z || a.order - b.order)
    .map((entry) => entry.canvas);
}

/**
 * The current view of the graph as a PNG data URL: every canvas in `container` drawn over a white ground at the
 * container's size, exactly what the user sees (the relation layer of large graphs included). Null when nothing is
 * drawn. Synchronous, because the browser lays out the printed page as soon as `beforeprint` returns.
 */
export function snapshotView(container: HTMLElement): string | null {
  const { width, height } = container.getBoundingClientRect();
  const canvases = stackedCanvases(container);
  if (width < 1 || height < 1 || canvases.length === 0) return null;
  const ratio = Math.max(...canvases.map((c) => c.width / Math.max(c.getBoundingClientRect().width, 1)), 1);
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  const origin = container.getBoundingClientRect();
  for (const canvas of canvases) {
    const box = canvas.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || getComputedStyle(canvas).visibility === 'hidden') continue;
    ctx.drawImage(
      canvas,
      (box.x - origin.x) * ratio,
      (box.y - origin.y) * ratio,
      box.width * ratio,
      box.height * ratio,
    );
  }
  return out.toDataURL('image/png');
}

/**
 * Puts an image of the current view after `container` on `beforeprint` and removes it on `afterprint`; the print
 * stylesheet (print.css, imported by main.ts after style.css) shows it in place of the canvas. Returns an unmount.
 */
export function mountPrintGraph(container: HTMLElement): () => void {
  let image: HTMLImageElement | null = null;
  const remove = () => {
    image?.remove();
    image = null;
  };
  const before = () => {
    remove();
    const url = snapshotView(container);
    if (!url) return;
    image = document.createElement('img');
    image.className = 'print-graph';
    image.alt = 'The graph as shown on screen';
    image.src = url;
    container.after(image);
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', remove);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', remove);
    remove();
  };
}
