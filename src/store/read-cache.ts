/**
 * The record's answers (a person's page, a map) kept in the isolate as the
 * JSON they were sent as, by the store version they were read at (entities.ts
 * VERSION_SQL: meta.store_version, bumped in the batch of every write of
 * facts, and the newest upload's seq). A repeat read costs one small D1
 * round trip (the version) instead of the read's batch, its rows and the
 * JSON of the answer; a changed version (an upload, a reprocess, a delete)
 * empties the cache, so nothing stale is ever served. Bounded by size
 * (least recently used dropped first). Per isolate: a deployed Worker's
 * isolates each keep their own, which is enough for a person's page and map
 * read again while someone browses.
 */
import { readVersion } from "./entities";

/**
 * Characters of JSON kept at most: one byte each in V8 for Latin-1 text, two
 * for other scripts, so 16-32 MB of the isolate's 128 MB. At 10,000 articles
 * a page is about 40 K characters and a map around someone 50-120 K, so this
 * holds the page and both maps of some 70 people (npm run bench:scale reads
 * 100: every one of them again costs half, 6-7 ms instead of 12-14 ms two steps out).
 */
export const READ_CACHE_CHARS = 16_000_000;

const cache = { version: "", chars: 0, entries: new Map<string, string>() };

/** Forgets every entry when `version` is not the one they were read at. */
function useVersion(version: string): void {
  if (version === cache.version) return;
  cache.version = version;
  cache.entries.clear();
  cache.chars = 0;
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
  if (json !== null && json.length <= READ_CACHE_CHARS / 4) {
    cache.chars += json.length - (cache.entries.get(key)?.length ?? 0);
    cache.entries.delete(key);
    cache.entries.set(key, json);
    for (const [k, v] of cache.entries) {
      if (cache.chars <= READ_CACHE_CHARS) break;
      cache.entries.delete(k);
      cache.chars -= v.length;
    }
  }
  return json;
}

/** Entries and characters held. */
export const readCacheSize = () => ({ entries: cache.entries.size, chars: cache.chars });

/**
 * Forgets everything. For tests, which empty D1 under a live isolate: a new
 * store can come back to a version an old one had (a deployed database never
 * does; its version only grows).
 */
export function clearReadCache(): void {
  cache.version = "";
  cache.entries.clear();
  cache.chars = 0;
}
