/**
 * The record's answers (a person's page, a map) kept in the isolate as the
 * JSON they were sent as, by the store version they were read at (entities.ts
 * VERSION_SQL: meta.store_version, bumped in the batch of every write of
 * facts, and the newest upload's seq). A repeat read costs one small D1
 * round trip (the version) instead of the read's batch, its rows and the
 * JSON of the answer; a changed version (an upload, a reprocess, a delete)
 * empties the cache, so nothing stale is ever served. Bounded by bytes
 * (least recently used dropped first). Per isolate: a deployed Worker's
 * isolates each keep their own, which is enough for a person's page and map
 * read again while someone browses.
 */
import { readVersion } from "./entities";

/** Bytes of JSON kept at most (about 100 pages or maps of the default size). */
export const READ_CACHE_BYTES = 8_000_000;

const cache = { version: "", bytes: 0, entries: new Map<string, string>() };

/** Forgets every entry when `version` is not the one they were read at. */
function useVersion(version: string): void {
  if (version === cache.version) return;
  cache.version = version;
  cache.entries.clear();
  cache.bytes = 0;
}

/**
 * The JSON of a read by `key` (a route and its normalised parameters): from
 * the cache when the store's version is still the one it was read at, else
 * from `read` (which reads the store and returns its answer as JSON, or null
 * for none, and the version read in its own batch), kept for the next time.
 * Null answers are not kept.
 */
export async function readThrough(db: D1Database, key: string, read: () => Promise<{ json: string | null; version: string }>): Promise<string | null> {
  const held = cache.entries.get(key);
  if (held !== undefined) {
    useVersion(await readVersion(db));
    const still = cache.entries.get(key);
    if (still !== undefined) {
      // Most recently used last (a Map keeps insertion order).
      cache.entries.delete(key);
      cache.entries.set(key, still);
      return still;
    }
  }
  const { json, version } = await read();
  useVersion(version);
  if (json !== null && json.length <= READ_CACHE_BYTES / 4) {
    cache.bytes += json.length - (cache.entries.get(key)?.length ?? 0);
    cache.entries.delete(key);
    cache.entries.set(key, json);
    for (const [k, v] of cache.entries) {
      if (cache.bytes <= READ_CACHE_BYTES) break;
      cache.entries.delete(k);
      cache.bytes -= v.length;
    }
  }
  return json;
}

/** Entries and bytes held. */
export const readCacheSize = () => ({ entries: cache.entries.size, bytes: cache.bytes });

/**
 * Forgets everything. For tests, which empty D1 under a live isolate: a new
 * store can come back to a version an old one had (a deployed database never
 * does; its version only grows).
 */
export function clearReadCache(): void {
  cache.version = "";
  cache.entries.clear();
  cache.bytes = 0;
}
