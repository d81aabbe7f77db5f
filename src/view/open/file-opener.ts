// Opening the user's files: the "Open file…" button with a file input, and drag and drop anywhere on the page.

import type { InputFile } from '../../io/load-types';
import { el } from '../dom';

/** The extensions the file input offers; content decides the format, so this only guides the picker. */
export const ACCEPTED_EXTENSIONS = [
  '.json',
  '.gexf',
  '.graphml',
  '.xml',
  '.csv',
  '.tsv',
  '.cyjs',
  '.graphology',
  '.txt',
];

/** Reads picked or dropped files as text, keeping their names. */
export async function readFiles(list: FileList | File[]): Promise<InputFile[]> {
  return Promise.all([...list].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** Wires the button to a hidden multi-file input; `onFiles` gets each choice. Returns an unmount. */
export function mountFileOpener(button: HTMLButtonElement, onFiles: (files: InputFile[]) => void): () => void {
  const input = el('input', { type: 'file', multiple: true, accept: ACCEPTED_EXTENSIONS.join(','), hidden: true });
  input.id = 'file-input';
  input.setAttribute('aria-label', 'Open file');
  button.after(input);
  const onClick = () => input.click();
  const onChange = async () => {
    if (input.files && input.files.length > 0) onFiles(await readFiles(input.files));
    input.value = ''; // so choosing the same file again still fires a change
  };
  button.addEventListener('click', onClick);
  input.addEventListener('change', onChange);
  return () => {
    button.removeEventListener('click', onClick);
    input.remove();
  };
}

/** Shows a drop target while files are dragged over the page and opens what is dropped. Returns an unmount. */
export function mountDropZone(target: HTMLElement, onFiles: (files: InputFile[]) => void): () => void {
  const overlay = el(
    'div',
    { class: 'drop-overlay', hidden: true, 'aria-hidden': 'true' },
    'Drop a graph file to open it',
  );
  target.appendChild(overlay);
  let depth = 0; // dragenter/dragleave fire for every child crossed; count to know when the pointer really left
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const onEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  };
  const onLeave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const onOver = (event: DragEvent) => {
    if (hasFiles(event)) event.preventDefault();
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) onFiles(await readFiles(files));
  };
  target.addEventListener('dragenter', onEnter);
  target.addEventListener('dragleave', onLeave);
  target.addEventListener('dragover', onOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragenter', onEnter);
    target.removeEventListener('dragleave', onLeave);
    target.removeEventListener('dragover', onOver);
    target.removeEventListener('drop', onDrop);
    overlay.remove();
  };
}
