// A relation read through the file's fields: its quotes or evidence text, its source links, its date.

import type { FieldMap } from './fields';
import type { RelationAttributes } from './schema';

/** One piece of evidence: a quote or a file's own note, and the source id it cites (native data only). */
export interface Quote {
  quote: string;
  source?: string;
}

/** What a relation says for itself, read through the fields; empty lists for what it does not carry. */
export interface RelationReading {
  quotes: Quote[];
  /** The http(s) addresses of the source link field, in order. */
  links: string[];
  /** Source text that is no web address (kept visible as text, never made a link). */
  sourceText: string[];
  date: string | undefined;
}

const HTTP = /^https?:\/\/\S+$/i;

function texts(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number' && Number.isFinite(value)) return [String(value)];
  return Array.isArray(value) ? value.flatMap((item) => (Array.isArray(item) ? [] : texts(item))) : [];
}

function quotesOf(value: unknown): Quote[] {
  if (!Array.isArray(value)) return texts(value).map((quote) => ({ quote }));
  return value.flatMap((item): Quote[] => {
    if (typeof item === 'string') return texts(item).map((quote) => ({ quote }));
    if (!item || typeof item !== 'object' || typeof item.quote !== 'string') return [];
    return [{ quote: item.quote, ...(item.source ? { source: String(item.source) } : {}) }];
  });
}

/** Reads a relation's evidence, source link and date from the attributes the fields name. */
export function readRelation(attributes: RelationAttributes, fields: FieldMap): RelationReading {
  const quotes = fields.evidence ? quotesOf(attributes[fields.evidence]) : [];
  // Files list several sources in one cell, separated by spaces, commas or semicolons.
  const pieces = fields.source ? texts(attributes[fields.source]).flatMap((t) => t.split(/[\s,;|]+/)) : [];
  const links = pieces.filter((piece) => HTTP.test(piece));
  const sourceText = pieces.filter((piece) => piece && !HTTP.test(piece));
  const date = fields.date ? texts(attributes[fields.date])[0] : undefined;
  return { quotes, links, sourceText, date };
}
