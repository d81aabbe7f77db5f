// The field checks commands run before changing anything: labels, kinds, relation fields, evidence and sources.

import type { ActorGraph } from '../actor-graph';
import { normaliseForQuotes } from '../check-quotes';
import { ACTOR_KINDS, CERTAINTIES, RELATION_NAMES, type SourceRef, STANCES } from '../schema';
import { foldText } from '../search-index';
import { ISO_DATE, NATIVE_FORMAT } from '../validate-dataset';
import type { CommandContext } from './command';

/** Errors being gathered, by field. */
export type ErrorSink = Record<string, string>;

/** Whether the graph is a native dataset, whose vocabulary (kinds, relations, stance, certainty) is enforced. */
export function isNative(graph: ActorGraph): boolean {
  return graph.getAttribute('format') === NATIVE_FORMAT;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';

/** The actor's label, or its key when it has none. */
export function labelOf(graph: ActorGraph, key: string): string {
  const label = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : undefined;
  return typeof label === 'string' && label !== '' ? label : key;
}

/** The actor (other than `except`) whose label is `label` once case and accents are folded, if any. */
function labelOwner(graph: ActorGraph, label: string, except?: string): string | undefined {
  const wanted = foldText(label);
  return graph.findNode(
    (key, attributes) =>
      key !== except && typeof attributes.label === 'string' && foldText(attributes.label) === wanted,
  );
}

/** Checks a label: a name, not another actor's (only when it changes, so old look-alikes in a file stay editable). */
function checkLabel(graph: ActorGraph, label: unknown, errors: ErrorSink, key?: string) {
  if (!isText(label)) {
    errors.label = 'Give the actor a name.';
    return;
  }
  if (key !== undefined && foldText(labelOf(graph, key)) === foldText(label)) return;
  const owner = labelOwner(graph, label, key);
  if (owner !== undefined)
    errors.label = `"${labelOf(graph, owner)}" is already an actor: choose another name, or merge the two.`;
}

/** Checks an actor's attributes as they would be after the command; `key` is the actor being edited, if any. */
export function checkActorAttributes(
  graph: ActorGraph,
  attrs: Record<string, unknown>,
  errors: ErrorSink,
  key?: string,
) {
  checkLabel(graph, attrs.label, errors, key);
  if (isNative(graph) && !(ACTOR_KINDS as readonly unknown[]).includes(attrs.kind))
    errors.kind = `Choose a kind: ${ACTOR_KINDS.join(', ')}.`;
  else if (!isOptionalText(attrs.kind)) errors.kind = 'Write the kind as text.';
  const aliases = attrs.aliases;
  if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every(isText)))
    errors.aliases = 'Write one name per line, without empty lines.';
  for (const field of ['role', 'description'])
    if (!isOptionalText(attrs[field])) errors[field] = 'Write it as text, or leave it empty.';
  for (const field of ['x', 'y'])
    if (attrs[field] !== undefined && !Number.isFinite(attrs[field])) errors[field] = 'Give a number.';
}

const oneOf = (values: readonly string[], value: unknown) => typeof value === 'string' && values.includes(value);

/** Checks a relation's attributes as they would be after the command (evidence apart). */
export function checkRelationAttributes(graph: ActorGraph, attrs: Record<string, unknown>, errors: ErrorSink) {
  if (isNative(graph)) {
    if (!oneOf(RELATION_NAMES, attrs.relation)) errors.relation = 'Choose a relation from the list.';
    if (!oneOf(STANCES, attrs.stance)) errors.stance = `Choose a stance: ${STANCES.join(', ')}.`;
    if (!oneOf(CERTAINTIES, attrs.certainty)) errors.certainty = `Choose a certainty: ${CERTAINTIES.join(', ')}.`;
  } else if (!isOptionalText(attrs.relation)) errors.relation = 'Write the relation as text.';
  if (attrs.date !== undefined && !(typeof attrs.date === 'string' && ISO_DATE.test(attrs.date)))
    errors.date = 'Write the date as 2025, 2025-07 or 2025-07-03.';
  if (!isOptionalText(attrs.dateText)) errors.dateText = 'Write it as text, or leave it empty.';
}

/** Checks that both ends of a relation are actors of the graph. */
export function checkEnds(graph: ActorGraph, source: string, target: string, errors: ErrorSink) {
  if (!graph.hasNode(source)) errors.source = 'Choose an actor the dataset has.';
  if (!graph.hasNode(target)) errors.target = 'Choose an actor the dataset has.';
}

/** The ids of the graph's sources. */
export function sourceIds(graph: ActorGraph): Set<string> {
  const sources = graph.getAttribute('sources');
  return new Set((Array.isArray(sources) ? sources : []).map((source) => source.id));
}

/**
 * Checks one piece of evidence: a quote, a source the dataset lists (or `extra`, added in the same step), and, when
 * that source's text is stored, the quote found in it verbatim (typography and spacing aside). `at` prefixes fields.
 */
export function checkEvidence(
  graph: ActorGraph,
  item: unknown,
  context: CommandContext,
  errors: ErrorSink,
  at = '',
  extra?: string,
) {
  const evidence = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const { quote, source } = evidence;
  if (!isText(quote)) errors[`${at}quote`] = 'Copy the words of the source that state the relation.';
  if (!isText(source) || !(source === extra || sourceIds(graph).has(source)))
    errors[`${at}source`] = 'Choose one of the dataset’s sources, or add a new one.';
  const text = isText(source) ? context.sourceTexts?.[source] : undefined;
  if (isText(quote) && text !== undefined && !normaliseForQuotes(text).includes(normaliseForQuotes(quote)))
    errors[`${at}quote`] = 'The source’s text does not contain these words: copy them from it exactly.';
}

/** Checks a relation's evidence list: at least one item, each checked. */
export function checkEvidenceList(
  graph: ActorGraph,
  evidence: unknown,
  context: CommandContext,
  errors: ErrorSink,
  extra?: string,
) {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    errors.evidence = 'Every relation needs the sentence that evidences it: add a quote and its source.';
    return;
  }
  for (const [i, item] of evidence.entries()) checkEvidence(graph, item, context, errors, `evidence[${i}].`, extra);
}

/** Checks a new source: an id the dataset does not use yet, a title, and an ISO date and a web address if given. */
export function checkSource(graph: ActorGraph, source: SourceRef, errors: ErrorSink, at = '') {
  if (!isText(source.id)) errors[`${at}id`] = 'Give the source an id.';
  else if (sourceIds(graph).has(source.id)) errors[`${at}id`] = `The dataset already has a source "${source.id}".`;
  if (!isText(source.title)) errors[`${at}title`] = 'Give the source a title.';
  if (source.published !== undefined && !ISO_DATE.test(source.published))
    errors[`${at}published`] = 'Write the date as 2025, 2025-07 or 2025-07-03.';
  if (source.url !== undefined && !/^https?:\/\/\S+$/i.test(source.url))
    errors[`${at}url`] = 'Give a web address starting with http:// or https://.';
}
