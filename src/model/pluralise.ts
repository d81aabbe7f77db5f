// Counts in words, so that no line on screen or in a warning reads "1 actors".

/**
 * A count with its noun phrase, singular for exactly one: `pluralise(1, 'actor')` is "1 actor", `pluralise(3,
 * 'actor')` "3 actors", and a phrase with a verb names both forms: `pluralise(n, 'edge id is', 'edge ids are')`.
 */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
