// What every loader takes in: the file as each source delivers it, and the choices the user made after a first try.

import type { ColumnChoice } from './column-choice-needed';

/** A file as every source delivers it (bundled, picked, dropped or fetched): its name and its text. */
export interface InputFile {
  name: string;
  text: string;
}

/** Choices the user made after a first attempt, such as the CSV end columns from the "Columns" dialog. */
export interface LoadOptions {
  columns?: ColumnChoice;
}
