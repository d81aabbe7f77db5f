// The progress bar and "Cancel layout" button shown while a large graph is laid out in a worker.

import type { CanvasHandle } from './canvas';

/** Shows progress in `bar` and offers `cancel` while a worker layout runs; hides both when it ends. Returns an unmount. */
export function mountLayoutProgress(
  bar: HTMLProgressElement,
  cancel: HTMLButtonElement,
  canvas: CanvasHandle,
): () => void {
  let mounted = true;
  const hide = () => {
    bar.hidden = true;
    cancel.hidden = true;
  };
  const onCancel = () => canvas.cancelLayout();
  hide();
  cancel.addEventListener('click', onCancel);
  // The canvas handle has no way to stop listening yet, so an unmounted listener goes quiet instead.
  canvas.onLayoutProgress((progress) => {
    if (!mounted) return;
    bar.hidden = progress === null;
    cancel.hidden = progress === null;
    if (!progress) return;
    bar.max = progress.total;
    bar.value = progress.done;
    bar.setAttribute('aria-label', `Laying out: ${Math.round((100 * progress.done) / progress.total)}%`);
  });
  return () => {
    mounted = false;
    cancel.removeEventListener('click', onCancel);
    hide();
  };
}
