// The load warnings for times that did not fit the graph's axis or ran backwards, one sentence per problem.

import { pluralise } from '../model/pluralise';
import type { TimeFormat } from '../model/time/time-value';
import type { TimeMisfits } from './fit-element-time';
import { nameIds } from './graph-builder';

/** The warnings for one kind of element. */
export function timeWarnings(kind: 'node' | 'edge', found: TimeMisfits, format: TimeFormat): string[] {
  const expected =
    format === 'date' ? 'an ISO 8601 date ("2025", "2025-03-14", "2025-03-14T10:00Z")' : `a number (${format} time)`;
  const warnings = [...found.misfits].map(
    ([name, count]) =>
      `${pluralise(count, kind)} had a "${name}" that is not ${expected} or runs backwards: kept as "${name}_original"`,
  );
  if (found.backwards.length > 0) {
    const elements = pluralise(found.backwards.length, `${kind} ends`, `${kind}s end`);
    warnings.push(
      `${elements} before ${found.backwards.length === 1 ? 'it starts' : 'they start'} (${nameIds(found.backwards)}): "end" kept as "end_original"`,
    );
  }
  return warnings;
}
