// Editing wired to the page: Add actor and Add relation, the inspector's edit buttons, Undo and Redo with their keys.

import type { Command, CommandContext, FieldErrors } from '../model/commands/command';
import { type AppState, type Selection, select } from '../state/app-state';
import { redoLabel, undoLabel } from '../state/history';
import type { Store } from '../state/store';
import type { EditDeps } from '../view/edit/edit-deps';
import { isTyping } from './bind-keys';
import { listen } from './listen';

/** The controls editing is wired to. */
export interface EditElements {
  addActor: HTMLButtonElement;
  addRelation: HTMLButtonElement;
  undo: HTMLButtonElement;
  redo: HTMLButtonElement;
  /** The inspector's body, whose `[data-edit]` buttons (src/view/panels/inspector.ts) this listens for. */
  inspector: HTMLElement;
}

// The dialogs and the commands load at the first edit: the first screen's JavaScript has a budget of 200 kB gzip
// and they would add 8.5 kB to it (docs/design-choices.md, "Editing").
const dialogs = () => import('../view/edit/edit-dialogs');
const editing = () => import('../state/edit-graph');

/** Names the Undo or Redo button after the step it would take ("Undo merge of Moscow into Russia"), or disables it. */
function nameStep(button: HTMLButtonElement, label: string | null, verb: string): void {
  button.disabled = label === null;
  button.setAttribute('aria-label', label ?? verb);
  button.title = label ?? `Nothing to ${verb.toLowerCase()}`;
}

/** The step a key press asks for: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo; null for any other key. */
export function shortcutOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return key === 'y' && event.ctrlKey && !event.shiftKey ? 'redo' : null;
}

type Dialogs = Awaited<ReturnType<typeof dialogs>>;

/** The inspector's buttons that open a dialog: what each opens, and what to select once it is saved. */
const DIALOG_ACTIONS: Record<string, (d: Dialogs, deps: EditDeps, key: string) => Promise<Selection>> = {
  'edit-actor': async (d, deps, key) => nodeOf(await d.openActorDialog(deps, key)),
  'merge-actor': async (d, deps, key) => nodeOf(await d.openMergeDialog(deps, key)),
  'add-relation-from': async (d, deps, key) => edgeOf(await d.openRelationDialog(deps, { from: key })),
  'edit-relation': async (d, deps, key) => edgeOf(await d.openRelationDialog(deps, { edit: key })),
  'add-evidence': async (d, deps, key) => edgeOf(await d.openEvidenceDialog(deps, key)),
};

const nodeOf = (key: string | null): Selection => (key ? { type: 'node', key } : null);
const edgeOf = (key: string | null): Selection => (key ? { type: 'edge', key } : null);

/** Wires editing; `context` gives the source texts quotes are checked against. Returns the unwiring. */
export function mountEditActions(
  els: EditElements,
  store: Store<AppState>,
  context: () => CommandContext = () => ({}),
): () => void {
  // The commands are loaded before any dialog can save (the dialogs wait for them), so `run` can stay synchronous.
  let edits: Awaited<ReturnType<typeof editing>> | null = null;
  const load = async () => {
    edits ??= await editing();
    return edits;
  };
  const run = (command: Command): FieldErrors | null => {
    if (!edits) return { form: 'Editing is still loading: try again.' };
    const outcome = edits.applyEdit(store, command, context());
    if (!outcome) return { form: 'Open a dataset first.' };
    return outcome.ok ? null : outcome.errors;
  };
  const deps: EditDeps = { store, run };
  // Once saved, the inspector shows what was made or kept (the selection is left alone on Cancel).
  const show = (selection: Selection) => {
    if (selection) store.update((s) => select(s, selection));
  };

  const opening = async () => (await Promise.all([dialogs(), load()]))[0];

  const onInspector = async (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-edit]');
    const key = button?.dataset.key;
    const action = button?.dataset.edit ?? '';
    if (!key) return;
    await load();
    if (action === 'delete-actor' || action === 'delete-relation') {
      const refused = run({ type: action, key });
      // The element and its panel are gone: focus waits on Undo, which names what it would bring back.
      if (!refused) els.undo.focus();
      return;
    }
    const open = DIALOG_ACTIONS[action];
    if (open) show(await open(await dialogs(), deps, key));
  };

  const render = (state: AppState) => {
    nameStep(els.undo, undoLabel(state.history), 'Undo');
    nameStep(els.redo, redoLabel(state.history), 'Redo');
    els.addActor.disabled = !state.dataset;
    els.addRelation.disabled = !state.dataset;
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.history !== previous.history || state.dataset !== previous.dataset) render(state);
  });

  // Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo: outside text fields (theirs is the field's own undo), and
  // not while a dialog is open (its form is not yet a step).
  const onKey = (event: KeyboardEvent) => {
    const wanted = shortcutOf(event);
    if (!wanted || isTyping(event.target) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    // Nothing to undo means no edit yet, and so nothing to load.
    if (wanted === 'undo' ? !els.undo.disabled : !els.redo.disabled)
      void load().then((e) => (wanted === 'undo' ? e.undoEdit : e.redoEdit)(store));
  };

  // The last undo disables its button: focus moves to the other one rather than falling to the page.
  const step = async (kind: 'undo' | 'redo', button: HTMLButtonElement, other: HTMLButtonElement) => {
    const { undoEdit, redoEdit } = await load();
    (kind === 'undo' ? undoEdit : redoEdit)(store);
    if (button.disabled && !other.disabled) other.focus();
  };

  for (const button of [els.addActor, els.addRelation]) button.setAttribute('aria-haspopup', 'dialog');
  const offs = [
    listen(els.addActor, 'click', async () => show(nodeOf(await (await opening()).openActorDialog(deps)))),
    listen(els.addRelation, 'click', async () => show(edgeOf(await (await opening()).openRelationDialog(deps)))),
    listen(els.undo, 'click', () => void step('undo', els.undo, els.redo)),
    listen(els.redo, 'click', () => void step('redo', els.redo, els.undo)),
    listen(els.inspector, 'click', (event) => void onInspector(event)),
    listen(document, 'keydown', onKey),
  ];
  return () => {
    unsubscribe();
    for (const off of offs) off();
  };
}
