// The open-a-dataset commands: every source (bundled, picked, dropped, ?data= URL, a link) goes through here.

import { CallCancelled, WorkerFailed } from '../io/call-worker';
import { type ColumnChoice, ColumnChoiceNeeded } from '../io/column-choice-needed';
import { createWorkerLoader, type WorkerLoader } from '../io/load-in-worker';
import type { InputFile, LoadOptions } from '../io/load-types';
import type { ActorGraph } from '../model/actor-graph';
import { FIELD_NAMES, type FieldRole } from '../model/fields';
import { pluralise } from '../model/pluralise';
import { withLabelsFrom } from '../model/with-labels-from';
import { type AppState, type Selection, type Status, setDataset, setStatus } from '../state/app-state';
import type { Store } from '../state/store';

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

/** The open commands of one app. Opens are ordered: the last one asked for wins, older answers are dropped. */
export interface Opener {
  /**
   * Loads files into the store; on failure the status shows the error and the graph on screen stays. `kept` names a
   * dataset reopened from this browser's storage: its title and the revision it was saved at.
   */
  openFiles(files: InputFile[], id: string, selection?: Selection, kept?: KeptOpen): Promise<boolean>;
  /** Fetches a file by URL (same origin or CORS-enabled) and opens it; network failures are reported like bad files. */
  openUrl(url: string, id: string, selection?: Selection, fileName?: string): Promise<boolean>;
  /** Drops the open under way and stops the loader's worker. */
  destroy(): void;
}

/** What a dataset reopened from this browser's storage brings besides its text. */
export interface KeptOpen {
  title: string;
  revision: number;
}

/** One open under way: its abort signal (aborted once a newer open starts) and its voice in the status line. */
interface Open {
  signal: AbortSignal;
  /** Sets the status, unless a newer open has taken over the status line. */
  say(status: Status): void;
}

/** Creates the open commands for a store, with a loader worker of their own. */
export function createOpener(store: Store<AppState>): Opener {
  const loader = createWorkerLoader();
  void loadGuesser(); // fetched beside the first dataset, not after it
  let latest: AbortController | null = null;
  // Each open takes a token (an AbortController); starting one aborts the previous: its fetch, its parse in the
  // worker, and every store update it would still make.
  const begin = (): Open => {
    latest?.abort();
    const controller = new AbortController();
    latest = controller;
    const { signal } = controller;
    return { signal, say: (status) => !signal.aborted && store.update((s) => setStatus(s, status)) };
  };
  return {
    openFiles: (files, id, selection = null, kept) => load(store, loader, begin(), files, id, selection, kept),
    openUrl: (url, id, selection = null, fileName) =>
      fetchAndLoad(store, loader, begin(), url, id, selection, fileName),
    destroy() {
      latest?.abort();
      loader.terminate();
    },
  };
}

