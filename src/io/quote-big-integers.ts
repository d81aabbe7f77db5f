// Keeps integers too large for a double (ids above 2^53) exact by turning them into strings before JSON.parse sees them.

/** A run of 16 or more digits not after a decimal point: an integer that may not survive a trip through Number. */
const LONG_DIGITS = /(?<![\d.])\d{16,}/;
const NUMBER = /-?\d+(\.\d+)?([eE][-+]?\d+)?/y;

/** Whether an integer literal loses digits as a JavaScript number. */
function isUnsafeInteger(literal: string): boolean {
  return !Number.isSafeInteger(Number(literal));
}

/** The index just past the JSON string that opens at `i` (a `"`), escapes skipped; past the end if it never closes. */
export function endOfJsonString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
  return j + 1;
}

/** The number literal at `i` (or the lone character there), and whether it is an integer a double cannot hold. */
function numberAt(text: string, i: number): { literal: string; unsafe: boolean } {
  NUMBER.lastIndex = i;
  const match = NUMBER.exec(text);
  const literal = match?.[0] ?? text.charAt(i);
  return { literal, unsafe: !!match && !match[1] && !match[2] && isUnsafeInteger(literal) };
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
      // Skip the string so digits inside strings are left alone.
      i = endOfJsonString(text, i);
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const { literal, unsafe } = numberAt(text, i);
      if (unsafe) {
        parts.push(text.slice(copied, i), `"${literal}"`);
        copied = i + literal.length;
      }
      i += literal.length;
    } else i += 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
