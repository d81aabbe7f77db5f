// The progress bar and "Cancel layout" button shown while a large graph is laid out in a worker.

import type { CanvasHandle } from '../canvas/mount-canvas';

/** Shows progress in `bar` and offers `cancel` while a worker layout runs; hides both when it ends. Returns an unmount. */
export function mountLayoutProgress(
  bar: HTMLProgressElement,
  cancel: HTMLButtonElement,
  canvas: CanvasHandle,
): () => void {
  bar.hidden = true;
  cancel.hidden = true;
  const onCancel = () => canvas.cancelLayout();
  cancel.addEventListener('click', onCancel);
  const off = canvas.events.on('layoutProgress', (progress) => {
    bar.hidden = progress === null;
    cancel.hidden = progress === null;
    if (!progress) return;
    bar.max = progress.total;
    bar.value = progress.done;
    bar.setAttribute('aria-label', `Laying out: ${Math.round((100 * progress.done) / progress.total)}%`);
  });
  return () => {
    off();
    cancel.removeEventListener('click', onCancel);
  };
}
