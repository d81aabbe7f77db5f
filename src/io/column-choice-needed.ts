// The error a CSV load throws when it cannot tell which columns hold the edge ends, carrying what a "Columns" dialog shows.

import { DatasetError } from '../model/dataset-error';

/** A user's choice of the two columns that hold an edge's ends, by header text. */
export interface ColumnChoice {
  source: string;
  target: string;
}

/** What the dialog needs: the header, the first rows, and the columns Backchannel would guess (if any). */
export interface ColumnChoiceInit {
  file: string;
  header: string[];
  rows: string[][];
  guesses: Partial<ColumnChoice>;
}

/** Thrown when a CSV's end columns cannot be guessed: show a "Columns" dialog, then load again with `options.columns`. */
export class ColumnChoiceNeeded extends DatasetError {
  override readonly name = 'ColumnChoiceNeeded';
  readonly header: string[];
  readonly rows: string[][];
  readonly guesses: Partial<ColumnChoice>;

  constructor(init: ColumnChoiceInit) {
    super({
      file: init.file,
      where: { row: 1 },
      what: `cannot tell which columns hold the two ends of each edge (columns: ${init.header.join(', ')})`,
      fix: 'Choose the source and target columns, or name them "source" and "target" in the header row.',
    });
    this.header = init.header;
    this.rows = init.rows;
    this.guesses = init.guesses;
  }
}
