import type { MiddlewareHandler } from "hono";
import type { Env } from "../../env";
import { AppError } from "../../errors";
import { secretsEqual } from "../../util/crypto";

/** What a token may do: "full" (INGEST_TOKEN) or "read" (one of READ_TOKENS: ask and read, never change). */
export type Access = "full" | "read";

/** Requests a read-only token may make: reads, and asking (a POST that changes no facts). */
const READ_ONLY_ALLOWED = (method: string, path: string) => method === "GET" || method === "HEAD" || (method === "POST" && path === "/api/ask");

/**
 * Bearer-token guard for /api/*. Fails closed: without a configured
 * INGEST_TOKEN the API answers 503 rather than running open. Tokens are
 * compared in constant time, each against every configured one.
 */
export function bearerAuth(): MiddlewareHandler<{ Bindings: Env; Variables: { access: Access } }> {
  return async function requireToken(c, next) {
    const full = c.env.INGEST_TOKEN;
    if (!full) throw new AppError(503, "not_configured", "The API token (INGEST_TOKEN) is not configured on this server.");
    const m = /^Bearer\s+(.+)$/i.exec((c.req.header("authorization") ?? "").trim());
    const given = m?.[1] ?? "";
    const readTokens = (c.env.READ_TOKENS ?? "").split(",").map((t) => t.trim()).filter(Boolean);
    // Every comparison runs, whatever matched, so timing tells nothing about which token is close.
    const [isFull, ...isRead] = await Promise.all([full, ...readTokens].map((t) => secretsEqual(given, t)));
    const access: Access | null = !m ? null : isFull ? "full" : isRead.some(Boolean) ? "read" : null;
    if (!access) throw new AppError(401, "unauthorized", "A valid Authorization: Bearer token is required.");
    if (access === "read" && !READ_ONLY_ALLOWED(c.req.method, new URL(c.req.url).pathname)) {
      throw new AppError(403, "read_only_token", "This token may read and ask, but not upload, reprocess or delete.");
    }
    c.set("access", access);
    await next();
  };
}
