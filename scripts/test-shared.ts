// CI check over ../shared/datasets (GPL files we may read but not copy): every file loads, or fails, as the table says.
// Run: `tsx scripts/test-shared.ts [datasets-dir]` (npm run test:shared); exits 1 on any mismatch or unlisted file.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../src/io/load-dataset';
import { DatasetError } from '../src/model/dataset-error';
import { FIELD_ROLES } from '../src/model/fields';
import { guessFields } from '../src/model/guess-fields';
import { pluralise } from '../src/model/pluralise';
import { EXPECTED, type Expected } from './shared-expected';

/** The mismatches between a load's DatasetError and the error the table expects. */
function checkError(error: unknown, expected: Expected): string[] {
  if (!(error instanceof DatasetError)) return [`threw ${String(error)} instead of a DatasetError`];
  if (!expected.error) return [`failed: ${error.message}`];
  const problems: string[] = [];
  if (!expected.error.test(error.what)) problems.push(`error "${error.what}" does not match ${expected.error}`);
  if (expected.errorLine && error.where?.line === undefined) problems.push('error gives no line');
  return problems;
}

/** The mismatches between a loaded graph (counts, warnings, attributes) and what the table expects. */
function checkLoaded(result: ReturnType<typeof loadDataset>, expected: Expected): string[] {
  if (expected.error) return [`loaded, but should fail with ${expected.error}`];
  const problems: string[] = [];
  const { graph, warnings } = result;
  if (graph.order !== expected.nodes) problems.push(`${pluralise(graph.order, 'node')}, expected ${expected.nodes}`);
  if (graph.size !== expected.edges) problems.push(`${pluralise(graph.size, 'edge')}, expected ${expected.edges}`);
  const patterns = expected.warnings ?? [];
  if (warnings.length !== patterns.length)
    problems.push(`warnings ${JSON.stringify(warnings)}, expected ${patterns.join(' ')}`);
  for (const pattern of patterns) {
    if (!warnings.some((w) => pattern.test(w))) problems.push(`no warning matches ${pattern}`);
  }
  for (const attribute of expected.nodeAttributes ?? []) {
    const missing = graph.filterNodes((_, attributes) => attributes[attribute] === undefined).length;
    if (missing > 0) problems.push(`${pluralise(missing, 'node lacks', 'nodes lack')} "${attribute}"`);
  }
  return [...problems, ...checkFields(graph, expected)];
}

/** The mismatches between the field guesser's answer and the table's (roles it leaves out: the default, or none). */
function checkFields(graph: ReturnType<typeof loadDataset>['graph'], expected: Expected): string[] {
  if (!expected.fields) return [];
  const { fields } = guessFields(graph);
  return FIELD_ROLES.flatMap((role) => {
    const want = expected.fields?.[role] ?? (role === 'label' ? 'label' : null);
    return fields[role] === want ? [] : [`guessed ${role} "${fields[role]}", expected "${want}"`];
  });
}

/** The mismatches between what loading a file gave and what the table expects (empty when it passes). */
function check(path: string, name: string, expected: Expected): string[] {
  let result: ReturnType<typeof loadDataset>;
  try {
    result = loadDataset([{ name, text: readFileSync(path, 'utf8') }]);
  } catch (error) {
    return checkError(error, expected);
  }
  return checkLoaded(result, expected);
}

/** Checks one file against its row of the table and prints the outcome; returns whether it failed. */
function checkFile(root: string, id: string, name: string): boolean {
  const expected = EXPECTED[id];
  const problems = expected ? check(`${root}/${id}`, name, expected) : ['not in the table: add its expected counts'];
  const failed = problems.length > 0;
  console.log(`${failed ? 'FAIL' : 'ok  '} ${id}${failed ? `\n     ${problems.join('\n     ')}` : ''}`);
  return failed;
}

/** Checks every file of the datasets directory against the table; returns the number of failures. */
function run(root: string): number {
  let failures = 0;
  const seen = new Set<string>();
  for (const dir of ['valid', 'broken']) {
    for (const name of readdirSync(`${root}/${dir}`).sort()) {
      const id = `${dir}/${name}`;
      seen.add(id);
      if (checkFile(root, id, name)) failures += 1;
    }
  }
  for (const id of Object.keys(EXPECTED).filter((id) => !seen.has(id))) {
    failures += 1;
    console.log(`FAIL ${id}\n     listed in the table but missing from ${root}`);
  }
  return failures;
}

const root =
  process.argv[2] ??
  (process.env.SHARED_DIR
    ? `${process.env.SHARED_DIR}/datasets`
    : fileURLToPath(new URL('../../shared/datasets', import.meta.url)));
if (!existsSync(root)) {
  console.error(`No datasets at ${root}: pass the path of shared/datasets as the first argument.`);
  process.exit(1);
}
const failures = run(root);
console.log(failures === 0 ? 'All shared datasets as expected.' : `${failures} shared dataset(s) not as expected.`);
process.exit(failures === 0 ? 0 : 1);
