// The dialog a link to a dataset kept in another browser shows: where that dataset lives, and Open file… instead.

import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';

/** Explains that the linked dataset is kept only in the browser where it was made; 'open-file' to open a file. */
export function askMissingLocal(): Promise<'open-file' | null> {
  const openFile = submitButton('Open file…', 'open-file');
  return openDialog<'open-file'>({
    id: 'missing-local',
    title: 'This dataset is not in this browser',
    className: 'missing-local-dialog',
    intro:
      'The link names a dataset kept in the browser where it was made: datasets you make or edit in Backchannel are kept in that browser’s own storage, not online, so another browser or computer cannot open them. Ask whoever sent the link to export it as JSON and send you the file, then open that file. The graph shown stays as it was.',
    content: [],
    buttons: [openFile, cancelButton('Close')],
    initialFocus: openFile,
    submit: () => 'open-file',
  }).answer;
}
