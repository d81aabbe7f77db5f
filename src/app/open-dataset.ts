// The open-a-dataset command: every source (bundled, picked, dropped, ?data= URL) goes through here.

import { type ColumnChoice, ColumnChoiceNeeded } from '../io/column-choice-needed';
import type { InputFile, LoadOptions } from '../io/load-dataset';
import { loadInWorker } from '../io/load-in-worker';
import { pluralise } from '../model/pluralise';
import { type AppState, type Selection, setDataset, setStatus } from '../state/app-state';
import type { Store } from '../state/store';
import { askColumns } from '../view/columns-dialog';

const COLUMN_MEMORY_PREFIX = 'backchannel:columns:';

/** The remembered end columns for a table with this header, if the user chose them before. */
function rememberedColumns(header: string[]): ColumnChoice | undefined {
  try {
    const saved = localStorage.getItem(COLUMN_MEMORY_PREFIX + header.join('\u001f'));
    return saved ? (JSON.parse(saved) as ColumnChoice) : undefined;
  } catch {
    return undefined; // storage may be disabled; asking again is the safe fallback
  }
}

function rememberColumns(header: string[], choice: ColumnChoice): void {
  try {
    localStorage.setItem(COLUMN_MEMORY_PREFIX + header.join('\u001f'), JSON.stringify(choice));
  } catch {
    // Not remembering is harmless: the dialog will ask next time.
  }
}

/** Loads files into the store; on failure the status shows the error and the graph on screen stays. */
export async function openDataset(
  store: Store<AppState>,
  files: InputFile[],
  id: string,
  selection: Selection = null,
): Promise<boolean> {
  const label = files.map((f) => f.name).join(' + ');
  store.update((s) => setStatus(s, { kind: 'loading', message: `Opening ${label}…` }));
  let options: LoadOptions = {};
  // At most two rounds: the second one carries the columns the user chose (or remembered) for a CSV.
  for (let round = 0; round < 2; round++) {
    try {
      const onProgress = (phase: string) =>
        store.update((s) => setStatus(s, { kind: 'loading', message: `Opening ${label}: ${phase}…` }));
      const result = await loadInWorker(files, options, onProgress);
      const dataset = {
        graph: result.graph,
        id,
        name: result.name,
        formatLabel: result.formatLabel,
        warnings: result.warnings,
      };
      store.update((s) => setDataset(s, dataset, selection));
      const counts = `${pluralise(result.graph.order, 'node')}, ${pluralise(result.graph.size, 'edge')}`;
      const message = result.warnings.length
        ? `Opened ${label} (${result.formatLabel}, ${counts}) with warnings: ${result.warnings.join(' ')}`
        : `Opened ${label} (${result.formatLabel}, ${counts}).`;
      store.update((s) => setStatus(s, { kind: result.warnings.length ? 'warning' : 'info', message }));
      return true;
    } catch (error) {
      if (error instanceof ColumnChoiceNeeded && round === 0) {
        const choice = rememberedColumns(error.header) ?? (await askColumns({ ...error, file: error.file ?? label }));
        if (choice) {
          rememberColumns(error.header, choice);
          options = { columns: choice };
          continue;
        }
        store.update((s) => setStatus(s, { kind: 'info', message: `Did not open ${label}: no columns were chosen.` }));
        return false;
      }
      const message = error instanceof Error ? error.message : String(error);
      store.update((s) => setStatus(s, { kind: 'error', message }));
      return false;
    }
  }
  return false;
}

/** The file name at the end of a URL, or the URL itself when it cannot be parsed or decoded. */
function nameFromUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/** Fetches a file by URL (same origin or CORS-enabled) and opens it; network failures are reported like bad files. */
export async function openUrl(
  store: Store<AppState>,
  url: string,
  id: string,
  selection: Selection = null,
  fileName?: string,
): Promise<boolean> {
  // A bundled file is named by its file name, not by the hashed asset name the build gave its URL.
  const name = fileName ?? nameFromUrl(url);
  store.update((s) => setStatus(s, { kind: 'loading', message: `Fetching ${name}…` }));
  let text: string;
  try {
    const address = new URL(url, location.href);
    // Only web addresses are fetched: a link must not make the page read javascript:, data: or file: URLs.
    if (address.protocol !== 'http:' && address.protocol !== 'https:') {
      throw new Error(`only http and https addresses can be opened, not ${address.protocol}`);
    }
    const response = await fetch(address);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `${name}: could not fetch ${url} (${reason}). Check the address, and that the server allows cross-origin requests (CORS) if it is on another site.`;
    store.update((s) => setStatus(s, { kind: 'error', message }));
    return false;
  }
  return openDataset(store, [{ name, text }], id, selection);
}
