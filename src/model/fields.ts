// What means what in a dataset: which attribute is an actor's label and kind, and a relation's name, evidence,
// source link and date.

/** The roles an attribute can play. */
export const FIELD_ROLES = ['label', 'kind', 'relation', 'evidence', 'source', 'date'] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

/** Which attribute plays each role: label and kind on actors, the others on relations; null where the file has none. */
export type FieldMap = Readonly<Record<FieldRole, string | null>>;

/** The native format's own meaning (graph-data/README.md): evidence is a list of quotes citing the graph's sources. */
export const NATIVE_FIELDS: FieldMap = {
  label: 'label',
  kind: 'kind',
  relation: 'relation',
  evidence: 'evidence',
  source: null,
  date: 'date',
};

/** The name of each role, as the dialog's selects and the status line say it. */
export const FIELD_NAMES: Record<FieldRole, string> = {
  label: 'Label',
  kind: 'Kind',
  relation: 'Relation',
  evidence: 'Evidence',
  source: 'Source link',
  date: 'Date',
};
