// The checks on an article before drafting: its text (empty, too long), a file's bytes (binary, undecodable), its URL.

/** The most text drafted at once: 5 MB, about 800,000 words, well past any article (docs/design-choices.md). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What the dialog's fields hold, as typed. */
export interface ArticleValues {
  text: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
}

/** A file's text, or the message saying why it cannot be drafted from. */
export type ReadArticle = { ok: true; text: string } | { ok: false; message: string };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file of this size cannot be drafted from, before reading it; undefined when it may be. */
export function fileTooLarge(name: string, size: number): string | undefined {
  if (size <= MAX_ARTICLE_BYTES) return undefined;
  return `“${name}” is ${mb(size)}: an article of more than 5 MB of text cannot be drafted. Open a shorter text, or split it.`;
}

/** Checks a file's bytes: at most 5 MB, no NUL byte, valid UTF-8 (a BOM is dropped). */
export function readArticleBytes(name: string, bytes: Uint8Array): ReadArticle {
  const large = fileTooLarge(name, bytes.length);
  if (large) return { ok: false, message: large };
  if (bytes.includes(0))
    return {
      ok: false,
      message: `“${name}” is not a text file (it holds NUL bytes, like an image or a PDF). Open a .txt, .md or .html file, or paste the article's text.`,
    };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `“${name}” is not UTF-8 text (some bytes do not decode). Save it as UTF-8 text, or paste the article's text.`,
    };
  }
}

/** How many bytes a text takes as UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a web address is one a source may carry: absolute http or https, without spaces. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    return Boolean(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** The errors of the fields, by field name (`text`, `url`, `published`); empty when drafting may start. */
export function checkArticle(values: ArticleValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const bytes = utf8Length(values.text);
  if (values.text.trim() === '')
    errors.text = 'The article text is empty: paste the article here, or open a text file with “Open text file…”.';
  else if (bytes > MAX_ARTICLE_BYTES)
    errors.text = `The article text is ${mb(bytes)}; at most 5 MB can be drafted at once. Shorten it, or split it.`;
  const url = values.url.trim();
  if (url && !isWebAddress(url))
    errors.url = `“${url}” is not a web address: give one starting with http:// or https://, or leave it empty.`;
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    errors.published = 'Give the date the article was published as a full date, or leave it empty.';
  return errors;
}

/** The title to file the source under: the one given, else the text's first line, cut to 120 characters. */
export function articleTitle(values: Pick<ArticleValues, 'text' | 'title'>): string {
  const given = values.title.trim();
  if (given) return given;
  const first = values.text.trim().split('\n')[0]?.trim() ?? '';
  return first.length > 120 ? `${first.slice(0, 119)}…` : first || 'Article';
}
