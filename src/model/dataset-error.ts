// The one error type for input that cannot be loaded: which file, which format, where, what, and how to fix it.

/** Where in a file a problem is: a line and column, a CSV row, or an element id. */
export interface ErrorPlace {
  line?: number;
  column?: number;
  row?: number;
  /** A node or edge id, or a path such as `nodes[3].attributes.kind`. */
  element?: string;
}

/** The parts of a DatasetError, all but `what` optional so the loader can fill file and format in later. */
export interface DatasetErrorInit {
  file?: string;
  format?: string;
  where?: ErrorPlace;
  what: string;
  fix: string;
}

/** Renders a place as words: "line 3, column 7", "row 12", "edge e4". */
export function formatPlace(where: ErrorPlace | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.column !== undefined) parts.push(`column ${where.column}`);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.element !== undefined) parts.push(where.element);
  return parts.join(', ');
}

/** A dataset that cannot be opened; its message says what is wrong, where, and how to fix it. */
export class DatasetError extends Error {
  override readonly name: string = 'DatasetError';
  file: string | undefined;
  format: string | undefined;
  readonly where: ErrorPlace | undefined;
  readonly what: string;
  readonly fix: string;

  constructor(init: DatasetErrorInit) {
    super('');
    this.file = init.file;
    this.format = init.format;
    this.where = init.where;
    this.what = init.what;
    this.fix = init.fix;
    this.message = this.describe();
  }

  /** Fills in the file name and format where the thrower did not know them, and refreshes the message. */
  locate(file: string | undefined, format: string | undefined): this {
    this.file ??= file;
    this.format ??= format;
    this.message = this.describe();
    return this;
  }

  private describe(): string {
    const head = [this.file, this.format ? `(${this.format})` : ''].filter(Boolean).join(' ');
    const place = formatPlace(this.where);
    return `${head ? `${head}: ` : ''}${this.what}${place ? ` at ${place}` : ''}. ${this.fix}`;
  }
}
