// One CSV or TSV file into a header and rows (papaparse does the quoting), with blank and ragged rows accounted for.

import Papa from 'papaparse';
import { DatasetError } from '../model/dataset-error';
import { pluralise } from '../model/pluralise';
import type { InputFile } from './load-types';

/** A data row with its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A parsed table: its file name, header, data rows, and what was skipped. */
export interface CsvTable {
  name: string;
  header: string[];
  rows: CsvRow[];
  warnings: string[];
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter a header line uses most, outside quotes; tabs for .tsv/.tab files. */
function guessDelimiter(text: string, name: string): string {
  if (/\.(tsv|tab)$/i.test(name)) return '\t';
  // papaparse's own guess gives up on a file that ends with a newline, so count in the first line instead.
  const end = text.indexOf('\n');
  const line = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** Makes header cells unique and non-empty, so every column can be named in the "Columns" dialog. */
function cleanHeader(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Row numbers as a short list for a warning: "rows 4, 9 and 12" or "rows 4, 9, 12 and 3 more". */
export function nameRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return `row${rows.length === 1 ? '' : 's'} ${rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown}`;
}

/** Reads a CSV or TSV file; throws a DatasetError for an unterminated quote or a file with no header. */
export function readCsvTable(file: InputFile): CsvTable {
  const result = Papa.parse<string[]>(file.text, {
    delimiter: guessDelimiter(file.text, file.name),
    skipEmptyLines: false,
  });
  const quote = result.errors.find((error) => error.type === 'Quotes');
  if (quote) {
    throw new DatasetError({
      file: file.name,
      where: { row: (quote.row ?? 0) + 1 },
      what: `a quoted cell is never closed (${quote.message})`,
      fix: 'Close the quote, or double any quote inside a quoted cell ("He said ""yes""").',
    });
  }
  const records = result.data;
  // A file ending with a newline gives one last empty record: that is not a blank row.
  if (records.length > 1 && records.at(-1)?.join('') === '' && records.at(-1)?.length === 1) records.pop();
  const headerIndex = records.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  const headerCells = records[headerIndex];
  if (!headerCells) {
    throw new DatasetError({
      file: file.name,
      what: 'the table has no header row',
      fix: 'Put the column names in the first row.',
    });
  }
  const header = cleanHeader(headerCells);
  const rows: CsvRow[] = [];
  const blank: number[] = [];
  const long: number[] = [];
  records.slice(headerIndex + 1).forEach((cells, i) => {
    const row = headerIndex + i + 2;
    if (cells.every((cell) => cell.trim() === '')) blank.push(row);
    else {
      if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) long.push(row);
      rows.push({ row, cells: header.map((_, column) => cells[column] ?? '') });
    }
  });
  const warnings: string[] = [];
  if (blank.length > 0) warnings.push(`skipped ${pluralise(blank.length, 'blank row')} (${nameRows(blank)})`);
  if (long.length > 0) {
    warnings.push(
      `${pluralise(long.length, 'row')} (${nameRows(long)}) ${long.length === 1 ? 'has' : 'have'} more cells than the header: the extra cells are ignored`,
    );
  }
  return { name: file.name, header, rows, warnings };
}
