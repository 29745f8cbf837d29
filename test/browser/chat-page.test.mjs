// Real-browser test of the chat page: Debian's chromium driven by
// playwright-core against `npm run dev`, at desktop and phone sizes, as a new
// user meets it. Saves screenshots to test-results/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";
import { startLocalServer } from "../../scripts/lib/local-server.mjs";
import { CHROMIUM, openTab, SIZES } from "./browser-helpers.mjs";

const example = readFileSync(new URL("../../fixtures/01-beijing-wagner.txt", import.meta.url), "utf8");
let server, browser;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  server = await startLocalServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  mkdirSync("test-results", { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** A fresh tab (its own sessionStorage) that fails the test on script errors and records failed requests. */
async function openPage(size) {
  return openTab(browser, size);
}

async function signIn(page) {
  await page.goto(server.base);
  await page.fill("#token", server.token);
  await page.press("#token", "Enter");
  await page.waitForSelector("#app:not([hidden])");
}

const statusText = (page) => page.textContent("#upload-status");
const shot = (page, name) => page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
const api = (path, init = {}) => fetch(`${server.base}${path}`, { ...init, headers: { authorization: `Bearer ${server.token}`, ...(init.headers ?? {}) } });

for (const size of Object.keys(SIZES)) {
  describe(`at ${size} size (${SIZES[size].width}×${SIZES[size].height})`, () => {
    let tab;
    before(async () => { tab = await openPage(size); await signIn(tab.page); });
    after(async () => {
      await tab.context.close();
      assert.deepEqual(tab.failed, [], "no script errors, no failed page requests (favicon included)");
    });

    test("a wrong token gets a plain message", { timeout: 60_000 }, async () => {
      const { page, context } = await openPage(size);
      await page.goto(server.base);
      await page.fill("#token", "not-the-token");
      await page.press("#token", "Enter");
      await page.waitForFunction(() => document.getElementById("token-error").textContent.length > 0);
      assert.equal(await page.textContent("#token-error"), "That token was not accepted. Check INGEST_TOKEN.");
      assert.equal(await page.isHidden("#app"), true);
      await shot(page, `wrong-token-${size}`);
      await context.close();
    });

    test("the page has an icon", { timeout: 30_000 }, async () => {
      const href = await tab.page.getAttribute('link[rel="icon"]', "href");
      const res = await api(href);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type"), /image\/svg\+xml/);
      assert.equal((await api("/favicon.ico")).status, 200);
    });

    test("upload: progress tells the truth, statements are quotations, fields and stale lines are cleared", { timeout: 120_000 }, async () => {
      const { page } = tab;
      // Hold the server's answer back so the bar can be seen while the server works.
      let release;
      const held = new Promise((r) => (release = r));
      const uploads = (url) => url.pathname === "/api/articles";
      await page.route(uploads, async (route) => {
        if (route.request().method() !== "POST") return route.fallback();
        await held;
        return route.continue();
      });
      await page.fill("#article", example);
      await page.click("#upload-form button[type=submit]");
      await page.waitForFunction(() => !document.getElementById("upload-progress").hidden);
      await page.waitForFunction(() => document.getElementById("upload-progress").matches(":indeterminate"));
      assert.match(await statusText(page), /Uploading|Processing on the server/);
      release();
      await page.waitForFunction(() => /Stored|Already stored/.test(document.getElementById("upload-status").textContent));
      await page.unroute(uploads);
      assert.equal(await page.isHidden("#upload-progress"), true, "the bar goes away when the upload is done");
      assert.equal(await page.inputValue("#article"), "");
      const parsed = await page.textContent("#parsed");
      assert.match(parsed, /Qin Gang/);
      const statements = await page.$$eval("#parsed .statement", (n) => n.map((x) => x.textContent));
      assert.ok(statements.length >= 1);
      for (const s of statements) {
        assert.match(s, /^“[^“”]+”$/, `a quotation: ${s}`);
        assert.doesNotMatch(s, /[,;:]\s*”$|\s(and|but|or|that|the|a|to|of)”$/i, `no trailing comma or dangling word: ${s}`);
      }
      await shot(page, `uploaded-${size}`);

      // Too large: 413 — the bar is reset and hidden, the file field cleared, the message says why.
      await page.setInputFiles("#file", { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(1024 * 1024 + 10, "a") });
      await page.waitForFunction(() => /Upload failed/.test(document.getElementById("upload-status").textContent));
      assert.match(await statusText(page), /larger than 1024 KiB/);
      assert.equal(await page.isHidden("#upload-progress"), true);
      assert.equal(await page.$eval("#upload-progress", (p) => p.value), 0);
      assert.equal(await page.inputValue("#file"), "");
      assert.equal(await page.isHidden("#parsed"), true, "the last article's view does not pass for this upload's");
      await shot(page, `upload-too-large-${size}`);

      // A Windows-1252 file: read as such and said so; no U+FFFD; the old failure line is gone.
      const latin = Buffer.from(`Café owners meet in Zürich (${size})\n\nZÜRICH, May 4 - Renée Dubois met Jürgen Weiß in Zürich on Tuesday.\n\n"We agreed on prices," Dubois said.`, "latin1");
      await page.setInputFiles("#file", { name: "cafe.txt", mimeType: "text/plain", buffer: latin });
      await page.waitForFunction(() => /Stored|Already stored/.test(document.getElementById("upload-status").textContent));
      const status = await statusText(page);
      assert.doesNotMatch(status, /failed/i);
      assert.match(status, /not UTF-8: it was read as Windows-1252/);
      assert.match(await page.textContent("#parsed h3"), /Café owners meet in Zürich/);
      assert.doesNotMatch(await page.textContent("#parsed"), /\uFFFD/);
      assert.equal(await page.inputValue("#file"), "");
    });

    test("answers survive a reload, and each source opens the article with its sentence marked", { timeout: 120_000 }, async () => {
      const { page } = tab;
      await page.fill("#question", "Who did Rudenko meet?");
      await page.press("#question", "Enter");
      await page.waitForFunction(() => document.querySelector("#answers > li .a")?.textContent !== "…");
      assert.match(await page.textContent("#answers > li .a"), /Qin Gang/);
      const sources = await page.$$eval("#answers > li .sources a", (n) => n.map((a) => a.getAttribute("href")));
      assert.ok(sources.length >= 1, "the answer shows its sources as links");

      await page.reload();
      await page.waitForSelector("#app:not([hidden])");
      assert.match(await page.textContent("#answers > li .q"), /Who did Rudenko meet\?/);
      assert.match(await page.textContent("#answers > li .a"), /Qin Gang/);

      const link = await page.$("#answers > li .sources a");
      const evidence = (await page.$eval("#answers > li .sources li", (li) => li.textContent)).split(": ").slice(1).join(": ");
      await link.click();
      await page.waitForSelector("#article-view:not([hidden]) mark.target");
      const marked = (await page.$$eval("#article-view mark.target", (ms) => ms.map((m) => m.textContent))).join("");
      assert.equal(marked.replace(/\s+/g, " ").trim(), evidence.replace(/\s+/g, " ").trim());
      assert.ok(await page.$eval("#article-view mark.target", (m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), "the marked sentence is scrolled into view");
      await shot(page, `article-view-${size}`);
      await page.click("#article-back");
      await page.waitForSelector("#article-view", { state: "hidden" });

      // A follow-up in the same session leans on the last answer.
      await page.fill("#question", "When was that?");
      await page.press("#question", "Enter");
      await page.waitForFunction(() => document.querySelectorAll("#answers > li").length >= 2 && document.querySelector("#answers > li .a").textContent !== "…");
      assert.match(await page.textContent("#answers > li .a"), /2023-06-25/);
      await shot(page, `chat-page-${size}`);
    });

    test("wrapped titles in Recent articles line up with their bullets", { timeout: 60_000 }, async () => {
      const { page } = tab;
      const title = `A long title that must wrap onto several lines at ${size} size to show how the Recent list aligns the lines of one entry under each other and right of its bullet`;
      const res = await api("/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title, text: `${title}\n\n2024-05-10\n\nAnn Lee met Bo Kim in Oslo (${size}).` }) });
      assert.ok(res.status < 300);
      await page.click("#refresh");
      await page.waitForFunction((t) => [...document.querySelectorAll("#recent a.title")].some((b) => b.textContent === t), title);
      const geometry = await page.$$eval("#recent li", (items, t) => {
        const li = items.find((x) => x.querySelector("a.title")?.textContent === t);
        const content = li.getBoundingClientRect().left + parseFloat(getComputedStyle(li).paddingLeft);
        return { content, lines: [...li.querySelector("a.title").getClientRects()].map((r) => r.left) };
      }, title);
      assert.ok(geometry.lines.length >= 2, `the title wraps (${geometry.lines.length} line(s))`);
      for (const left of geometry.lines) assert.ok(Math.abs(left - geometry.content) <= 1, `every line starts where the first does: ${JSON.stringify(geometry)}`);
      await page.$eval("#recent", (r) => r.scrollIntoView());
      await shot(page, `recent-${size}`);
    });

    test("markup typed into the page or stored in an article stays text", { timeout: 60_000 }, async () => {
      const { page } = tab;
      await page.fill("#question", '<img src=x onerror="window.pwned=1"><b>bold</b>?');
      await page.press("#question", "Enter");
      await page.waitForFunction(() => document.querySelector("#answers > li .a")?.textContent !== "…");
      assert.equal(await page.$$eval("#answers img, #answers b", (n) => n.length), 0);
      assert.match(await page.textContent("#answers > li .q"), /<b>bold<\/b>/);
      const hostile = `Talks <img src=x onerror="window.pwned=2"> in <b>Oslo</b> (${size})\n\n2024-05-10\n\nPaula Grant met Omar Diaz in Oslo. "<script>window.pwned=3</script> We agreed," Grant said.`;
      await page.fill("#article", hostile);
      await page.click("#upload-form button[type=submit]");
      await page.waitForFunction(() => /Stored|Already stored/.test(document.getElementById("upload-status").textContent) && document.querySelector("#parsed h3")?.textContent.includes("Talks"));
      assert.equal(await page.$$eval("#parsed img, #parsed b, #parsed script, #recent img, #recent b", (n) => n.length), 0);
      // This size's own upload (the list is redrawn when an upload lands: a click on the old list is lost, so the
      // click is tried again on the redrawn one).
      const link = page.locator("#recent a.title", { hasText: `(${size})` }).first();
      for (let attempt = 1; ; attempt++) {
        await link.click();
        try {
          await page.waitForSelector("#article-view:not([hidden]) p", { timeout: 10_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      assert.equal(await page.$$eval("#article-view img, #article-view b, #article-view script", (n) => n.length), 0);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
    });
  });
}
