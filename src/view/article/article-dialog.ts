// "Draft from an article": the article's text (pasted or from a file), its source's fields, and drafting's progress.

import { type DialogField, dialogField, generalError, setFieldError, showFieldErrors } from '../dialog/dialog-fields';
import { cancelButton, openDialog, submitButton } from '../dialog/modal-dialog';
import { el } from '../dom';
import { textArea, textInput } from '../edit/edit-deps';
import { type ArticleValues, articleTitle, checkArticle, fileTooLarge, readArticleBytes } from './article-input';
import { htmlToText, isHtmlFile } from './html-text';
import '../edit/edit-dialog.css';
import './article-dialog.css';

/** What drafting is asked for: the text and the source's fields, trimmed (empty ones left out). */
export interface ArticleRequest {
  text: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
}

/** Runs the drafting: reports whole percents, stops when `signal` aborts, rejects with a message on failure. */
export type DraftRunner<T> = (
  request: ArticleRequest,
  onProgress: (percent: number) => void,
  signal: AbortSignal,
) => Promise<T>;

/** The dialog's fields by the names the checks use. */
function articleFields() {
  const date = el('input', { id: 'article-published', type: 'date' });
  const file = el('input', {
    id: 'article-file',
    type: 'file',
    accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html',
  });
  const url = textInput('article-url');
  url.type = 'url';
  return {
    text: dialogField(textArea('article-text', '', 10), 'Article text', {
      hint: 'Paste the article, or open it from a file below. Drafting runs in this browser; nothing is sent anywhere.',
    }),
    file: dialogField(file, 'Open text file…', {
      hint: 'A .txt, .md or .html file (a web page is reduced to its text).',
    }),
    title: dialogField(textInput('article-title'), 'Title', { hint: 'The text’s first line when left empty.' }),
    publisher: dialogField(textInput('article-publisher'), 'Publisher'),
    published: dialogField(date, 'Published'),
    url: dialogField(url, 'Source URL'),
  };
}

type Fields = ReturnType<typeof articleFields>;
const fieldValue = (field: DialogField) => (field.control as HTMLInputElement).value;

/** Reads a chosen file into the text box (and an HTML page's title into an empty Title), or says why it cannot. */
async function readFile(fields: Fields, file: File, note: HTMLElement): Promise<void> {
  const large = fileTooLarge(file.name, file.size);
  const read = large
    ? { ok: false as const, message: large }
    : readArticleBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    setFieldError(fields.file, read.message);
    fields.file.control.focus();
    return;
  }
  setFieldError(fields.file, undefined);
  const page = isHtmlFile(file.name, file.type) ? htmlToText(read.text) : null;
  (fields.text.control as HTMLTextAreaElement).value = page ? page.text : read.text;
  const title = fields.title.control as HTMLInputElement;
  if (page?.title && !title.value.trim()) title.value = page.title;
  setFieldError(fields.text, undefined);
  note.textContent = `Read “${file.name}”${page ? ' as a web page, reduced to its text' : ''}.`;
}

/** The request the fields describe, once checked. */
function requestOf(values: ArticleValues): ArticleRequest {
  const optional = (name: 'publisher' | 'published' | 'url') => {
    const value = values[name].trim();
    return value ? { [name]: value } : {};
  };
  return {
    text: values.text,
    title: articleTitle(values),
    ...optional('publisher'),
    ...optional('published'),
    ...optional('url'),
  };
}

/**
 * Opens the dialog; "Draft graph" checks the fields, then runs `run` with its progress shown. Resolves with the
 * draft and the text it came from, or null on Cancel or Escape (which stop the drafting: nothing changes).
 */
export async function openArticleDialog<T>(run: DraftRunner<T>): Promise<{ draft: T; text: string } | null> {
  const fields = articleFields();
  const general = generalError('article-dialog');
  const status = el('p', { id: 'article-status', class: 'article-status', role: 'status' });
  const bar = el('progress', {
    id: 'article-progress',
    max: '100',
    value: '0',
    'aria-label': 'Drafting',
    hidden: true,
  });
  const draftButton = submitButton('Draft graph');
  const controller = new AbortController();
  let result: { draft: T; text: string } | null = null;
  let running = false;

  const values = (): ArticleValues => ({
    text: fieldValue(fields.text),
    title: fieldValue(fields.title),
    publisher: fieldValue(fields.publisher),
    published: fieldValue(fields.published),
    url: fieldValue(fields.url),
  });
  const show = (percent: number) => {
    bar.value = percent;
    status.textContent = `Drafting… ${percent}%`;
  };
  const start = async (request: ArticleRequest) => {
    running = true;
    draftButton.setAttribute('aria-disabled', 'true');
    bar.hidden = false;
    show(0);
    try {
      result = { draft: await run(request, show, controller.signal), text: request.text };
      status.textContent = 'Drafted.';
      open.close();
    } catch (error) {
      if (controller.signal.aborted) return;
      general.textContent = `Could not draft this article: ${error instanceof Error ? error.message : String(error)}. The graph is unchanged; try again, or reload the page.`;
      general.hidden = false;
      status.textContent = '';
      bar.hidden = true;
    } finally {
      running = false;
      draftButton.removeAttribute('aria-disabled');
    }
  };

  const open = openDialog<true>({
    id: 'article-dialog',
    title: 'Draft from an article',
    intro: 'Drafts actors and relations from the text, each relation quoting its sentence, for you to review.',
    className: 'edit-dialog article-dialog',
    content: [
      fields.text.row,
      fields.file.row,
      el(
        'div',
        { class: 'article-source' },
        ...[fields.title, fields.publisher, fields.published, fields.url].map((f) => f.row),
      ),
      bar,
      status,
      general,
    ],
    buttons: [draftButton, cancelButton()],
    submit: () => {
      if (running) return undefined;
      const current = values();
      const { text, title, publisher, published, url } = fields;
      const checked = { text, title, publisher, published, url };
      if (!showFieldErrors(checked, checkArticle(current), general)) void start(requestOf(current));
      return undefined;
    },
  });
  // Cancel, Escape, or the app closing the dialog: the worker is stopped and nothing is handed on.
  open.dialog.addEventListener('close', () => controller.abort());
  fields.file.control.addEventListener('change', () => {
    const file = (fields.file.control as HTMLInputElement).files?.[0];
    if (file) void readFile(fields, file, status);
  });
  await open.answer;
  return result;
}
