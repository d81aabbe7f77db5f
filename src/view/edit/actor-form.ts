// The Add actor and Edit actor form as values: read from an actor, turned into its attributes or its changes.

import type { AttributeChanges } from '../../model/commands/command';
import type { ActorAttributes } from '../../model/schema';

/** What the actor form holds, as typed. */
export interface ActorFormValues {
  label: string;
  kind: string;
  /** One name per line. */
  aliases: string;
  role: string;
  description: string;
}

/** The names written one per line, trimmed, blank lines dropped. */
export function parseAliases(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The form filled from an actor's attributes; `kindAttribute` is where the dataset keeps the kind. */
export function actorFormValues(attrs: Readonly<Record<string, unknown>>, kindAttribute: string): ActorFormValues {
  const aliases = Array.isArray(attrs.aliases) ? attrs.aliases.filter((a) => typeof a === 'string') : [];
  return {
    label: text(attrs.label),
    kind: text(attrs[kindAttribute]),
    aliases: aliases.join('\n'),
    role: text(attrs.role),
    description: text(attrs.description),
  };
}

/** Each attribute the form sets, with undefined for a field left empty (which removes the attribute). */
function formAttributes(values: ActorFormValues, kindAttribute: string): Record<string, unknown> {
  const aliases = parseAliases(values.aliases);
  const or = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    label: values.label.trim(),
    [kindAttribute]: or(values.kind),
    aliases: aliases.length > 0 ? aliases : undefined,
    role: or(values.role),
    description: or(values.description),
  };
}

/** A new actor's attributes: the label first, then what was filled in. */
export function newActorAttributes(values: ActorFormValues, kindAttribute: string): ActorAttributes {
  const attributes = Object.entries(formAttributes(values, kindAttribute)).filter(([, v]) => v !== undefined);
  return Object.fromEntries(attributes) as ActorAttributes;
}

/** Only what the form changes on an actor (an emptied field removes its attribute); empty when nothing changed. */
export function actorChanges(
  attrs: Readonly<Record<string, unknown>>,
  values: ActorFormValues,
  kindAttribute: string,
): AttributeChanges {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(formAttributes(values, kindAttribute))) {
    if (JSON.stringify(attrs[key]) !== JSON.stringify(value)) changes[key] = value;
  }
  return changes;
}
