// Finds where JSON text first goes wrong, the same way in every engine (V8's messages often give no position).

/** The first syntax problem in a JSON text: its character offset and what was wrong there. */
export interface JsonProblem {
  offset: number;
  problem: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the text ends too early';
  return `unexpected ${JSON.stringify(text.charAt(offset))}`;
}

/** Scans a string starting at its opening quote; returns the offset after the closing quote, or a problem. */
function scanString(text: string, start: number): number | JsonProblem {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, problem: 'a line break or control character inside a string' };
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { offset: i, problem: 'an invalid escape in a string' };
      i = ESCAPE.lastIndex;
    } else i += 1;
  }
  return { offset: start, problem: 'a string that is never closed' };
}

function skipSpace(text: string, i: number): number {
  let at = i;
  while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  return at;
}

/** Reads a string, number or literal; returns the offset after it, or a problem. */
function scanScalar(text: string, i: number): number | JsonProblem {
  if (text.charAt(i) === '"') return scanString(text, i);
  for (const pattern of [NUMBER, LITERAL]) {
    pattern.lastIndex = i;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return { offset: i, problem: `${describeAt(text, i)} where a value should be` };
}

/** Reads `"key" :` inside an object; returns the offset after the colon, or a problem. */
function scanKey(text: string, i: number): number | JsonProblem {
  if (text.charAt(i) !== '"')
    return { offset: i, problem: `${describeAt(text, i)} where a quoted property name should be` };
  const end = scanString(text, i);
  if (typeof end !== 'number') return end;
  const colon = skipSpace(text, end);
  if (text.charAt(colon) !== ':') return { offset: colon, problem: `${describeAt(text, colon)} where ':' should be` };
  return colon + 1;
}

type State = 'value' | 'object-start' | 'array-start' | 'after';

/** Where one step of the scan goes next (an offset, or the problem found) and in which state. */
interface Step {
  next: number | JsonProblem;
  state: State;
}

/** One step inside a value: open an object or array, read a key or a scalar, or close an empty one. */
function stepInto(text: string, i: number, state: State, stack: string[]): Step {
  const c = text.charAt(i);
  const close = stack.at(-1) === '{' ? '}' : ']';
  if ((state === 'object-start' || state === 'array-start') && c === close) {
    stack.pop();
    return { next: i + 1, state: 'after' };
  }
  if (state === 'object-start') return { next: scanKey(text, i), state: 'value' };
  if (c === '{' || c === '[') {
    stack.push(c);
    return { next: i + 1, state: c === '{' ? 'object-start' : 'array-start' };
  }
  return { next: scanScalar(text, i), state: 'after' };
}

/** One step after a value: a comma, a closing bracket, or the end of the text; undefined when the JSON is complete. */
function stepAfter(text: string, i: number, stack: string[]): Step | undefined {
  const c = text.charAt(i);
  const top = stack.at(-1);
  if (top === undefined) {
    if (i >= text.length) return undefined;
    return { next: { offset: i, problem: `${describeAt(text, i)} after the end of the JSON value` }, state: 'after' };
  }
  const close = top === '{' ? '}' : ']';
  if (c === close) {
    stack.pop();
    return { next: i + 1, state: 'after' };
  }
  if (c === ',') return { next: top === '{' ? scanKey(text, skipSpace(text, i + 1)) : i + 1, state: 'value' };
  return { next: { offset: i, problem: `${describeAt(text, i)} where ',' or '${close}' should be` }, state: 'after' };
}

/** Returns the first syntax problem of a JSON text, or undefined when the text is valid JSON. */
export function locateJsonError(text: string): JsonProblem | undefined {
  // One loop over an explicit stack, so deeply nested input cannot overflow the call stack.
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    const step: Step | undefined = state === 'after' ? stepAfter(text, i, stack) : stepInto(text, i, state, stack);
    if (!step) return undefined;
    if (typeof step.next !== 'number') return step.next;
    i = step.next;
    state = step.state;
  }
}
