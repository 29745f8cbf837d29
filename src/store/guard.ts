import type { Env } from "../env";
import { AppError } from "../errors";

/** A storage binding (D1 or KV) failed: the client gets 503 and may retry; nothing was half-written. */
export class StorageUnavailable extends AppError {
  constructor(which: string) {
    super(503, "storage_unavailable", `${which} is unavailable right now; nothing was changed. Try again shortly.`);
  }
}

const guarded = new WeakMap<object, object>();

/** Wraps an object so that any method's thrown error or rejected promise becomes StorageUnavailable. */
function guard<T extends object>(target: T, which: string, wrapResult: (v: unknown) => unknown = (v) => v): T {
  const hit = guarded.get(target);
  if (hit) return hit as T;
  const proxy = new Proxy(target, {
    get(t, prop) {
      const v = Reflect.get(t, prop, t);
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        const fail = (err: unknown): never => {
          if (err instanceof AppError) throw err;
          console.error(`${which} call failed`, String(prop), err instanceof Error ? err.message.slice(0, 200) : "");
          throw new StorageUnavailable(which);
        };
        try {
          const out = v.apply(t, args);
          return out instanceof Promise ? out.then(wrapResult, fail) : wrapResult(out);
        } catch (err) {
          return fail(err);
        }
      };
    },
  });
  guarded.set(target, proxy);
  return proxy;
}

/** D1 with its prepared statements guarded too (prepare → bind → first/all/run; batch; exec). */
function guardD1(db: D1Database): D1Database {
  const stmt = (s: unknown): unknown =>
    s && typeof s === "object" && "bind" in s ? guard(s as D1PreparedStatement, "The database", stmt) : s;
  return guard(db, "The database", stmt);
}

/** The Worker's bindings with storage failures turned into clear 503 errors. */
export function guardStorage(env: Env): Env {
  return {
    ...env,
    DB: guardD1(env.DB),
    ARTICLES: guard(env.ARTICLES, "Article storage"),
    ...(env.CACHE ? { CACHE: guard(env.CACHE, "The answer cache") } : {}),
  };
}
