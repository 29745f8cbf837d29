import { Hono } from "hono";
import type { Env } from "../../env";
import css from "./page.css";
import script from "./page.client.js";
import html from "./page.html";
import record from "./record.client.js";
// The map's libraries (cytoscape.js and its layout) are static assets, public/assets/ (npm run vendor:layout):
// served by wrangler with public/_headers, never bundled into the Worker's script.

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

/** The page's icon: a small SVG, so browsers find one and log no 404. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5fbf"/><circle cx="10" cy="16" r="4" fill="#fff"/><circle cx="22" cy="16" r="4" fill="#fff"/><path d="M14 16h4" stroke="#fff" stroke-width="2"/></svg>`;

/** GET / (the page: chat, people, map, article view), its assets and its icon, bundled into the Worker as text: works offline. */
export const webPage = new Hono<{ Bindings: Env }>()
  .get("/", serve(html, "text/html; charset=utf-8"))
  .get("/favicon.svg", serve(FAVICON, "image/svg+xml"))
  .get("/favicon.ico", serve(FAVICON, "image/svg+xml"))
  .get("/assets/page.css", serve(css, "text/css; charset=utf-8"))
  .get("/assets/page.js", serve(script, "text/javascript; charset=utf-8"))
  .get("/assets/record.js", serve(record, "text/javascript; charset=utf-8"));
