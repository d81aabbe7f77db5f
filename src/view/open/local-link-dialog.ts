// The dialog Copy link shows for a file opened from disk: a link cannot carry it; exporting it as JSON can.

import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';

/** Explains why a link cannot reopen a local file; resolves 'export' when the user asks for the JSON instead. */
export function askLocalLink(file: string): Promise<'export' | null> {
  const exportJson = submitButton('Export JSON', 'export');
  return openDialog<'export'>({
    id: 'local-link',
    title: 'This link cannot carry your file',
    className: 'local-link-dialog',
    intro: `${file} was opened from your disk, and a link only reopens what the app can fetch: it would open the default dataset instead. To share this graph, export it as JSON and send the file, or put the file online and share the app's address with ?data= and its address.`,
    content: [],
    buttons: [exportJson, cancelButton('Close')],
    initialFocus: exportJson,
    submit: () => 'export',
  }).answer;
}
