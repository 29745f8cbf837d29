// Real-browser test of the record's views (people search, person pages, the
// who-met-whom map, the article view with its facts in place): Debian's
// chromium driven by playwright-core against `npm run dev`, at desktop and
// phone sizes, with the dev and real evaluation corpora loaded (when present)
// besides the made-up fixtures. Saves screenshots to test-results/ and, at
// desktop size, the README's two to docs/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium } from "playwright-core";
import { startLocalServer } from "../../scripts/lib/local-server.mjs";
import { CHROMIUM, openTab, SIZES } from "./browser-helpers.mjs";

const CORPORA = (process.env.RECORD_CORPORA ?? "../shared/eval/dev,../shared/eval/real,fixtures").split(",").filter((d) => existsSync(d));

// Made-up articles with known facts: one minister in two articles, a namesake singer, a call, a planned meeting, a caption.
const LISBON = `Ministers meet in Lisbon over fishing rights

LISBON, May 4, 2024 (Wire) - Portuguese Foreign Minister Rui Almeida met Spanish Foreign Minister Elena Castro in Lisbon on Tuesday.

"We have agreed on a common plan," Almeida told reporters.

Photo: Rui Almeida and Elena Castro in Lisbon. (Wire/Ana Sousa)

(Reporting by Ana Sousa; editing by Tom Hale)`;
const NAIROBI = `Portugal and Kenya talk trade by phone

NAIROBI, June 12, 2024 (Wire) - Kenyan Foreign Minister Grace Mutua spoke by phone with Portuguese Foreign Minister Rui Almeida on Tuesday.

Almeida said the two countries would sign a trade pact next month.

Almeida is due to meet Spanish Foreign Minister Elena Castro in Madrid next month.`;
const RIO = `Singer opens new album in Rio

RIO DE JANEIRO, July 3, 2024 (Wire) - Brazilian singer Rui Almeida met Tom Vale, a record producer, in Rio de Janeiro on Monday.

"Music is my life," Almeida said.`;
const HOSTILE = `Talks <img src=x onerror="window.pwned=1"> in <b>Oslo</b>

OSLO, May 10, 2024 (Wire) - Norwegian Trade Minister Paula Grant met Chilean Trade Minister Omar Diaz in Oslo on Friday.

"<script>window.pwned=2</script> We agreed <b>everything</b>," Grant said.`;
const MEETING_SENTENCE = "Portuguese Foreign Minister Rui Almeida met Spanish Foreign Minister Elena Castro in Lisbon on Tuesday.";

let server, browser;
const ids = {};
const api = async (path, init = {}) => {
  const res = await fetch(`${server.base}${path}`, { ...init, headers: { authorization: `Bearer ${server.token}`, ...(init.headers ?? {}) } });
  return { status: res.status, body: await res.json() };
};

