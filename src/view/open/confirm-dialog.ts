// A small modal question with a confirming button and Cancel: Escape and Cancel answer no, focus returns.

import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';

/** What the dialog asks and its buttons. */
export interface ConfirmOptions {
  title: string;
  text: string;
  confirm: string;
  cancel?: string;
}

/** Asks a yes-or-no question in a modal dialog; resolves true only when the confirming button was pressed. */
export async function askConfirm(options: ConfirmOptions): Promise<boolean> {
  const no = cancelButton(options.cancel ?? 'Cancel');
  const answer = await openDialog<true>({
    id: 'confirm',
    title: options.title,
    className: 'confirm-dialog',
    intro: options.text,
    content: [],
    buttons: [submitButton(options.confirm, 'yes'), no],
    initialFocus: no, // the safe answer first: a stray Enter does not delete
    submit: () => true,
  }).answer;
  return answer === true;
}
