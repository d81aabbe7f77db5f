// The Export button: the dialog and the data writers load on first use, not with the first screen's JavaScript.

import type { ExportDeps } from './export-actions';

/**
 * Opens the export dialog from `opener`, loading it (and the data writers of src/io/writers.ts) on the first click;
 * returns an unmount. The first screen's JavaScript is budgeted at 200 kB gzip: see docs/design-choices.md.
 */
export function mountExportButton(opener: HTMLButtonElement, deps: Omit<ExportDeps, 'dataExports'>): () => void {
  let unmountDialog: (() => void) | null = null;
  let started = false;
  let unmounted = false;
  const first = () => {
    if (started) return;
    started = true;
    void Promise.all([import('./export-dialog'), import('../../io/writers')]).then(
      ([{ mountExportDialog }, { DATA_EXPORTS }]) => {
        if (unmounted) return;
        opener.removeEventListener('click', first);
        unmountDialog = mountExportDialog(opener, { ...deps, dataExports: DATA_EXPORTS });
        opener.click(); // the click that loaded it opens it too
      },
    );
  };
  opener.addEventListener('click', first);
  opener.setAttribute('aria-haspopup', 'dialog');
  return () => {
    unmounted = true;
    opener.removeEventListener('click', first);
    unmountDialog?.();
  };
}
