// The dataset checker CLI: `npm run validate -- <dataset.json…> [--source <article.txt>]`.

import { readFile } from 'node:fs/promises';
import type { ActorGraph } from '../src/model/actor-graph';
import { buildActorGraph } from '../src/model/build-actor-graph';
import { checkQuotes } from '../src/model/check-quotes';
import { DatasetError } from '../src/model/dataset-error';
import { NATIVE_FORMAT, validateDataset } from '../src/model/validate-dataset';

/** What loading one file yields; a subset of src/io's LoadResult, so loadDataset's result fits as it is. */
interface LoadedFile {
  graph: ActorGraph;
  format: string;
  warnings: string[];
}

/** Loads one dataset file; to read every format, make the body `return loadDataset([{ name: path, text }])`. */
async function loadFile(path: string): Promise<LoadedFile> {
  const text = await readFile(path, 'utf8');
  return loadNative(path, text);
}

/** Reads the native format only: JSON, validated, built into an actor graph. */
function loadNative(path: string, text: string): LoadedFile {
  try {
    const validated = validateDataset(parseJson(text));
    return { graph: buildActorGraph(validated), format: NATIVE_FORMAT, warnings: validated.warnings };
  } catch (error) {
    throw error instanceof DatasetError ? error.locate(path, NATIVE_FORMAT) : error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const what = `The file is not valid JSON (${(error as Error).message})`;
    throw new DatasetError({ what, fix: 'Fix the JSON syntax; a JSON-aware editor shows where it breaks.' });
  }
}

/** Splits the command line into dataset paths and the optional source text path. */
function parseArgs(args: readonly string[]): { files: string[]; source: string | undefined } {
  const files: string[] = [];
  let source: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--source') source = args[++i];
    else if (arg.startsWith('--source=')) source = arg.slice('--source='.length);
    else files.push(arg);
  }
  return { files, source };
}

/** Checks one file, prints what it found, and says whether it passed. */
async function checkFile(path: string, sourceText: string | undefined): Promise<boolean> {
  let loaded: LoadedFile;
  try {
    loaded = await loadFile(path);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    return false;
  }
  const { graph, format, warnings } = loaded;
  console.log(`${path}: format ${format}, ${graph.order} nodes, ${graph.size} edges`);
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  if (sourceText === undefined) return true;
  const problems = checkQuotes(graph, sourceText);
  for (const problem of problems) console.log(`  missing quote in edge "${problem.edge}": ${problem.quote}`);
  console.log(
    `  quotes: ${problems.length === 0 ? 'all found verbatim in the source' : `${problems.length} not found`}`,
  );
  return problems.length === 0;
}

async function main(): Promise<number> {
  const { files, source } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error('usage: npm run validate -- <dataset.json…> [--source <article.txt>]');
    return 2;
  }
  if (process.argv.at(-1) === '--source') {
    console.error('--source needs the path of the source text');
    return 2;
  }
  const sourceText = source === undefined ? undefined : await readFile(source, 'utf8');
  let ok = true;
  for (const file of files) ok = (await checkFile(file, sourceText)) && ok;
  return ok ? 0 : 1;
}

process.exitCode = await main();
