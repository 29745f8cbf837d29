import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Env } from "./env";
import { AppError, errorBody } from "./errors";
import { articles, stats } from "./transports/api/articles";
import { ask } from "./transports/api/ask";
import { bearerAuth } from "./transports/api/auth";
import { telegram } from "./transports/telegram/webhook";
import { webPage } from "./transports/web/page";

/** The HTTP side of the Worker: routes, auth and the one error renderer. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true }));
app.route("/", webPage);
app.use("/api/*", bearerAuth());
app.route("/api/articles", articles);
app.route("/api/stats", stats);
app.route("/api/ask", ask);
app.route("/webhooks/telegram", telegram);

app.notFound((c) => c.json(errorBody("not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)}.`), 404));

app.onError((err, c) => {
  if (err instanceof AppError) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof HTTPException) {
    const status = err.status;
    return c.json(errorBody(status === 413 ? "too_large" : "bad_request", err.message || "The request could not be handled."), status);
  }
  console.error("unhandled error", c.req.method, new URL(c.req.url).pathname, err instanceof Error ? err.message : String(err));
  return c.json(errorBody("internal_error", "Something went wrong on our side; the request changed nothing it did not finish."), 500);
});
