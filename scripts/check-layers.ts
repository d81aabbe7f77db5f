// The layer and cycle check: every import in src/ (type-only ones included) runs down the layers, and none loops.
//
// Layers, lowest first; a file may import its own layer and any layer its row names, nothing else:
//   model  src/model/**                     (pure domain: imports nothing else in src/)
//   io     src/io/** (with src/io/*.d.ts)   model
//   state  src/state/**                     model            (io and state never import each other)
//   draft  src/draft/**                     model            (drafting from an article: pure, loaded with import())
//   view   src/view/**                      model, io, state, draft
//   app    src/app.ts, src/app/**,          view, io, state, model
//          src/bundled-datasets.ts          (its Vite `?url` imports of graph-data/ make it a build-time list
//                                            that only the composition root reads; the dataset picker in view
//                                            declares the shape it shows instead of importing this one's type)
//   main   src/main.ts                      app and everything below; nothing imports main
//   types  src/types/*.d.ts                 ambient package declarations: imported by no one, import nothing
// Workers follow their folder: src/io/load-worker.ts is io, src/app/measure-worker.ts is app, src/view/layout/force-worker.ts
// is view; `new URL('./x-worker.ts', import.meta.url)` counts as an import of the worker by the file that spawns it.
// Any other file in src/ is an error until it is given a layer here.
//
// Biome says most of this in the editor (noRestrictedImports per folder in biome.jsonc, noImportCycles with
// ignoreTypes off); this script resolves paths instead of matching specifiers, counts worker URLs and unplaced files,
// and is what the test plants into. Why the layers: docs/design-choices.md#layers.
// Usage: tsx scripts/check-layers.ts [srcDir]   (default: src/ beside this script). Exit 1 with one line per problem.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The layers, lowest first. */
export const LAYERS = ['types', 'model', 'io', 'state', 'draft', 'view', 'app', 'main'] as const;
export type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import (its own is always allowed). */
export const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  types: [],
  model: [],
  io: ['model', 'draft'],
  state: ['model'],
  draft: ['model'],
  view: ['model', 'io', 'state', 'draft'],
  app: ['view', 'io', 'state', 'draft', 'model'],
  main: ['app', 'view', 'io', 'state', 'draft', 'model'],
};

/** One import found in a file: what it names, where it resolves, and whether only types cross. */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: string;
  line: number;
  typeOnly: boolean;
}

/** The layer of a file, by its path relative to src/ with forward slashes; undefined when it has none. */
export function layerOf(path: string): Layer | undefined {
  if (path === 'main.ts') return 'main';
  if (path === 'app.ts' || path === 'bundled-datasets.ts' || path.startsWith('app/')) return 'app';
  const top = path.split('/')[0];
  if (top === 'types' && path.endsWith('.d.ts')) return 'types';
  if (top === 'model' || top === 'io' || top === 'state' || top === 'draft' || top === 'view') return top;
  return undefined;
}

/** Blanks comments and the text of template literals, keeping line breaks, so only real code is searched. */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const end = tokenEnd(source, i);
    const chunk = source.slice(i, end);
    const blank = chunk.startsWith('//') || chunk.startsWith('/*') || chunk.startsWith('`');
    out += blank ? chunk.replace(/[^\n]/g, ' ') : chunk;
    i = end;
  }
  return out;
}

/** Where the token at `i` ends: a comment, a string or template literal, or else the one character. */
function tokenEnd(source: string, i: number): number {
  const two = source.slice(i, i + 2);
  const c = source[i] ?? '';
  if (two === '//') return source.indexOf('\n', i) + 1 || source.length;
  if (two === '/*') return source.indexOf('*/', i + 2) + 2 || source.length;
  if (c === '`' || c === '"' || c === "'") return closingQuote(source, i, c);
  return i + 1;
}

/** The index just past the quote that closes the string opened at `i`, skipping escapes. */
function closingQuote(source: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < source.length && source[j] !== quote) {
    if (source[j] === '\\') j++;
    else if (quote !== '`' && source[j] === '\n') return j;
    j++;
  }
  return j + 1;
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `new URL('x', import.meta.url)`.
const STATIC = /(?:^|[;}\n])\s*(import|export)\s+((?:type\s+)?[^;'"]*?)\s*from\s*(['"])([^'"\n]+)\3/g;
const BARE = /(?:^|[;}\n])\s*import\s*(['"])([^'"\n]+)\1/g;
const DYNAMIC = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const WORKER_URL = /\bnew\s+URL\s*\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The relative specifiers a source file imports, with line and whether the import carries types only. */
export function findImports(source: string): { specifier: string; line: number; typeOnly: boolean }[] {
  const code = stripComments(source);
  const found: { specifier: string; line: number; typeOnly: boolean; at: number }[] = [];
  const add = (specifier: string | undefined, at: number, typeOnly: boolean) => {
    if (specifier?.startsWith('.')) found.push({ specifier, at, typeOnly, line: 0 });
  };
  for (const m of code.matchAll(STATIC)) add(m[4], m.index + m[0].indexOf(m[1] ?? ''), isTypeOnly(m[2] ?? ''));
  for (const m of code.matchAll(BARE)) add(m[2], m.index + m[0].indexOf('import'), false);
  for (const m of code.matchAll(DYNAMIC)) add(m[2], m.index, false);
  for (const m of code.matchAll(WORKER_URL)) add(m[2], m.index, false);
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ specifier, at, typeOnly }) => ({ specifier, typeOnly, line: code.slice(0, at).split('\n').length }));
}

