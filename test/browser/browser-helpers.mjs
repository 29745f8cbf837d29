// Shared by the browser tests: where chromium is, the two viewport sizes, and a tab that records failures.

/** Debian's chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Viewports every view is driven at. */
export const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/**
 * A fresh tab (its own sessionStorage) of `browser` at `size`, with `failed` collecting script errors,
 * failed non-API requests and console errors (a 4xx the page reports itself is expected).
 */
export async function openTab(browser, size) {
  const context = await browser.newContext({ viewport: SIZES[size] });
  const page = await context.newPage();
  const failed = [];
  page.on("pageerror", (e) => failed.push(`script error: ${e.message}`));
  page.on("response", (r) => { if (r.status() >= 400 && !r.url().includes("/api/")) failed.push(`${r.status()} ${r.url()}`); });
  page.on("console", (m) => { if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) failed.push(`console: ${m.text()}`); });
  return { page, context, failed };
}