/** What to tell the user when loading failed: the worker's own failure says what to do, a file's error is its own. */
function failureMessage(error: unknown, label: string): string {
  if (error instanceof WorkerFailed) {
    return `${error.worker} stopped unexpectedly while opening ${label} (${error.reason}). Reload the page and try again; if it happens again the file may be too large for this browser.`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** What one load needs besides its options: where it lands, its open token, and what it is called. */
interface LoadContext {
  store: Store<AppState>;
  loader: WorkerLoader;
  open: Open;
  files: InputFile[];
  id: string;
  selection: Selection;
  label: string;
  kept?: KeptOpen | undefined;
}

/** The status line after a successful open; roles guessed from the values alone are offered for checking. */
function openedStatus(
  label: string,
  result: { graph: { order: number; size: number }; formatLabel: string; warnings: string[] },
  weak: readonly FieldRole[],
): Status {
  const { graph, formatLabel, warnings } = result;
  const counts = `${pluralise(graph.order, 'node')}, ${pluralise(graph.size, 'edge')}`;
  const check = weak.length
    ? ` ${weak.map((role) => FIELD_NAMES[role]).join(' and ')} guessed from the values alone: check with the Fields… button.`
    : '';
  return warnings.length
    ? {
        kind: 'warning',
        message: `Opened ${label} (${formatLabel}, ${counts}) with warnings: ${warnings.join(' ')}${check}`,
      }
    : { kind: 'info', message: `Opened ${label} (${formatLabel}, ${counts}).${check}` };
}

/**
 * The field guesser, loaded once, while the first dataset is fetched and parsed: it reads a graph, so the first
 * screen (200 kB budget) does without it.
 */
let guesser: Promise<[typeof import('../model/guess-fields'), typeof import('./field-memory')]> | null = null;
const loadGuesser = () => {
  guesser ??= Promise.all([import('../model/guess-fields'), import('./field-memory')]);
  return guesser;
};

/** What the app makes of a loaded graph: its fields (remembered, else guessed) and the graph labelled by them. */
async function readFields(graph: ActorGraph) {
  const [{ guessFields }, { rememberedFields }] = await loadGuesser();
  const guess = guessFields(graph);
  const remembered = rememberedFields(graph);
  const fields = remembered ?? guess.fields;
  const shown = withLabelsFrom(graph, fields.label ?? 'label');
  return {
    graph: shown,
    original: shown === graph ? undefined : graph,
    fields,
    guessed: guess.fields,
    weak: remembered ? [] : guess.weak,
  };
}

/** One try at loading: true when the dataset is in the store, the error when a CSV needs its columns chosen. */
async function attempt(ctx: LoadContext, options: LoadOptions): Promise<boolean | ColumnChoiceNeeded> {
  const { signal, say } = ctx.open;
  try {
    const onProgress = (phase: string) => say({ kind: 'loading', message: `Opening ${ctx.label}: ${phase}…` });
    const result = await ctx.loader.load(ctx.files, options, { onProgress, signal });
    if (signal.aborted) return false; // a newer open has taken over; its graph must not be replaced by this one
    const { formatLabel, warnings } = result;
    const read = await readFields(result.graph);
    if (signal.aborted) return false;
    const name = ctx.kept?.title ?? result.name;
    const revision = ctx.kept?.revision;
    const dataset = {
      ...read,
      id: ctx.id,
      name,
      formatLabel,
      warnings,
      ...(revision === undefined ? {} : { revision }),
    };
    ctx.store.update((s) => setDataset(s, dataset, ctx.selection));
    say(openedStatus(ctx.label, result, read.weak));
    return true;
  } catch (error) {
    if (signal.aborted || error instanceof CallCancelled) return false;
    if (error instanceof ColumnChoiceNeeded && !options.columns) return error;
    say({ kind: 'error', message: failureMessage(error, ctx.label) });
    return false;
  }
}

/** Loads files into the store; a CSV whose end columns cannot be guessed is tried again with the user's choice. */
async function load(
  store: Store<AppState>,
  loader: WorkerLoader,
  open: Open,
  files: InputFile[],
  id: string,
  selection: Selection,
  kept?: KeptOpen,
): Promise<boolean> {
  const label = kept ? `“${kept.title}” from this browser` : files.map((f) => f.name).join(' + ');
  const ctx: LoadContext = { store, loader, open, files, id, selection, label, kept };
  open.say({ kind: 'loading', message: `Opening ${label}…` });
  const first = await attempt(ctx, {});
  if (!(first instanceof ColumnChoiceNeeded)) return first;
  const choice =
    rememberedColumns(first.header) ??
    (await (await import('../view/open/columns-dialog')).askColumns({ ...first, file: first.file ?? label }));
  if (open.signal.aborted) return false;
  if (!choice) {
    open.say({ kind: 'info', message: `Did not open ${label}: no columns were chosen.` });
    return false;
  }
  rememberColumns(first.header, choice);
  return (await attempt(ctx, { columns: choice })) === true;
}

/** The file name at the end of a URL, or the URL itself when it cannot be parsed or decoded. */
function nameFromUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

async function fetchAndLoad(
  store: Store<AppState>,
  loader: WorkerLoader,
  open: Open,
  url: string,
  id: string,
  selection: Selection,
  fileName?: string,
): Promise<boolean> {
  // A bundled file is named by its file name, not by the hashed asset name the build gave its URL.
  const name = fileName ?? nameFromUrl(url);
  open.say({ kind: 'loading', message: `Fetching ${name}…` });
  let text: string;
  try {
    const address = new URL(url, location.href);
    // Only web addresses are fetched: a link must not make the page read javascript:, data: or file: URLs.
    if (address.protocol !== 'http:' && address.protocol !== 'https:') {
      throw new Error(`only http and https addresses can be opened, not ${address.protocol}`);
    }
    const response = await fetch(address, { signal: open.signal });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `${name}: could not fetch ${url} (${reason}). Check the address, and that the server allows cross-origin requests (CORS) if it is on another site.`;
    open.say({ kind: 'error', message });
    return false;
  }
  if (open.signal.aborted) return false;
  return load(store, loader, open, [{ name, text }], id, selection);
}
