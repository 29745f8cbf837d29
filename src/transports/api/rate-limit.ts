import type { Context, MiddlewareHandler } from "hono";
import type { Env } from "../../env";
import { AppError } from "../../errors";

type Limiter = "UPLOAD_LIMIT" | "ASK_LIMIT";

/** The client a request counts against: the caller's IP as Cloudflare saw it. */
export const clientKey = (c: Context) => c.req.header("cf-connecting-ip") ?? "local";

/**
 * Per-client limits through the Workers Rate Limiting binding (limit and
 * period set in wrangler.toml [[ratelimits]]). Without the binding the route
 * is not limited. Over the limit: 429 with Retry-After, nothing done.
 */
export function rateLimit(binding: Limiter, periodSeconds = 60): MiddlewareHandler<{ Bindings: Env }> {
  return async function limited(c, next) {
    const limiter = c.env[binding];
    if (limiter) {
      const { success } = await limiter.limit({ key: `${binding}:${clientKey(c)}` });
      if (!success) {
        c.header("retry-after", String(periodSeconds));
        throw new AppError(429, "rate_limited", `Too many requests from this client; try again in ${periodSeconds} seconds.`);
      }
    }
    await next();
  };
}
