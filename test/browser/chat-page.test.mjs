// Real-browser test of the chat page: Debian's chromium driven by
// playwright-core against `npm run dev`. Saves a screenshot to test-results/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { startLocalServer } from "../../scripts/lib/local-server.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const example = readFileSync(new URL("../../fixtures/01-beijing-wagner.txt", import.meta.url), "utf8");
let server, browser, page;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  server = await startLocalServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  page.on("pageerror", (e) => assert.fail(`script error on the page: ${e.message}`));
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test("upload the example article and ask who Rudenko met", { timeout: 120_000 }, async () => {
  await page.goto(server.base);
  await page.fill("#token", server.token);
  await page.press("#token", "Enter");
  await page.waitForSelector("#app:not([hidden])");

  await page.fill("#article", example);
  await page.click("#upload-form button[type=submit]");
  await page.waitForFunction(() => /Stored|Already stored/.test(document.getElementById("upload-status").textContent));
  const parsed = await page.textContent("#parsed");
  assert.match(parsed, /Qin Gang/);
  assert.match(parsed, /Andrei Rudenko/);
  await page.waitForFunction(() => document.querySelectorAll("#recent li button").length === 1);

  await page.fill("#question", "Who did Rudenko meet?");
  await page.press("#question", "Enter");
  await page.waitForFunction(() => document.querySelector("#answers > li .a")?.textContent !== "…");
  const answer = await page.textContent("#answers > li .a");
  assert.match(answer, /Qin Gang/);
  assert.match(answer, /Ma Zhaoxu/);
  assert.ok((await page.$$("#answers > li .sources li")).length >= 1, "the answer shows its sources");

  // A follow-up in the same session leans on the last answer.
  await page.fill("#question", "When was that?");
  await page.press("#question", "Enter");
  await page.waitForFunction(() => document.querySelectorAll("#answers > li").length === 2 && document.querySelector("#answers > li .a").textContent !== "…");
  assert.match(await page.textContent("#answers > li .a"), /2023-06-25/);

  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/chat-page.png", fullPage: true });
});

test("markup typed into the page stays text", { timeout: 60_000 }, async () => {
  await page.fill("#question", '<img src=x onerror="window.pwned=1"><b>bold</b>?');
  await page.press("#question", "Enter");
  await page.waitForFunction(() => document.querySelector("#answers > li .a")?.textContent !== "…");
  assert.equal(await page.$$eval("#answers img, #answers b", (n) => n.length), 0);
  assert.match(await page.textContent("#answers > li .q"), /<b>bold<\/b>/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test("article text with markup is shown as text in the parsed view and the list", { timeout: 60_000 }, async () => {
  const hostile = 'Talks <img src=x onerror="window.pwned=2"> in <b>Oslo</b>\n\n2024-05-10\n\nPaula Grant met Omar Diaz in Oslo. "<script>window.pwned=3</script> We agreed," Grant said.';
  await page.fill("#article", hostile);
  await page.click("#upload-form button[type=submit]");
  await page.waitForFunction(() => /Stored|Already stored/.test(document.getElementById("upload-status").textContent) && document.querySelector("#parsed h3")?.textContent.includes("Talks"));
  assert.equal(await page.$$eval("#parsed img, #parsed b, #parsed script, #recent img, #recent b", (n) => n.length), 0);
  assert.match(await page.textContent("#parsed"), /<script>window\.pwned=3<\/script>|We agreed/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test("a wrong token is refused and the token form comes back", { timeout: 60_000 }, async () => {
  const fresh = await browser.newPage();
  await fresh.goto(server.base);
  await fresh.fill("#token", "not-the-token");
  await fresh.press("#token", "Enter");
  await fresh.waitForFunction(() => document.getElementById("token-error").textContent.length > 0);
  assert.equal(await fresh.isHidden("#app"), true);
  await fresh.close();
});
