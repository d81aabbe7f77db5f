// Counts in words, so that no line on screen or in a warning reads "1 actors".

/**
 * A count with its noun phrase, singular for exactly one: `pluralise(1, 'actor')` is "1 actor", `pluralise(3,
 * 'actor')` "3 actors", and a phrase with a verb names both forms: `pluralise(n, 'edge id is', 'edge ids are')`.
 */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * A count of what is shown out of a total: "30 of 54 actors" while something is hidden, the plain `pluralise` form
 * ("54 actors") when all is shown. The noun follows the total, which is what the reader counts against.
 */
export function pluraliseShown(shown: number, total: number, singular: string, plural = `${singular}s`): string {
  return shown >= total ? pluralise(total, singular, plural) : `${shown} of ${pluralise(total, singular, plural)}`;
}
