// Shared by the query-plan tests: a D1Database that records the statements run through it,
// and a reader of EXPLAIN QUERY PLAN that reports full scans of tables that grow with the store.
import { env } from "cloudflare:workers";

/** Tables that grow with the store: a scan of one is a failure. */
export const LARGE = ["articles", "entities", "entity_descriptions", "meeting_edges", "aliases", "meetings", "meeting_participants", "statements", "statement_docs", "sentence_docs", "conversations"];

/** A D1Database that records every prepared statement with its bound values (none for a statement never bound). */
export function recording(db: D1Database) {
  const seen: Array<{ sql: string; args: unknown[] }> = [];
  // A statement is seen when prepared; its first binding fills in its values, each later one is seen again.
  const wrap = (stmt: D1PreparedStatement, sql: string, entry: { sql: string; args: unknown[]; bound?: true }): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        if (prop === "bind") {
          return (...args: unknown[]) => {
            const e = entry.bound ? { sql, args } : Object.assign(entry, { args, bound: true as const });
            if (e !== entry) seen.push(e);
            return wrap(target.bind(...args), sql, { ...e, bound: true });
          };
        }
        const v = Reflect.get(target, prop);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => { const entry = { sql, args: [] as unknown[] }; seen.push(entry); return wrap(target.prepare(sql), sql, entry); };
      if (prop === "batch") return (stmts: D1PreparedStatement[]) => target.batch(stmts);
      const v = Reflect.get(target, prop);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { db: proxy, seen };
}

/** The full scans of large tables in the plan of `sql` with `args` (empty when every access is by index). */
export async function fullScans(sql: string, args: unknown[]): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...args).all<{ detail: string }>();
  return results
    .map((r) => r.detail)
    .filter((d) => {
      const m = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(d);
      return !!m && LARGE.includes(m[1]!) && !/USING (?:COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(m[2]!);
    });
}
