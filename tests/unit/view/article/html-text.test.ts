// An HTML page read as an article: its shown text, blocks on their own lines, scripts and styles dropped, its title.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { isHtmlFile, type ParsedPage, pageText } from '../../../../src/view/article/html-text';

/** Parses as the browser would for these pages (xmldom's HTML mode: lenient, no script run). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as ParsedPage;

describe('pageText', () => {
  it('reads the fixture page: its paragraphs apart, without scripts, styles or noscript, and its title', () => {
    const html = readFileSync('tests/fixtures/article-files/backchannel__article-page.html', 'utf8');
    const { text, title } = pageText(parse(html));
    expect(title).toBe('Harbour pilots strike halts grain ships at Varna');
    expect(text).toContain('a strike by harbour pilots had halted grain ships at the port of Varna.');
    expect(text).toMatch(/at the port of Varna\.\n\nBulgaria asked Romania/);
    for (const hidden of ['TRACKING', 'SCRIPT IN BODY', 'NOSCRIPT', 'Buy now', 'font-family', 'Injected'])
      expect(text).not.toContain(hidden);
  });

  it('keeps inline elements in their sentence and runs spaces together', () => {
    const { text } = pageText(
      parse('<html><body><p>Kyiv  <b>thanked</b>\n   <a href="#">Warsaw</a>.</p></body></html>'),
    );
    expect(text).toBe('Kyiv thanked Warsaw.');
  });

  it('gives an empty text and title for a page with nothing shown', () => {
    expect(pageText(parse('<html><head><script>x()</script></head><body></body></html>'))).toEqual({
      text: '',
      title: '',
    });
  });
});

describe('isHtmlFile', () => {
  it('knows a page by its name or its type', () => {
    expect(isHtmlFile('story.html')).toBe(true);
    expect(isHtmlFile('STORY.HTM')).toBe(true);
    expect(isHtmlFile('story.xhtml')).toBe(true);
    expect(isHtmlFile('saved', 'text/html')).toBe(true);
    expect(isHtmlFile('story.txt', 'text/plain')).toBe(false);
    expect(isHtmlFile('notes.md')).toBe(false);
  });
});
