import { describe, expect, it } from "vitest";
import { api } from "../helpers";

describe("GET / — the chat page", () => {
  it.each([
    ["/", "text/html", "<title>NewsGraph"],
    ["/assets/page.js", "text/javascript", "conversation_id"],
    ["/assets/page.css", "text/css", ":focus-visible"],
    ["/favicon.svg", "image/svg+xml", "<svg"],
    ["/favicon.ico", "image/svg+xml", "<svg"],
    ["/assets/record.js", "text/javascript", "/api/graph"],
  ])("%s is served with security headers and no token", async (path, type, marker) => {
    const res = await api(path, { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain(marker);
  });

  it("has no inline script or style the CSP would block", async () => {
    const html = await (await api("/", { token: null })).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\sstyle=|<style/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("names its icon, so browsers do not ask for a missing one", async () => {
    const html = await (await api("/", { token: null })).text();
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
  });

  it("puts stored text into the page only as text, never as HTML", async () => {
    for (const path of ["/assets/page.js", "/assets/record.js"]) {
      const js = await (await api(path, { token: null })).text();
      expect(js, path).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
