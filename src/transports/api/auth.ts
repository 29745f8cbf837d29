import type { MiddlewareHandler } from "hono";
import type { Env } from "../../env";
import { AppError } from "../../errors";
import { secretsEqual } from "../../util/crypto";

/**
 * Bearer-token guard for /api/*. Fails closed: without a configured
 * INGEST_TOKEN the API answers 503 rather than running open.
 */
export function bearerAuth(): MiddlewareHandler<{ Bindings: Env }> {
  return async function requireToken(c, next) {
    const expected = c.env.INGEST_TOKEN;
    if (!expected) throw new AppError(503, "not_configured", "The API token (INGEST_TOKEN) is not configured on this server.");
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!m || !(await secretsEqual(m[1]!, expected))) {
      throw new AppError(401, "unauthorized", "A valid Authorization: Bearer token is required.");
    }
    await next();
  };
}