/** `type X`, `type { X }` or `{ type X, type Y }`: the import is erased by the compiler. */
function isTypeOnly(clause: string): boolean {
  if (/^type\b/.test(clause)) return true;
  const braces = clause.match(/^\{([^}]*)\}$/);
  const names =
    braces?.[1]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean) ?? [];
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The file a relative specifier names inside `srcDir`, trying TypeScript's extensions; undefined outside src/. */
function resolveSpecifier(srcDir: string, fromFile: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(dirname(join(srcDir, fromFile)), bare);
  for (const candidate of [base, `${base}.ts`, `${base}.d.ts`, join(base, 'index.ts')]) {
    if (exists(candidate)) {
      const path = relative(srcDir, candidate).split(sep).join('/');
      return path.startsWith('../') ? undefined : path;
    }
  }
  return undefined;
}

/** Whether a path is a file. */
const exists = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Every .ts file under a folder, relative to it, with forward slashes, sorted. */
function listSources(srcDir: string, under = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(srcDir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listSources(srcDir, path));
    else if (path.endsWith('.ts')) files.push(path);
  }
  return files.sort();
}

/** Every import between .ts files of src/ (imports of CSS, assets and packages are not edges). */
export function collectEdges(srcDir: string): { files: string[]; edges: ImportEdge[] } {
  const files = listSources(srcDir);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    for (const { specifier, line, typeOnly } of findImports(readFileSync(join(srcDir, from), 'utf8'))) {
      const to = resolveSpecifier(srcDir, from, specifier);
      if (to?.endsWith('.ts')) edges.push({ from, specifier, to, line, typeOnly });
    }
  }
  return { files, edges };
}

/** One line per import that runs up or across the layers, and per file outside every layer. */
export function layerProblems(files: readonly string[], edges: readonly ImportEdge[]): string[] {
  const problems = files
    .filter((file) => !layerOf(file))
    .map(
      (file) =>
        `src/${file}: no layer for this file [layers/unplaced]: put it in a layer folder or name it in scripts/check-layers.ts`,
    );
  for (const edge of edges) {
    const from = layerOf(edge.from);
    const to = layerOf(edge.to);
    if (!from || !to || from === to || MAY_IMPORT[from].includes(to)) continue;
    const kind = edge.typeOnly ? 'type-only import' : 'import';
    const allowed = MAY_IMPORT[from].length ? MAY_IMPORT[from].join(', ') : 'nothing outside it';
    problems.push(
      `src/${edge.from}:${edge.line}: ${kind} of '${edge.specifier}' (src/${edge.to}) runs from ${from} to ${to} [layers/upward-import]: ${from} may import ${allowed}; move the shared part down`,
    );
  }
  return problems;
}

/** One line per import cycle (type-only imports included), each listed once from its smallest file. */
export function cycleProblems(edges: readonly ImportEdge[]): string[] {
  const next = new Map<string, ImportEdge[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge]);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const cycle of findCycles(next)) {
    const files = cycle.map((edge) => edge.from);
    const start = files.indexOf([...files].sort()[0] ?? '');
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    const key = ordered.map((edge) => edge.from).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const path = [...ordered.map((edge) => `src/${edge.from}:${edge.line}`), `src/${ordered[0]?.from}`].join(' -> ');
    const types = ordered.some((edge) => edge.typeOnly) ? ' (type-only imports count)' : '';
    problems.push(`import cycle${types} [layers/import-cycle]: ${path}; move what they share into a module of its own`);
  }
  return problems;
}

/** The cycles of the import graph: a depth-first search that reports each back edge's loop. */
function findCycles(next: ReadonlyMap<string, ImportEdge[]>): ImportEdge[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: ImportEdge[] = [];
  const cycles: ImportEdge[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    for (const edge of next.get(file) ?? []) {
      if (state.get(edge.to) === 'open') {
        const start = stack.findIndex((e) => e.from === edge.to);
        cycles.push([...stack.slice(start < 0 ? stack.length : start), edge]);
      } else if (!state.has(edge.to)) {
        stack.push(edge);
        visit(edge.to);
        stack.pop();
      }
    }
    state.set(file, 'done');
  };
  for (const file of [...next.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** Every layer and cycle problem of a src/ folder. */
export function checkLayers(srcDir: string): string[] {
  const { files, edges } = collectEdges(srcDir);
  return [...layerProblems(files, edges), ...cycleProblems(edges)];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url)));
  const problems = checkLayers(srcDir);
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`check-layers: ${problems.length} problem(s); the layers are described in scripts/check-layers.ts`);
    process.exit(1);
  }
  console.log('check-layers: imports run down the layers, no cycles');
}
