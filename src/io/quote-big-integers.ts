// Keeps integers too large for a double (ids above 2^53) exact by turning them into strings before JSON.parse sees them.

/** A run of 16 or more digits not after a decimal point: an integer that may not survive a trip through Number. */
const LONG_DIGITS = /(?<![\d.])\d{16,}/;
const NUMBER = /-?\d+(\.\d+)?([eE][-+]?\d+)?/y;

/** Whether an integer literal loses digits as a JavaScript number. */
function isUnsafeInteger(literal: string): boolean {
  return !Number.isSafeInteger(Number(literal));
}

/** Returns the JSON text with every bare integer beyond 2^53 quoted, so it parses as an intact string. */
export function quoteBigIntegers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') {
      // Skip the string, escapes included, so digits inside strings are left alone.
      i += 1;
      while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
      i += 1;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const literal = match?.[0] ?? c;
      if (match && !match[1] && !match[2] && isUnsafeInteger(literal)) {
        parts.push(text.slice(copied, i), `"${literal}"`);
        copied = i + literal.length;
      }
      i += literal.length;
      continue;
    }
    i += 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
