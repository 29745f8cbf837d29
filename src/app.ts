import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { Env } from "./env";
import { AppError, errorBody } from "./errors";
import { articles, stats, reprocessAll } from "./transports/api/articles";
import { ask } from "./transports/api/ask";
import { bearerAuth } from "./transports/api/auth";
import { rateLimit } from "./transports/api/rate-limit";
import { articleView, entities, graph } from "./transports/api/record";
import { guardStorage } from "./store/guard";
import { telegram } from "./transports/telegram/webhook";
import { webPage } from "./transports/web/page";

/** The HTTP side of the Worker: routes, auth and the one error renderer. */
export const app = new Hono<{ Bindings: Env }>();

app.use("*", async (c, next) => {
  c.env = guardStorage(c.env); // a failing D1 or KV call becomes a clear 503
  await next();
});
app.get("/health", (c) => c.json({ ok: true }));
app.route("/", webPage);
// Browsers may call the API only from configured origins (CORS_ORIGINS); preflights pass before auth.
app.use("/api/*", cors({
  origin: (origin, c) => ((c.env as Env).CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean).includes(origin) ? origin : null,
  allowHeaders: ["authorization", "content-type"],
  allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
  maxAge: 600,
}));
app.use("/api/*", bearerAuth());
app.on("POST", ["/api/articles", "/api/articles/batch"], rateLimit("UPLOAD_LIMIT"));
app.on("POST", "/api/ask", rateLimit("ASK_LIMIT"));
app.route("/api/articles", articleView);
app.route("/api/articles", articles);
app.route("/api/entities", entities);
app.route("/api/graph", graph);
app.route("/api/stats", stats);
app.route("/api/reprocess", reprocessAll);
app.route("/api/ask", ask);
app.route("/webhooks/telegram", telegram);

/**
 * Methods the app serves at a path, read from its own route table so a route
 * added anywhere is counted (middleware, registered as ALL, is not).
 */
export function allowedMethods(path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === "ALL" || !routePattern(r.path).test(path)) continue;
    methods.add(r.method);
    if (r.method === "GET") methods.add("HEAD"); // hono answers HEAD from GET routes
  }
  return [...methods].sort();
}

const patterns = new Map<string, RegExp>();
function routePattern(path: string): RegExp {
  let re = patterns.get(path);
  if (!re) {
    const body = path.split("/").map((seg) => (seg.startsWith(":") ? "[^/]+" : seg === "*" ? ".*" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
    re = new RegExp(`^${body.replace(/\/$/, "") || ""}/?$`);
    patterns.set(path, re);
  }
  return re;
}

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const allow = allowedMethods(path);
  if (allow.length) {
    c.header("allow", allow.join(", "));
    return c.json(errorBody("method_not_allowed", `${c.req.method} is not allowed on ${path.slice(0, 200)}; use ${allow.filter((m) => m !== "HEAD").join(" or ")}.`), 405);
  }
  return c.json(errorBody("not_found", `No route for ${c.req.method} ${path.slice(0, 200)}.`), 404);
});

app.onError((err, c) => {
  if (err instanceof AppError) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof HTTPException) {
    const status = err.status;
    return c.json(errorBody(status === 413 ? "too_large" : "bad_request", err.message || "The request could not be handled."), status);
  }
  console.error("unhandled error", c.req.method, new URL(c.req.url).pathname, err instanceof Error ? err.message : String(err));
  return c.json(errorBody("internal_error", "Something went wrong on our side; the request changed nothing it did not finish."), 500);
});
