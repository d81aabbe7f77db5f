// The checks before drafting: an empty or too long text, a binary or undecodable file, a bad URL, the title used.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleTitle,
  checkArticle,
  fileTooLarge,
  isWebAddress,
  MAX_ARTICLE_BYTES,
  readArticleBytes,
  utf8Length,
} from '../../../../src/view/article/article-input';

const values = (changes: Partial<Parameters<typeof checkArticle>[0]>) => ({
  text: 'Bulgaria asked Romania to take the cargoes.',
  title: '',
  publisher: '',
  published: '',
  url: '',
  ...changes,
});

describe('readArticleBytes', () => {
  it('reads UTF-8 text, a byte-order mark dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Ankara – Athens')]);
    expect(readArticleBytes('a.txt', bytes)).toEqual({ ok: true, text: 'Ankara – Athens' });
  });

  it('refuses a binary file (NUL bytes), naming the file and what to open instead', () => {
    const read = readArticleBytes('photo.txt', readFileSync('tests/fixtures/article-files/backchannel__not-text.txt'));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('“photo.txt” is not a text file') });
    expect(read.ok || read.message).toContain('paste the article');
  });

  it('refuses bytes that are not UTF-8 (Latin-1 é) and says to save it as UTF-8', () => {
    const read = readArticleBytes('old.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('is not UTF-8 text') });
  });

  it('refuses more than 5 MB before reading it, and accepts exactly 5 MB', () => {
    expect(fileTooLarge('big.txt', MAX_ARTICLE_BYTES + 1)).toMatch(/“big.txt” is 5.0 MB: .* more than 5 MB/);
    expect(fileTooLarge('big.txt', MAX_ARTICLE_BYTES)).toBeUndefined();
    const read = readArticleBytes('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    expect(read.ok).toBe(false);
  });
});

describe('checkArticle', () => {
  it('passes an article with no optional field', () => {
    expect(checkArticle(values({}))).toEqual({});
  });

  it('refuses an empty or blank text, saying how to give one', () => {
    expect(checkArticle(values({ text: ' \n\t ' })).text).toMatch(/empty: paste the article .* “Open text file…”/);
  });

  it('refuses more than 5 MB of text, counted in UTF-8 bytes', () => {
    const text = 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1); // 2 bytes each: just over 5 MB, though fewer characters
    expect(checkArticle(values({ text })).text).toMatch(/is 5.0 MB; at most 5 MB/);
  });

  it('refuses a URL that is not http(s), naming it; an empty one is fine', () => {
    expect(checkArticle(values({ url: 'www.example.org/a' })).url).toMatch(/“www.example.org\/a” is not a web address/);
    expect(checkArticle(values({ url: 'javascript:alert(1)' })).url).toBeDefined();
    expect(checkArticle(values({ url: 'https://example.org/a b' })).url).toBeDefined();
    expect(checkArticle(values({ url: ' https://example.org/a ' }))).toEqual({});
  });

  it('refuses a partial date in Published', () => {
    expect(checkArticle(values({ published: '2026-03' })).published).toBeDefined();
    expect(checkArticle(values({ published: '2026-03-04' }))).toEqual({});
  });
});

describe('helpers', () => {
  it('counts UTF-8 bytes as TextEncoder does', () => {
    for (const text of ['abc', 'é', '–', '😀 x', ''])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('knows web addresses', () => {
    expect(isWebAddress('https://example.org')).toBe(true);
    expect(isWebAddress('http://')).toBe(false);
    expect(isWebAddress('ftp://example.org')).toBe(false);
  });

  it('titles an article by its Title, else its first line, cut to 120 characters', () => {
    expect(articleTitle({ title: ' Given ', text: 'First line\nmore' })).toBe('Given');
    expect(articleTitle({ title: '', text: '\n  First line\nmore' })).toBe('First line');
    expect(articleTitle({ title: '', text: 'x'.repeat(200) })).toHaveLength(120);
  });
});
