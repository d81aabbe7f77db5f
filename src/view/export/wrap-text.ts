// Word wrapping against a measuring function, breaking exactly where cytoscape breaks `text-wrap: wrap` labels.

/**
 * Splits text into lines no wider than `maxWidth` where spaces allow; newlines break; long words overflow.
 * Like cytoscape, a line that fits stays whole, and a candidate line is measured with the space that would follow
 * it, so exported labels wrap on the same words as the canvas.
 */
export function wrapText(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    if (width(words.join(' ')) <= maxWidth) {
      lines.push(words.join(' '));
      continue;
    }
    let line = '';
    words.forEach((word, i) => {
      const after = i < words.length - 1 ? ' ' : '';
      if (!line || width(`${line} ${word}${after}`) <= maxWidth) line = line ? `${line} ${word}` : word;
      else {
        lines.push(line);
        line = word;
      }
    });
    lines.push(line);
  }
  return lines.filter((line) => line !== '');
}
