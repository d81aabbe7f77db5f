// A new dataset made of an accepted draft, kept in this browser like "New dataset"; and a source id free to use.

import type { ActorGraph } from '../model/actor-graph';
import type { AcceptedDraft, DraftSource } from '../model/commands/accepted-draft';
import type { FieldErrors } from '../model/commands/command';
import { type AppState, setDataset } from '../state/app-state';
import type { Store } from '../state/store';

/**
 * The source with an id the dataset does not list yet: accepting cites a listed id as it is (draft-commands.ts),
 * so a second article drafted under the same id would otherwise be credited to the first.
 */
export function sourceFree<S extends DraftSource>(graph: ActorGraph | null, source: S): S {
  const sources = graph?.getAttribute('sources');
  const ids = new Set((Array.isArray(sources) ? sources : []).map((s) => (s as { id?: unknown })?.id));
  if (!ids.has(source.id)) return source;
  let n = 2;
  while (ids.has(`${source.id}-${n}`)) n += 1;
  return { ...source, id: `${source.id}-${n}` };
}

/**
 * Starts a dataset named after the article holding only `draft`, in one undoable step, and shows it; it is kept in
 * this browser from that first step, as "New dataset" keeps its datasets. The draft is tried on a scratch dataset
 * first, so that a refused draft leaves the dataset shown as it was: the errors come back instead.
 */
export async function createDatasetFromDraft(
  store: Store<AppState>,
  draft: AcceptedDraft,
): Promise<FieldErrors | null> {
  const [{ createDataset }, { draftCommands }, { runCommand }, edits, { newLocalId }] = await Promise.all([
    import('../model/commands/new-keys'),
    import('../model/commands/draft-commands'),
    import('../model/commands/run-command'),
    import('../state/edit-graph'),
    import('../io/local/local-datasets'),
  ]);
  const title = draft.source.title.trim() || 'Drafted dataset';
  const scratch = createDataset(title);
  const trial = draftCommands(scratch, draft);
  const tried = runCommand(scratch, trial.command, trial.context);
  if (!tried.ok) return tried.errors;
  const graph = createDataset(title);
  const dataset = { graph, id: newLocalId(), name: title, formatLabel: 'Backchannel JSON', warnings: [] };
  store.update((s) => setDataset(s, dataset));
  const outcome = edits.acceptDraft(store, draft);
  return outcome && !outcome.ok ? outcome.errors : null;
}
