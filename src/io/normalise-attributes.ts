// Coerces the attributes the actor graph types (label, x, y, size, colour, relation fields) and counts what did not fit.

import type { Attributes } from 'graphology-types';
import { CERTAINTIES, STANCES } from '../model/schema';

const NUMERIC = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const LABEL_NAMES = ['label', 'name', 'title'] as const;

/** A value as a number when it is one or reads as one, else undefined. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

/** A value as text when it is a string, number or boolean, else undefined. */
function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The display label: a label, name or title attribute (any case, first non-empty), else the key. */
export function pickLabel(attributes: Attributes, key: string): string {
  const byLowerName = new Map<string, unknown>();
  for (const [name, value] of Object.entries(attributes)) {
    const lower = name.toLowerCase();
    if (!byLowerName.has(lower) || name === lower) byLowerName.set(lower, value);
  }
  for (const name of LABEL_NAMES) {
    const value = byLowerName.get(name);
    const text = Array.isArray(value) ? value.map(toText).filter(Boolean).join(', ') : toText(value);
    if (text?.trim()) return text.trim();
  }
  return key;
}

type Coerce = (value: unknown) => unknown;

const isIn =
  (allowed: readonly string[]): Coerce =>
  (value) =>
    typeof value === 'string' && allowed.includes(value) ? value : undefined;

/** A list as written by our own GEXF, GraphML and CSV writers: JSON text, since those formats have no nested values. */
export function listFromJsonText(value: unknown): unknown {
  if (typeof value !== 'string' || !value.trimStart().startsWith('[')) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value; // not JSON after all: the caller sets it aside as *_original, with a warning
  }
}

const textList: Coerce = (raw) => {
  const value = listFromJsonText(raw);
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
};

/** Typed node attributes of the actor graph and how a foreign value is made to fit. */
const NODE_FIELDS: Record<string, Coerce> = {
  x: toNumber,
  y: toNumber,
  size: toNumber,
  color: toText,
  kind: toText,
  description: toText,
  role: toText,
  aliases: textList,
};

/** Typed edge attributes of the actor graph and how a foreign value is made to fit. */
const EDGE_FIELDS: Record<string, Coerce> = {
  relation: toText,
  stance: isIn(STANCES),
  certainty: isIn(CERTAINTIES),
  date: toText,
  dateText: toText,
  evidence: (raw) => {
    const value = listFromJsonText(raw);
    return Array.isArray(value) ? value : undefined;
  },
};

/** Counts, per attribute, how many elements had a value that did not fit and was set aside. */
export type Misfits = Map<string, number>;

function coerce(attributes: Attributes, fields: Record<string, Coerce>, misfits: Misfits): Attributes {
  const result: Attributes = { ...attributes };
  for (const [name, toType] of Object.entries(fields)) {
    if (!(name in result) || result[name] === undefined) continue;
    const value = toType(result[name]);
    if (value !== undefined) {
      result[name] = value;
      continue;
    }
    // Kept under another name rather than lost: the inspector still shows it, the typed field stays honest.
    result[`${name}_original`] = result[name];
    delete result[name];
    misfits.set(name, (misfits.get(name) ?? 0) + 1);
  }
  return result;
}

/** A node's attributes with a string label and typed fields that fit their types. */
export function normaliseNodeAttributes(attributes: Attributes, key: string, misfits: Misfits): Attributes {
  const result = coerce(attributes, NODE_FIELDS, misfits);
  result.label = pickLabel(attributes, key);
  return result;
}

/** An edge's attributes with typed fields that fit their types. */
export function normaliseEdgeAttributes(attributes: Attributes, misfits: Misfits): Attributes {
  return coerce(attributes, EDGE_FIELDS, misfits);
}
