// The dataset checker CLI: opens any supported file with the app's loader and prints format, counts and warnings.

import { readFile } from 'node:fs/promises';
import { ColumnChoiceNeeded } from '../src/io/column-choice-needed';
import { type LoadResult, loadDataset } from '../src/io/load-dataset';
import type { LoadOptions } from '../src/io/load-types';
import { checkQuotes } from '../src/model/check-quotes';
import { DatasetError } from '../src/model/dataset-error';
import { pluralise } from '../src/model/pluralise';

const USAGE =
  'usage: npm run validate -- <file…> [--pair <nodes.csv> <edges.csv>]… [--columns <source> <target>] [--source <article.txt>]';

/** The format label the loader gives native datasets: the only ones whose evidence quotes `--source` can check. */
const NATIVE_LABEL = 'Backchannel dataset';

/** One thing to load: a single file, or a CSV nodes table and edges table loaded together. */
type Job = string[];

/** What the command line asks for; `error` is a usage problem to print instead of running. */
interface Args {
  jobs: Job[];
  source: string | undefined;
  options: LoadOptions;
  error?: string;
}

/** Takes the next `count` arguments for the option being read, or undefined (and a usage error) when they lack. */
type Take = (count: number, what: string) => string[] | undefined;

/** Reads one option into `parsed`; returns how many of the arguments after it the option took. */
function readOption(arg: string, take: Take, parsed: Args): number {
  if (arg === '--pair') {
    const pair = take(2, 'two CSV files: a nodes table and an edges table');
    if (pair) parsed.jobs.push(pair);
    return 2;
  }
  if (arg === '--columns') {
    const [source, target] = take(2, 'two column names: the source column and the target column') ?? [];
    if (source !== undefined && target !== undefined) parsed.options = { columns: { source, target } };
    return 2;
  }
  if (arg === '--source') {
    parsed.source = take(1, 'the path of the source text')?.[0];
    return 1;
  }
  if (arg.startsWith('--source=')) parsed.source = arg.slice(9);
  else parsed.error ??= `unknown option ${arg}`;
  return 0;
}

/** Splits the command line into jobs (files and `--pair`s), the optional source text and the CSV end columns. */
function parseArgs(args: readonly string[]): Args {
  const parsed: Args = { jobs: [], source: undefined, options: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      parsed.jobs.push([arg]);
      continue;
    }
    const start = i;
    const take: Take = (count, what) => {
      const values = args.slice(start + 1, start + 1 + count);
      if (values.length === count && values.every((v) => !v.startsWith('--'))) return values;
      parsed.error ??= `${arg} needs ${what}`;
      return undefined;
    };
    i += readOption(arg, take, parsed);
  }
  if (!parsed.error && parsed.jobs.length === 0) parsed.error = 'no files given';
  return parsed;
}

/** Reads a job's files and loads them with the app's own loader; unreadable files become DatasetErrors too. */
async function loadJob(job: Job, options: LoadOptions): Promise<LoadResult> {
  const files = await Promise.all(
    job.map(async (path) => {
      try {
        return { name: path, text: await readFile(path, 'utf8') };
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new DatasetError({ file: path, what: `the file cannot be read (${reason})`, fix: 'Check the path.' });
      }
    }),
  );
  return loadDataset(files, options);
}

/** Prints what the evidence quote check found; returns whether every quote is in the source. */
function reportQuotes(result: LoadResult, sourceText: string): boolean {
  if (result.formatLabel !== NATIVE_LABEL) {
    console.log('  quotes: not checked (only Backchannel datasets carry evidence quotes)');
    return true;
  }
  const problems = checkQuotes(result.graph, sourceText);
  for (const problem of problems) console.log(`  missing quote in edge "${problem.edge}": ${problem.quote}`);
  console.log(
    `  quotes: ${problems.length === 0 ? 'all found verbatim in the source' : `${problems.length} not found`}`,
  );
  return problems.length === 0;
}

/** Checks one job, prints its format, counts and warnings (or its error), and says whether it passed. */
async function checkJob(job: Job, options: LoadOptions, sourceText: string | undefined): Promise<boolean> {
  let result: LoadResult;
  try {
    result = await loadJob(job, options);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    // The app asks with a dialog; here the same choice is an option.
    const hint = error instanceof ColumnChoiceNeeded ? ' On the command line: --columns <source> <target>.' : '';
    console.error(`${error.message}${hint}`);
    return false;
  }
  const { graph, formatLabel, warnings } = result;
  console.log(
    `${job.join(' + ')}: ${formatLabel}, ${pluralise(graph.order, 'node')}, ${pluralise(graph.size, 'edge')}`,
  );
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  return sourceText === undefined || reportQuotes(result, sourceText);
}

async function main(): Promise<number> {
  const { jobs, source, options, error } = parseArgs(process.argv.slice(2));
  if (error) {
    console.error(`${error}\n${USAGE}`);
    return 2;
  }
  let sourceText: string | undefined;
  try {
    sourceText = source === undefined ? undefined : await readFile(source, 'utf8');
  } catch {
    console.error(`cannot read the source text ${source}`);
    return 2;
  }
  let ok = true;
  for (const job of jobs) ok = (await checkJob(job, options, sourceText)) && ok;
  return ok ? 0 : 1;
}

process.exitCode = await main();
