// The Add evidence dialog: a quote and its source (or a new source, added in the same step) for one relation.

import { describeRelation } from '../../model/describe-element';
import { generalError, showFieldErrors } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import type { EditDeps } from './edit-deps';
import { evidenceFields } from './evidence-fields';
import { errorsByFormField, evidenceOf, newSourceOf } from './relation-form';

/** Opens Add evidence for a relation; resolves with the relation's key once the quote is added, or null. */
export function openEvidenceDialog(deps: EditDeps, relation: string): Promise<string | null> {
  const graph = deps.store.get().dataset?.graph;
  if (!graph?.hasEdge(relation)) return Promise.resolve(null);
  const evidence = evidenceFields(graph, 'evidence');
  const general = generalError('evidence-dialog');
  const save = (): string | undefined => {
    const now = deps.store.get().dataset?.graph ?? graph;
    const values = evidence.read();
    const newSource = newSourceOf(now, values);
    const errors = deps.run({
      type: 'add-evidence',
      relation,
      evidence: evidenceOf(values, newSource),
      ...(newSource ? { newSource } : {}),
    });
    if (!errors) return relation;
    showFieldErrors(evidence.fields, errorsByFormField(errors, true), general);
    return undefined;
  };
  return openDialog<string>({
    id: 'evidence-dialog',
    title: 'Add evidence',
    intro: `For: ${describeRelation(graph, relation)}.`,
    className: 'edit-dialog',
    content: [...evidence.rows, general],
    buttons: [submitButton('Save'), cancelButton()],
    submit: save,
  }).answer;
}
