// The edit dialogs in one module, so the app loads them with one import() at the first edit.

import './edit-dialog.css';

export { openActorDialog } from './actor-dialog';
export { openEvidenceDialog } from './evidence-dialog';
export { openMergeDialog } from './merge-dialog';
export { openRelationDialog } from './relation-dialog';
