#!/usr/bin/env node
// npm run bench:graph [-- --meetings N (2000) --runs R (3)]
// How long the map takes to draw and settle in headless Chromium (Debian's
// chromium via playwright-core): the Worker is started locally as a user
// would, the page is opened, and GET /api/graph is answered with the map of N
// meetings of the synthetic corpus (scripts/lib/corpus.mjs, the facts it
// expects), in the API's own shape. Timed from the address change to the
// layout's end (the canvas's data-settled). Prints a table and one GRAPH line.
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { makeArticle } from "./lib/corpus.mjs";
import { startLocalServer } from "./lib/local-server.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback; };
const MEETINGS = opt("meetings", 2000), RUNS = opt("runs", 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);

/** The map of the first `n` meetings of the synthetic corpus, as GET /api/graph returns it. */
function syntheticGraph(n) {
  const nodes = new Map(), edges = new Map();
  let count = 0;
  for (let i = 0; count < n; i++) {
    for (const m of makeArticle(1, i).expected.meetings) {
      if (count >= n) break;
      count++;
      const ids = m.participants.map((name) => `person:${name.toLowerCase().normalize("NFKD").replace(/[^a-z ]/g, "").replace(/ /g, "_")}`);
      ids.forEach((id, k) => { const node = nodes.get(id) ?? { id, name: m.participants[k], type: "person", meetings: 0 }; node.meetings++; nodes.set(id, node); });
      const [a, b] = [...ids].sort();
      const id = `${a}|${b}`;
      const e = edges.get(id) ?? { id, source: a, target: b, count: 0, calls: 0, dashed: false, statuses: { held: 0 }, meetings: [] };
      e.count++; e.statuses.held++;
      if (m.kind === "call") e.calls++;
      e.dashed = e.calls === e.count;
      if (e.meetings.length < 20) e.meetings.push({ article_id: "0".repeat(64), title: "Synthetic", date: m.date, place: m.place, kind: m.kind, status: "held", evidence: "…" });
      edges.set(id, e);
    }
  }
  return { center: null, nodes: [...nodes.values()], edges: [...edges.values()], meetings: count, truncated: false };
}

const graph = syntheticGraph(MEETINGS);
const server = await startLocalServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route((u) => u.pathname === "/api/graph", (route) => route.fulfill({ json: graph }));
  await page.goto(server.base);
  await page.fill("#token", server.token);
  await page.press("#token", "Enter");
  await page.waitForSelector("#app:not([hidden])");
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    await page.evaluate(() => { location.hash = ""; });
    const ms = await page.evaluate(async (run) => {
      document.getElementById("map-canvas").dataset.settled = "0";
      const t0 = performance.now();
      location.hash = `map&run=${run}`;
      await new Promise((resolve) => {
        const check = () => (document.getElementById("map-canvas").dataset.settled === "1" && !/Drawing/.test(document.getElementById("map-summary").textContent) ? resolve() : requestAnimationFrame(check));
        check();
      });
      // One more frame: the settled map is painted.
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - t0;
    }, r);
    times.push(ms);
  }
  // Where the time goes: the layout alone, and drawing alone, in this page.
  const parts = await page.evaluate(async (g) => {
    const { forceLayout } = await import("/vendor/layout.mjs");
    const { default: cytoscape } = await import("/vendor/cytoscape.mjs");
    let t = performance.now();
    const pos = forceLayout(g.nodes.map((n) => ({ id: n.id, size: n.meetings })), g.edges.map((e) => ({ source: e.source, target: e.target, weight: e.count })), g.nodes.length > 300 ? 100 : 300);
    const layout = performance.now() - t;
    const box = document.createElement("div");
    box.className = "map-canvas";
    document.body.append(box);
    t = performance.now();
    const cy = cytoscape({ container: box, elements: [...g.nodes.map((n) => ({ data: { id: n.id, name: n.name }, position: pos.get(n.id) })), ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } }))], layout: { name: "preset" } });
    await new Promise((r) => requestAnimationFrame(() => r()));
    const draw = performance.now() - t;
    cy.destroy(); box.remove();
    return { layout_ms: Math.round(layout), draw_ms: Math.round(draw) };
  }, graph);
  const drawn = await page.$eval("#map-canvas", (c) => ({ nodes: Number(c.dataset.nodes), edges: Number(c.dataset.edges) }));
  if (errors.length) throw new Error(`script errors: ${errors.join("; ")}`);
  times.sort((a, b) => a - b);
  const result = { meetings: graph.meetings, nodes: drawn.nodes, edges: drawn.edges, runs: RUNS, first_ms: Math.round(times.at(-1)), median_ms: Math.round(times[Math.floor(times.length / 2)]), best_ms: Math.round(times[0]), ...parts, load: +loadavg()[0].toFixed(1), within_3s: times.at(-1) <= 3000 };
  console.log("\n| measure | value |\n|---|---|");
  console.log(`| map drawn | ${result.meetings} meetings, ${result.nodes} nodes, ${result.edges} edges |`);
  console.log(`| draw and settle (${RUNS} runs) best / median / worst | ${result.best_ms} / ${result.median_ms} / ${result.first_ms} ms |`);
  console.log(`| machine | ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (a busy machine slows every figure) |`);
  console.log(`| of which ForceAtlas2 layout / cytoscape draw (warm) | ${parts.layout_ms} / ${parts.draw_ms} ms |`);
  console.log(`\nGRAPH ${JSON.stringify(result)}`);
} finally {
  await browser.close();
  server.stop();
}
