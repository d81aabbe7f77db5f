// What accepting a draft costs on a large graph: a 12-actor, 18-relation draft accepted, undone, and checked.
// Usage: npx tsx bench/accept-draft.ts [size] (default 50k). Prints medians of 7 runs in ms.

import { performance } from 'node:perf_hooks';
import { loadDataset } from '../src/io/load-dataset';
import type { AcceptedDraft } from '../src/model/commands/accepted-draft';
import { draftCommands } from '../src/model/commands/draft-commands';
import { checkCommand, runCommand } from '../src/model/commands/run-command';
import { generateDataset } from './generate';
import { SIZES } from './sizes';

const size = SIZES.find((s) => s.name === (process.argv[2] ?? '50k')) ?? SIZES[SIZES.length - 1];
if (!size) throw new Error('No size.');
const graph = loadDataset([{ name: 'big.json', text: JSON.stringify(generateDataset(size, false)) }]).graph;

/** Ten new actors and two found "Same as" existing ones, eighteen relations, each quoting its own sentence. */
function draft(): AcceptedDraft {
  const actors = Array.from({ length: 12 }, (_, i) => ({
    key: `d${i}`,
    label: `Drafted actor ${i}`,
    kind: 'person',
    aliases: [`Actor ${i}`],
    ...(i < 2 ? { sameAs: `a-${i}` } : {}),
  }));
  const sentences = Array.from(
    { length: 18 },
    (_, i) => `Drafted actor ${i % 12} urges drafted actor ${(i + 5) % 12}.`,
  );
  const relations = sentences.map((quote, i) => ({
    ...{ key: `r${i}`, source: `d${i % 12}`, target: `d${(i + 5) % 12}`, relation: 'urges', stance: 'neutral' },
    ...{ certainty: 'confirmed', quote },
  }));
  return { source: { id: 'drafted', title: 'Drafted', text: sentences.join(' ') }, actors, relations };
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const times = { check: [] as number[], accept: [] as number[], undo: [] as number[] };
for (let run = 0; run < 7; run++) {
  const { command, context } = draftCommands(graph, draft());
  let t = performance.now();
  checkCommand(graph, command, context);
  times.check.push(performance.now() - t);
  t = performance.now();
  const result = runCommand(graph, command, context);
  times.accept.push(performance.now() - t);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  t = performance.now();
  runCommand(graph, result.inverse);
  times.undo.push(performance.now() - t);
}
const row = Object.entries(times).map(([name, values]) => `${name} ${median(values).toFixed(1)} ms`);
console.log(`${size.name}: ${row.join(', ')}`);
