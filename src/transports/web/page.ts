import { Hono } from "hono";
import type { Env } from "../../env";
import css from "./page.css";
import script from "./page.client.js";
import html from "./page.html";

/**
 * Headers for the page and its assets: no inline script or style, nothing
 * from other origins, never framed, no MIME sniffing.
 */
export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

const serve = (body: string, type: string) => () =>
  new Response(body, { headers: { "content-type": type, "cache-control": "no-cache", ...PAGE_SECURITY_HEADERS } });

/** GET / (the chat page) and its two assets, bundled into the Worker as text: works offline. */
export const webPage = new Hono<{ Bindings: Env }>()
  .get("/", serve(html, "text/html; charset=utf-8"))
  .get("/assets/page.css", serve(css, "text/css; charset=utf-8"))
  .get("/assets/page.js", serve(script, "text/javascript; charset=utf-8"));
