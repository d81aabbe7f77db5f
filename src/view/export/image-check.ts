// Guards against the silent failures of canvas export: an empty blob, or a picture of one flat colour.

/** The thumbnail side used to look for any detail; large enough that one thin line still changes a pixel. */
const PROBE_SIDE = 1024;

/** Throws unless the image has at least two different pixels (colour or alpha). */
export function assertNotBlank(image: CanvasImageSource, width: number, height: number, what: string): void {
  const ratio = Math.min(1, PROBE_SIDE / Math.max(width, height));
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  const probe = document.createElement('canvas');
  probe.width = w;
  probe.height = h;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error(`${what}: the browser gave no 2D canvas to check the picture.`);
  ctx.drawImage(image, 0, 0, w, h);
  const data = new Uint32Array(ctx.getImageData(0, 0, w, h).data.buffer);
  const first = data[0];
  if (data.every((pixel) => pixel === first)) {
    throw new Error(
      `${what} came out blank (${width} × ${height} px of one colour): the browser may have run out of canvas ` +
        'memory. Try a smaller scale, the current view, or SVG.',
    );
  }
}

/** Encodes a canvas, failing with a clear message where the browser returns nothing (its `data:,` case). */
export async function encodeCanvas(canvas: HTMLCanvasElement, mime: string, quality?: number): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mime, quality));
  if (!blob || blob.size === 0) {
    throw new Error(
      `The browser could not encode a ${canvas.width} × ${canvas.height} px ${mime} image: ` +
        'try a smaller scale, or SVG.',
    );
  }
  return blob;
}
