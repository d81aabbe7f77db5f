// The layer check as `npm run check` runs it: a copy of src/ with a bad import planted fails, the clean copy passes.

import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What one run printed and how it exited. */
interface Run {
  code: number;
  output: string;
}

/** Runs a program from node_modules/.bin in `cwd` and collects its exit code and all it printed. */
function run(bin: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules/.bin', bin), args, { cwd }, (error, stdout, stderr) => {
      // A non-zero exit arrives as an error carrying the code; anything else (no binary at all) fails the test.
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output: stdout + stderr });
    });
  });
}

/** The script `npm run check` runs, over the copy's src/. */
const checkLayers = (copy: string) => run('tsx', [join(ROOT, 'scripts/check-layers.ts'), join(copy, 'src')], copy);

/** Biome's two layer rules alone, with the project's biome.jsonc, over the copy. */
const biomeLayers = (copy: string) =>
  run('biome', ['lint', '--only=style/noRestrictedImports', '--only=suspicious/noImportCycles', 'src'], copy);

const copies: string[] = [];

/** A fresh copy of src/ with the project's Biome configuration beside it. */
function copyOfSrc(): string {
  const copy = mkdtempSync(join(tmpdir(), 'backchannel-layers-'));
  copies.push(copy);
  cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
  cpSync(join(ROOT, 'biome.jsonc'), join(copy, 'biome.jsonc'));
  return copy;
}

/** Adds lines at the end of a file of the copy (imports are hoisted, so their place does not matter). */
function plant(copy: string, file: string, ...lines: string[]): void {
  appendFileSync(join(copy, 'src', file), `\n${lines.join('\n')}\n`);
}

afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

describe('scripts/check-layers.ts and the Biome layer rules', () => {
  it('pass the unmodified source', async () => {
    const copy = copyOfSrc();
    const script = await checkLayers(copy);
    expect(script.output).toContain('imports run down the layers, no cycles');
    expect(script.code).toBe(0);
    expect((await biomeLayers(copy)).code).toBe(0);
  });

  it('fail on model importing view, naming the file, the line and the rule', async () => {
    const copy = copyOfSrc();
    plant(copy, 'model/schema.ts', "import { el } from '../view/dom';", 'export const planted = el;');
    const script = await checkLayers(copy);
    expect(script.code).toBe(1);
    expect(script.output).toMatch(/src\/model\/schema\.ts:\d+: import of '\.\.\/view\/dom' .* from model to view/);
    expect(script.output).toContain('[layers/upward-import]');
    const biome = await biomeLayers(copy);
    expect(biome.code).not.toBe(0);
    expect(biome.output).toMatch(/src\/model\/schema\.ts:\d+:\d+ lint\/style\/noRestrictedImports/);
    expect(biome.output).toContain('[layers/upward-import] model may import nothing else in src/');
  });

  it('fail on a type-only import between io and state', async () => {
    const copy = copyOfSrc();
    plant(
      copy,
      'io/formats.ts',
      "import type { AppState } from '../state/app-state';",
      'export type Planted = AppState;',
    );
    const script = await checkLayers(copy);
    expect(script.code).toBe(1);
    expect(script.output).toMatch(
      /src\/io\/formats\.ts:\d+: type-only import .* from io to state \[layers\/upward-import\]/,
    );
    expect((await biomeLayers(copy)).output).toMatch(/src\/io\/formats\.ts:\d+:\d+ lint\/style\/noRestrictedImports/);
  });

  it('fail on a cycle of type-only imports', async () => {
    const copy = copyOfSrc();
    // filters.ts imports actor-graph.ts; the planted line closes the loop with types alone.
    plant(copy, 'model/actor-graph.ts', "import type { Filters } from './filters';", 'export type Planted = Filters;');
    const script = await checkLayers(copy);
    expect(script.code).toBe(1);
    expect(script.output).toContain('import cycle (type-only imports count) [layers/import-cycle]');
    expect(script.output).toMatch(
      /src\/model\/actor-graph\.ts:\d+ -> src\/model\/filters\.ts:\d+ -> src\/model\/actor-graph\.ts/,
    );
    const biome = await biomeLayers(copy);
    expect(biome.code).not.toBe(0);
    expect(biome.output).toMatch(/src\/model\/actor-graph\.ts:\d+:\d+ lint\/suspicious\/noImportCycles/);
  });

  it('fail on a cycle of runtime imports within a layer', async () => {
    const copy = copyOfSrc();
    writeFileSync(
      join(copy, 'src/state/planted-a.ts'),
      "import { b } from './planted-b';\nexport const a = () => b;\n",
    );
    writeFileSync(
      join(copy, 'src/state/planted-b.ts'),
      "import { a } from './planted-a';\nexport const b = () => a;\n",
    );
    const script = await checkLayers(copy);
    expect(script.code).toBe(1);
    expect(script.output).toContain(
      'import cycle [layers/import-cycle]: src/state/planted-a.ts:1 -> src/state/planted-b.ts:1 -> src/state/planted-a.ts',
    );
  });

  it('fail where Biome does not reach: a worker spawned across the layers, and a file with no layer', async () => {
    const copy = copyOfSrc();
    plant(copy, 'state/store.ts', "export const planted = new URL('../view/layout/force-worker.ts', import.meta.url);");
    writeFileSync(join(copy, 'src/helpers.ts'), 'export const helper = 1;\n');
    const script = await checkLayers(copy);
    expect(script.code).toBe(1);
    expect(script.output).toMatch(
      /src\/state\/store\.ts:\d+: import of '\.\.\/view\/layout\/force-worker\.ts' .* from state to view/,
    );
    expect(script.output).toContain('src/helpers.ts: no layer for this file [layers/unplaced]');
  });

  it('fail on draft importing state', async () => {
    const copy = copyOfSrc();
    plant(
      copy,
      'draft/draft-types.ts',
      "import type { AppState } from '../state/app-state';",
      'export type Planted = AppState;',
    );
    const script = await checkLayers(copy);
    expect(script.code).toBe(1);
    expect(script.output).toMatch(
      /src\/draft\/draft-types\.ts:\d+: type-only import .* from draft to state \[layers\/upward-import\]/,
    );
    expect((await biomeLayers(copy)).output).toContain('[layers/upward-import] draft may import model');
  });
});
