// Export file names: `<dataset-slug>-<yyyy-mm-dd>.<ext>`, safe on every file system.

/** The longest slug kept, so names stay readable in a downloads list. */
const MAX_SLUG = 60;

/** A lower-case, hyphenated form of a name: letters and digits of any script survive, everything else joins. */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      // Drop accents from Latin letters only ("Élysée" reads "elysee"); elsewhere a mark can be part of the letter (й).
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '')
  );
}

/** A date as yyyy-mm-dd in the user's own time zone, the day they would write on the file. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The slug of a dataset: its id without a file extension (a stable, short name), else its title, else "graph". */
export function datasetSlug(id: string, title?: string): string {
  const fromId = slugify(id.replace(/\.[a-z0-9]{1,8}$/i, ''));
  return fromId || slugify(title ?? '') || 'graph';
}

/** The date stamp an earlier export put at the end of a slug. */
const EXPORT_STAMP = /-\d{4}-\d{2}-\d{2}$/;

/** The base name of every file of one export, without extension or suffix. */
export function exportBaseName(id: string, title: string | undefined, today: Date): string {
  // A dataset opened from an export already ends in that export's date: it is replaced, not doubled.
  const slug = datasetSlug(id, title).replace(EXPORT_STAMP, '') || datasetSlug(id, title);
  return `${slug}-${isoDate(today)}`;
}
