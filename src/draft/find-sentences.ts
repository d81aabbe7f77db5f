// Sentences with their offsets in the text: compromise splits, line breaks split too, and a dateline is skipped.
import nlp from 'compromise';

/** A sentence: its verbatim text and where it starts and ends in the input. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// "ROME, June 18, 2026 - " opens wire copy; the sentence the gold and the reader quote begins after it.
const DATELINE = /^[A-Z][A-Z .'’-]+(?:,\s*[A-Za-z .]+)?,\s+[A-Z][a-z]+\.? \d{1,2},? \d{4}\s*[-–—]+\s*/;

/** The text's sentences in order; titles and paragraphs end a sentence even without a full stop. */
export function findSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const lineStart = from;
    from += line.length + 1;
    if (!line.trim()) continue;
    let cursor = 0;
    for (const piece of nlp(line).sentences().out('array') as string[]) {
      const at = line.indexOf(piece.trim(), cursor);
      if (at < 0) continue;
      cursor = at + piece.trim().length;
      let start = lineStart + at;
      let body = piece.trim();
      const dateline = body.match(DATELINE);
      if (dateline) {
        start += dateline[0].length;
        body = body.slice(dateline[0].length);
      }
      if (body) sentences.push({ text: body, start, end: start + body.length });
    }
  }
  return sentences;
}

/** The dateline's words at the start of the text's first lines, if any ("ROME, June 18, 2026"). */
export function findDateline(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, 3)) {
    const m = line.match(DATELINE);
    if (m) return m[0];
  }
  return undefined;
}