before(async () => {
  assert.ok(existsSync(CHROMIUM), `chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  server = await startLocalServer();
  for (const [name, text] of Object.entries({ LISBON, NAIROBI, RIO, HOSTILE })) {
    const r = await api("/api/articles", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
    assert.equal(r.body.status, "ready", `${name} processed`);
    ids[name] = r.body.id;
  }
  // The corpora go through the batch route and the queue, as a bulk load would.
  const texts = CORPORA.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
  for (let i = 0; i < texts.length; i += 50) {
    const r = await api("/api/articles/batch", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(texts.slice(i, i + 50).map((text) => ({ text }))) });
    assert.ok(r.status < 300, JSON.stringify(r.body).slice(0, 300));
  }
  for (let i = 0; i < 600; i++) {
    const { body } = await api("/api/stats");
    if (body.articles.queued + body.articles.processing === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  mkdirSync("test-results", { recursive: true });
  mkdirSync("docs", { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function openPage(size) {
  const { page, context, failed } = await openTab(browser, size);
  await page.goto(server.base);
  await page.fill("#token", server.token);
  await page.press("#token", "Enter");
  await page.waitForSelector("#app:not([hidden])");
  return { page, context, failed };
}

const shot = (page, name, fullPage = true) => page.screenshot({ path: `test-results/${name}.png`, fullPage });
// A new address; the map is marked unsettled first, so that waiting for it never sees the last map's state.
const go = async (page, hash) => { await page.evaluate((h) => { document.getElementById("map-canvas").dataset.settled = "0"; location.hash = h; }, hash); };
const texts = (page, sel) => page.$$eval(sel, (n) => n.map((x) => x.textContent.replace(/\s+/g, " ").trim()));
const settled = (page) => page.waitForFunction(() => document.getElementById("map-canvas").dataset.settled === "1" && !/Drawing/.test(document.getElementById("map-summary").textContent));
const drawn = (page) => page.$eval("#map-canvas", (c) => ({ nodes: Number(c.dataset.nodes), edges: Number(c.dataset.edges) }));

for (const size of Object.keys(SIZES)) {
  describe(`record views at ${size} size (${SIZES[size].width}×${SIZES[size].height})`, () => {
    let tab;
    before(async () => { tab = await openPage(size); });
    after(async () => {
      await tab.context.close();
      assert.deepEqual(tab.failed, [], "no script errors, no CSP violations, no failed page requests");
    });

    test("people search finds both namesakes by surname, a typo finds them too", { timeout: 60_000 }, async () => {
      const { page } = tab;
      await page.click("#nav-people");
      await page.fill("#people-q", "Almeida");
      await page.press("#people-q", "Enter");
      await page.waitForFunction(() => document.querySelectorAll("#people-results li").length > 0);
      const rows = await texts(page, "#people-results li");
      assert.equal(rows.length, 2, rows.join(" | "));
      assert.match(rows.join(" | "), /Rui Almeida foreign minister, Portugal · 2 articles/);
      assert.match(rows.join(" | "), /Rui Almeida singer, Brazil · 1 article/);
      await shot(page, `people-search-${size}`);
      await go(page, "people&q=Almieda");
      await page.waitForFunction(() => /found/.test(document.getElementById("people-status").textContent));
      assert.equal((await texts(page, "#people-results li")).length, 2);
    });

    test("a person's page: roles with articles, a timeline, statements newest first, namesake linked, counterparts linked", { timeout: 60_000 }, async () => {
      const { page } = tab;
      await go(page, "people&q=Rui%20Almeida");
      await page.waitForFunction(() => /found/.test(document.getElementById("people-status").textContent));
      await page.click("#people-results li:has-text('Portugal') a.entity");
      await page.waitForFunction(() => document.getElementById("entity-name").textContent === "Rui Almeida" && document.querySelectorAll("#entity-meetings li").length > 0);
      assert.match(await page.textContent("#entity-meta"), /3 meetings · 2 statements · 2 articles/);
      const meetings = await texts(page, "#entity-meetings > li");
      assert.equal(meetings.length, 3);
      assert.match(meetings[0], /^2024-04-30 meeting with Elena Castro in Lisbon/);
      assert.match(meetings[1], /call with Grace Mutua/);
      assert.match(meetings[2], /meeting \(planned\) with Elena Castro in Madrid/);
      const statements = await texts(page, "#entity-statements li");
      assert.match(statements[0], /trade pact/);
      assert.match(statements[1], /common plan/);
      assert.match(await page.textContent("#entity-roles"), /foreign minister, Portugal — Portugal and Kenya talk trade by phone; Ministers meet in Lisbon/);
      assert.equal(await page.isVisible("#entity-unsure"), true);
      assert.match(await page.textContent("#entity-unsure"), /Unsure: 1 other entity has this name.*Rui Almeida \(singer, Brazil\)/);
      await shot(page, `person-page-${size}`);
      if (size === "desktop") await page.screenshot({ path: "docs/person-page.png", fullPage: true });
      assert.equal(await page.isVisible("#entity-more"), false, "every list is whole: no 'Show all'");
      assert.equal(await page.textContent("#entity-meetings-title"), "Meetings");
      // A counterpart's name opens their page.
      await page.click("#entity-meetings li:first-child a.entity");
      await page.waitForFunction(() => document.getElementById("entity-name").textContent === "Elena Castro");
      assert.match(await page.textContent("#entity-meta"), /2 meetings/);
    });

    test("a page with more facts than it lists shows the newest, says so, and lists all on 'Show all'", { timeout: 60_000 }, async () => {
      const { page } = tab;
      // As a page of someone with many facts comes (the newest few of each list): the default page asked with limit=1.
      const asked = [];
      await page.route((u) => decodeURIComponent(u.pathname) === "/api/entities/person:rui_almeida", async (route) => {
        const url = new URL(route.request().url());
        asked.push(url.search);
        if (!url.searchParams.has("limit")) url.searchParams.set("limit", "1");
        await route.continue({ url: url.href });
      });
      try {
        await go(page, "entity=person:rui_almeida");
        await page.waitForFunction(() => document.getElementById("entity-name").textContent === "Rui Almeida" && !document.getElementById("entity-more").hidden);
        assert.equal((await texts(page, "#entity-meetings > li")).length, 1);
        assert.match((await texts(page, "#entity-meetings > li"))[0], /meeting \(planned\) with Elena Castro in Madrid/);
        assert.equal(await page.textContent("#entity-meetings-title"), "Meetings (the newest 1 of 3)");
        assert.equal(await page.textContent("#entity-statements-title"), "Statements (the newest 1 of 2)");
        assert.match(await page.textContent("#entity-roles"), /foreign minister, Portugal — Portugal and Kenya talk trade by phone and 1 more/);
        await page.click("#entity-more-button");
        await page.waitForFunction(() => document.querySelectorAll("#entity-meetings > li").length === 3);
        assert.equal(await page.textContent("#entity-meetings-title"), "Meetings");
        assert.equal((await texts(page, "#entity-statements li")).length, 2);
        assert.equal(await page.isVisible("#entity-more"), false);
        assert.deepEqual(asked, ["", "?limit=500"]);
      } finally {
        await page.unrouteAll();
      }
    });

    test("the map: all meetings drawn, edges match the API, filters narrow it, a node opens its page", { timeout: 120_000 }, async () => {
      const { page } = tab;
      await page.click("#nav-map");
      await settled(page);
      const whole = (await api("/api/graph")).body;
      assert.ok(whole.edges.length >= (CORPORA.length > 1 ? 20 : 3), `the corpora give a real map (${whole.edges.length} edges)`);
      assert.deepEqual(await drawn(page), { nodes: whole.nodes.length, edges: whole.edges.length });
      assert.match(await page.textContent("#map-summary"), new RegExp(`^${whole.nodes.length} people and organisations, ${whole.edges.length} links`));
      await shot(page, `map-${size}`, false);
      // The README's map: two steps around the best-connected person of the corpora.
      const hub = [...whole.nodes].sort((a, b) => b.meetings - a.meetings)[0];
      await go(page, `map&around=${encodeURIComponent(hub.id)}&depth=2`);
      await settled(page);
      const around = (await api(`/api/graph?around=${encodeURIComponent(hub.id)}&depth=2`)).body;
      assert.deepEqual(await drawn(page), { nodes: around.nodes.length, edges: around.edges.length });
      assert.ok(around.nodes.length > 2);
      // The Around box shows the centre's name, not its key; submitted unchanged, the map stays on that key.
      assert.equal(await page.inputValue("#map-around"), around.center.name);
      await page.click("#map-form button[type=submit]");
      await settled(page);
      assert.equal(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("around")), hub.id);
      assert.equal(await page.inputValue("#map-around"), around.center.name);
      await shot(page, `map-hub-${size}`, false);
      if (size === "desktop") await page.locator("#map-view").screenshot({ path: "docs/map.png" });

      // Around Elena Castro: one link; with planned meetings shown, still one link but two meetings; two steps out adds Grace Mutua.
      await page.fill("#map-around", "Elena Castro");
      await page.selectOption("#map-depth", "1");
      await page.click("#map-form button[type=submit]");
      await settled(page);
      assert.deepEqual(await drawn(page), { nodes: 2, edges: 1 });
      assert.match(await page.textContent("#map-summary"), /1 meeting around Elena Castro/);
      await page.check("#map-all");
      await page.click("#map-form button[type=submit]");
      await settled(page);
      assert.match(await page.textContent("#map-summary"), /2 meetings around Elena Castro/);
      await page.selectOption("#map-depth", "2");
      await page.uncheck("#map-all");
      await page.click("#map-form button[type=submit]");
      await settled(page);
      assert.deepEqual(await drawn(page), { nodes: 3, edges: 2 });
      const names = await page.$eval("#map-canvas", (c) => c._cyreg.cy.nodes().map((n) => n.data("name")).sort());
      assert.deepEqual(names, ["Elena Castro", "Grace Mutua", "Rui Almeida"], "the singer namesake is not two steps from Castro");
      await shot(page, `map-around-${size}`, false);

      // A place filter: exactly the API's answer for that place.
      await go(page, "map&place=Lisbon");
      await settled(page);
      const lisbon = (await api("/api/graph?place=Lisbon")).body;
      assert.ok(lisbon.edges.length >= 1 && lisbon.edges.length < whole.edges.length);
      assert.deepEqual(await drawn(page), { nodes: lisbon.nodes.length, edges: lisbon.edges.length });

      // Clicking an edge lists its meetings and evidence; clicking a node opens its page.
      await go(page, "map&around=person:elena_castro");
      await settled(page);
      assert.equal(await page.inputValue("#map-around"), "Elena Castro");
      // Screen coordinates of an element of the map, the map scrolled into view first (a phone shows part of it)
      // and two frames later, once the scroll event has told cytoscape where its canvas now is.
      const at = async (selector) => page.$eval("#map-canvas", async (c, s) => {
        c.scrollIntoView({ block: "center" });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const el = c._cyreg.cy.$(s)[0];
        const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
        const r = c.getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, selector);
      // A user clicks again when a click on a thin line misses; so does the test, at most three times.
      for (let tries = 0; tries < 3; tries++) {
        const mid = await at("edge");
        await page.mouse.click(mid.x, mid.y);
        if (await page.waitForFunction(() => document.querySelectorAll("#map-detail li").length > 0, null, { timeout: 3000 }).then(() => true, () => false)) break;
      }
      await page.waitForFunction(() => document.querySelectorAll("#map-detail li").length > 0, null, { timeout: 1000 });
      assert.match(await page.textContent("#map-detail"), /Elena Castro – Rui Almeida|Rui Almeida – Elena Castro/);
      assert.match(await page.textContent("#map-detail blockquote"), /met Spanish Foreign Minister Elena Castro in Lisbon/);
      const node = await at(`node[id = "person:rui_almeida"]`);
      await page.mouse.click(node.x, node.y);
      await page.waitForFunction(() => location.hash === "#entity=person%3Arui_almeida" && document.getElementById("entity-name").textContent === "Rui Almeida");
    });

    test("the article view: facts highlighted in place by kind, hover shows the fact and links to people, clutter apart, scrolled to the sentence", { timeout: 60_000 }, async () => {
      const { page } = tab;
      await go(page, `article=${ids.LISBON}&evidence=${encodeURIComponent(MEETING_SENTENCE)}`);
      await page.waitForSelector("#article-view:not([hidden]) mark.target");
      assert.equal((await texts(page, "#article-text mark.target")).join(" "), MEETING_SENTENCE);
      assert.ok(await page.$eval("#article-text mark.target", (m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), "scrolled into view");
      assert.deepEqual(await texts(page, "#article-text mark.fact-meeting"), [MEETING_SENTENCE]);
      assert.match((await texts(page, "#article-text mark.fact-statement")).join(" "), /We have agreed on a common plan/);
      assert.deepEqual(await texts(page, "#article-apart-list li"), ["caption Photo: Rui Almeida and Elena Castro in Lisbon. (Wire/Ana Sousa)", "clutter (Reporting by Ana Sousa; editing by Tom Hale)"]);
      assert.doesNotMatch(await page.textContent("#article-text"), /Reporting by|Photo:/);
      await page.hover("#article-text mark.fact-statement");
      await page.waitForSelector(".fact-card");
      assert.match(await page.textContent(".fact-card"), /Direct quote: Rui Almeida/);
      await shot(page, `article-facts-${size}`);
      await page.click(".fact-card a.entity");
      await page.waitForFunction(() => document.getElementById("entity-name").textContent === "Rui Almeida");

      // A call in the other article: coloured as a call; the planned meeting as not held.
      await go(page, `article=${ids.NAIROBI}`);
      await page.waitForSelector("#article-text mark.fact-call");
      assert.match((await texts(page, "#article-text mark.fact-call")).join(" "), /spoke by phone/);
      assert.match((await texts(page, "#article-text mark.fact-unheld")).join(" "), /is due to meet/);
    });

    test("real articles: every fact with evidence is highlighted", { timeout: 60_000 }, async (t) => {
      const { page } = tab;
      const { body } = await api("/api/articles?limit=100&status=ready");
      const real = body.articles.filter((a) => !Object.values(ids).includes(a.id)).slice(0, 3);
      if (!real.length) return t.diagnostic("no corpus articles loaded");
      for (const a of real) {
        const view = (await api(`/api/articles/${a.id}/view`)).body;
        const placed = view.facts.filter((f) => f.start !== null);
        await go(page, `article=${a.id}`);
        await page.waitForFunction((id) => document.getElementById("article-title").textContent !== "Article" && !document.querySelector("#article-text p")?.textContent.startsWith("Loading"), a.id);
        const marked = await page.$$eval("#article-text mark.fact", (ms) => ms.map((m) => m.textContent).join(""));
        for (const f of placed) {
          const bodyText = view.blocks.some((b) => b.kind === "body" && b.start <= f.start && b.end >= f.end);
          if (bodyText) assert.ok(marked.replace(/\s+/g, "").includes(view.text.slice(f.start, f.end).replace(/\s+/g, "").slice(0, 40)), `highlighted: ${f.evidence.slice(0, 80)}`);
        }
      }
      await shot(page, `article-real-${size}`);
    });

    test("names in an answer and in an uploaded article's meetings lead to their pages", { timeout: 60_000 }, async () => {
      const { page } = tab;
      await page.click("#nav-home");
      await page.fill("#question", `Who did Elena Castro meet? (${size})`);
      await page.press("#question", "Enter");
      await page.waitForFunction(() => document.querySelector("#answers > li .a a.entity"));
      assert.match(await page.textContent("#answers > li .a"), /Rui Almeida/);
      await page.click("#answers > li .a a.entity >> text=Rui Almeida");
      await page.waitForFunction(() => document.getElementById("entity-name").textContent === "Rui Almeida" && !document.getElementById("entity-view").hidden);
      assert.equal(await page.isHidden("#home"), true);
      await page.click("#nav-home");
      await page.fill("#article", `Kenya and Peru sign a fisheries deal (${size})\n\nNAIROBI, August 2, 2024 (Wire) - Kenyan Foreign Minister Grace Mutua met Peruvian Foreign Minister Ines Lobo in Nairobi on Thursday.`);
      await page.click("#upload-form button[type=submit]");
      await page.waitForFunction(() => document.querySelectorAll("#parsed a.entity").length > 0);
      // The meeting list links each name to its person's page, not to a search.
      await page.waitForFunction(() => [...document.querySelectorAll("#parsed a.entity")].some((a) => a.getAttribute("href") === "#entity=person%3Agrace_mutua"));
      assert.equal(await page.getAttribute("#parsed a.entity >> text=Grace Mutua", "href"), "#entity=person%3Agrace_mutua");
      await page.click("#parsed a.entity >> text=Grace Mutua");
      await page.waitForFunction(() => document.getElementById("entity-name").textContent === "Grace Mutua" && !document.getElementById("entity-view").hidden);
      assert.match(await page.textContent("#entity-meetings"), /Ines Lobo/);
    });

    test("markup in stored text and names stays text in every view", { timeout: 60_000 }, async () => {
      const { page } = tab;
      await go(page, `article=${ids.HOSTILE}`);
      await page.waitForSelector("#article-text mark.fact-statement");
      assert.match(await page.textContent("#article-title"), /<img src=x/);
      assert.match(await page.textContent("#article-text"), /<script>window\.pwned=2<\/script>/);
      // A name with markup, as the API could return one: shown as text on the page and drawn as text on the map.
      const evil = '<img src=x onerror="window.pwned=3"><b>Evil</b>';
      await page.route((u) => decodeURIComponent(u.pathname) === "/api/entities/person:paula_grant", async (route) => {
        const res = await route.fetch();
        const body = await res.json();
        body.name = evil;
        body.meetings[0].counterparts[0].name = evil;
        await route.fulfill({ response: res, json: body });
      });
      await go(page, "entity=person:paula_grant");
      await page.waitForFunction((n) => document.getElementById("entity-name").textContent === n, evil);
      assert.match(await page.textContent("#entity-meetings"), /<b>Evil<\/b>/);
      await page.route((u) => u.pathname === "/api/graph", async (route) => {
        const res = await route.fetch();
        const body = await res.json();
        for (const n of body.nodes) n.name = evil;
        await route.fulfill({ response: res, json: body });
      });
      await go(page, "map&around=Paula%20Grant");
      await settled(page);
      await page.unrouteAll();
      assert.equal(await page.$$eval("#app img, #app b, #app script", (n) => n.length), 0);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
    });
  });
}
