// Mounts a view whose code loads with import() after the first frame, and unmounts it even if it is still loading.

/** Loads a view's mount function and calls it; the returned unmount also works before the code has arrived. */
export function mountLater(load: () => Promise<() => () => void>): () => void {
  let unmount: (() => void) | null = null;
  let cancelled = false;
  // A view that fails to load leaves the rest of the page working; the console says why.
  load()
    .then((mount) => {
      if (!cancelled) unmount = mount();
    })
    .catch((error: unknown) => console.error('A panel failed to load', error));
  return () => {
    cancelled = true;
    unmount?.();
  };
}
