// The states table read into lookups: a state's name, capital or demonym to the state it names.
import { STATES_TABLE } from './tables/states';

/** One state of the table. */
export interface StateEntry {
  name: string;
  others: string[];
  demonyms: string[];
  capital?: string;
}

/** How a word names a state: by name, as its capital, or as its demonym. */
export type StateWay = 'name' | 'capital' | 'demonym';

/** Every state of the table. */
export const STATES: readonly StateEntry[] = STATES_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name = '', others = '', demonyms = '', capital = ''] = line.split('|');
    const list = (cell: string) => cell.split(',').filter(Boolean);
    return { name, others: list(others), demonyms: list(demonyms), ...(capital ? { capital } : {}) };
  });

const BY_WORD = new Map<string, { state: StateEntry; way: StateWay }>();
for (const state of STATES) {
  for (const name of [state.name, ...state.others]) BY_WORD.set(name, { state, way: 'name' });
  if (state.capital) BY_WORD.set(state.capital, { state, way: 'capital' });
  for (const demonym of state.demonyms) BY_WORD.set(demonym, { state, way: 'demonym' });
}

/** The state a word names exactly (case as written, "the" ignored), and how; undefined for other words. */
export function lookUpState(word: string): { state: StateEntry; way: StateWay } | undefined {
  return BY_WORD.get(word.replace(/^the\s+/i, '')) ?? BY_WORD.get(titleCase(word));
}

/** "HELSINKI" → "Helsinki", so a dateline's capital is found; other words are returned as they are. */
function titleCase(word: string): string {
  return word === word.toUpperCase() && word.length > 3
    ? word.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
    : word;
}
