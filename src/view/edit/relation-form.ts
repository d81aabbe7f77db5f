// The Add relation and Edit relation form as values: turned into a command, and the command's errors into fields.

import type { ActorGraph } from '../../model/actor-graph';
import type { AttributeChanges, Command } from '../../model/commands/command';
import { newRelationKey, newSourceId } from '../../model/commands/new-keys';
import type { Evidence, RelationAttributes, SourceRef } from '../../model/schema';

/** The Source choice that reveals the new source's fields (no source id can hold a NUL). */
export const NEW_SOURCE = '\u0000new';

/** Evidence as typed: a quote, and a source id or NEW_SOURCE with the new source's title, address and date. */
export interface EvidenceFormValues {
  quote: string;
  source: string;
  sourceTitle: string;
  sourceUrl: string;
  published: string;
}

/** What the relation form holds: the two ends as actor keys ('' when none matches), then its attributes. */
export interface RelationFormValues extends EvidenceFormValues {
  from: string;
  to: string;
  relation: string;
  stance: string;
  certainty: string;
  date: string;
}

const or = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The new source the form describes, under a fresh id from its title; undefined unless "New source…" is chosen. */
export function newSourceOf(graph: ActorGraph, values: EvidenceFormValues): SourceRef | undefined {
  if (values.source !== NEW_SOURCE) return undefined;
  const title = values.sourceTitle.trim();
  const url = or(values.sourceUrl);
  const published = or(values.published);
  return { id: newSourceId(graph, title), title, ...(url ? { url } : {}), ...(published ? { published } : {}) };
}

/** The piece of evidence the form describes (its source being the new one when one is added). */
export function evidenceOf(values: EvidenceFormValues, newSource: SourceRef | undefined): Evidence {
  return { quote: values.quote.trim(), source: newSource?.id ?? values.source };
}

/** Relation, stance, certainty and date as the dataset keeps them (empty ones as undefined). */
function relationAttributes(values: RelationFormValues, relationAttribute: string): Record<string, unknown> {
  return {
    [relationAttribute]: or(values.relation),
    stance: or(values.stance),
    certainty: or(values.certainty),
    date: or(values.date),
  };
}

/** The add-relation command the form describes, with its new source in the same step when there is one. */
export function addRelationCommand(graph: ActorGraph, values: RelationFormValues, relationAttribute: string): Command {
  const newSource = newSourceOf(graph, values);
  const set = Object.entries(relationAttributes(values, relationAttribute)).filter(([, v]) => v !== undefined);
  const attributes = { ...Object.fromEntries(set), evidence: [evidenceOf(values, newSource)] } as RelationAttributes;
  return {
    type: 'add-relation',
    key: newRelationKey(graph, values.from || 'actor', values.to || 'actor'),
    source: values.from,
    target: values.to,
    attributes,
    ...(newSource ? { newSource } : {}),
  };
}

/** The update-relation command for what the form changes (attributes and ends), or null when it changes nothing. */
export function editRelationCommand(
  graph: ActorGraph,
  key: string,
  values: RelationFormValues,
  relationAttribute: string,
): Command | null {
  const old = graph.getEdgeAttributes(key);
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(relationAttributes(values, relationAttribute)))
    if (JSON.stringify(old[name]) !== JSON.stringify(value)) changes[name] = value;
  const source = values.from !== graph.source(key) ? values.from : undefined;
  const target = values.to !== graph.target(key) ? values.to : undefined;
  if (Object.keys(changes).length === 0 && source === undefined && target === undefined) return null;
  const command: Command = { type: 'update-relation', key, changes: changes as AttributeChanges };
  return { ...command, ...(source !== undefined ? { source } : {}), ...(target !== undefined ? { target } : {}) };
}

/**
 * Which form field shows each error of the relation and evidence checks: the ends, the quote (also for a relation
 * with no evidence at all), the source, and the new source's title, address and date. In a relation's errors a bare
 * `source` is its first actor; in added evidence's (`forEvidence`), the quote's source.
 */
export function formFieldOf(errorKey: string, forEvidence = false): string {
  const field = errorKey.replace(/^evidence\[\d+\]\./, '');
  const named: Record<string, string> = {
    source: errorKey === field && !forEvidence ? 'from' : 'source',
    target: 'to',
    evidence: 'quote',
    'newSource.title': 'sourceTitle',
    'newSource.id': 'sourceTitle',
    'newSource.url': 'sourceUrl',
    'newSource.published': 'published',
  };
  return named[field] ?? field;
}

/** Errors keyed by form field (the first message wins when two checks land on one field). */
export function errorsByFormField(
  errors: Readonly<Record<string, string>>,
  forEvidence = false,
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = formFieldOf(key, forEvidence);
    byField[field] ??= message;
  }
  return byField;
}
