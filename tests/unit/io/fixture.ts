// Reads fixture files from tests/fixtures as the InputFile every loader takes.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../../../src/io/load-types';

const DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture file by name, as text plus name. */
export function fixture(name: string): InputFile {
  return { name, text: readFileSync(DIR + name, 'utf8') };
}
