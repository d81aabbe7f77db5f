// An HTML page reduced to its readable text: scripts, styles and other unread parts dropped, blocks on their own lines.

/** The DOM a page is read through: only what both the browser's DOMParser and @xmldom/xmldom (tests) offer. */
interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
}

/** A parsed page, as far as reading its text needs. */
export interface ParsedPage {
  documentElement: TextNode | null;
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
}

/** What a page yields: its text and its <title>. */
export interface PageText {
  text: string;
  title: string;
}

/** Elements whose content is not the article's text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Elements that end a line: so that two paragraphs never run into one sentence. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** Collects the text under `node` into `out`, a line break around each block element; a line break in the source
 * is a space, as the page shows it, except inside <pre>. */
function collect(node: TextNode, out: string[], pre = false): void {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    out.push(pre ? text : text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  const block = BLOCKS.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) collect(child, out, pre || name === 'PRE');
  }
  if (block) out.push('\n');
}

/** Spaces run together within lines, blank lines between paragraphs (one at most), the ends trimmed. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

/** The readable text of a parsed page (textContent of what is shown; scripts and styles dropped) and its title. */
export function pageText(page: ParsedPage): PageText {
  const out: string[] = [];
  if (page.documentElement) collect(page.documentElement, out);
  const title = page.getElementsByTagName('title')[0]?.textContent ?? '';
  return { text: tidy(out.join('')), title: title.replace(/\s+/g, ' ').trim() };
}

/** Parses HTML with the browser's DOMParser (which runs no script and loads nothing) and reads its text. */
export function htmlToText(html: string): PageText {
  return pageText(new DOMParser().parseFromString(html, 'text/html') as unknown as ParsedPage);
}

/** Whether a file is read as HTML, by its name or its type. */
export function isHtmlFile(name: string, type = ''): boolean {
  return /\.x?html?$/i.test(name) || type === 'text/html' || type === 'application/xhtml+xml';
}
