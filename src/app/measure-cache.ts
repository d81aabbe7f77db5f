// The measures of the last few networks computed (whole, or as of a date), so going back to one is instant.

/** How many networks (measure keys) the cache keeps: the whole one and a few dates. */
export const CACHED_NETWORKS = 6;

/** Computed measures by measure key, then by name; the least recently used network is dropped first. */
export interface MeasureCache {
  get(key: string, name: string): Readonly<Record<string, number>> | undefined;
  put(key: string, name: string, values: Readonly<Record<string, number>>): void;
  clear(): void;
}

/** An empty cache keeping at most `size` networks' measures. */
export function createMeasureCache(size = CACHED_NETWORKS): MeasureCache {
  // A Map keeps insertion order: re-inserting on use makes its first entry the least recently used.
  const byKey = new Map<string, Map<string, Readonly<Record<string, number>>>>();
  const touch = (key: string) => {
    const entry = byKey.get(key);
    if (entry) {
      byKey.delete(key);
      byKey.set(key, entry);
    }
    return entry;
  };
  return {
    get: (key, name) => touch(key)?.get(name),
    put(key, name, values) {
      let entry = touch(key);
      if (!entry) {
        entry = new Map();
        byKey.set(key, entry);
        if (byKey.size > size) byKey.delete(byKey.keys().next().value as string);
      }
      entry.set(name, values);
    },
    clear: () => byKey.clear(),
  };
}
