// The record's views: people search (#people), a person or organisation page
// (#entity=<key>), the who-met-whom map (#map&around=…) and the article view
// with its facts in place (#article=<id>&evidence=<sentence>). Served as
// /assets/record.js under a CSP that forbids inline script and style; stored
// text is always put in the page with textContent (or drawn on the map's
// canvas), never as HTML.
const $ = (id) => document.getElementById(id);
const token = () => sessionStorage.getItem("newsgraph.token");

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const c of children) if (c != null) node.append(c);
  return node;
}

async function api(path) {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token()}` } });
  const body = await res.json().catch(() => ({ error: { message: `HTTP ${res.status}` } }));
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

const enc = encodeURIComponent;
const entityHref = (key) => `#entity=${enc(key)}`;
const articleHref = (id, evidence) => `#article=${enc(id)}&evidence=${enc(evidence ?? "")}`;
const link = (href, text, className = "") => el("a", { href, textContent: text, className });
const describe = (r) => [r.role, r.affiliation].filter(Boolean).join(", ");
const STATUS_WORDS = { held: "held", planned: "planned", cancelled: "cancelled", postponed: "postponed", refused: "refused", denied: "denied", not_held: "not held", hypothetical: "hypothetical" };
const kindWord = (k) => (k === "call" ? "call" : "meeting");

const VIEWS = ["home", "people-view", "entity-view", "map-view", "article-view"];
function show(view) {
  for (const v of VIEWS) $(v).hidden = v !== view;
  for (const [nav, v] of [["nav-home", "home"], ["nav-people", "people-view"], ["nav-map", "map-view"]]) $(nav).classList.toggle("current", v === view);
}

// People search
async function searchPeople(q) {
  $("people-q").value = q;
  $("people-results").replaceChildren();
  if (!q) { $("people-status").textContent = ""; return; }
  $("people-status").textContent = "Searching…";
  try {
    const { entities } = await api(`/api/entities?q=${enc(q)}`);
    $("people-status").textContent = entities.length ? `${entities.length} found` : "Nobody of that name is on record.";
    $("people-results").replaceChildren(...entities.map((e) => el("li", {},
      link(entityHref(e.key), e.name, "entity"),
      el("span", { className: "meta", textContent: ` ${[e.roles.map(describe).filter(Boolean).join("; "), `${e.articles} article${e.articles === 1 ? "" : "s"}`, e.unsure ? "namesakes kept apart" : ""].filter(Boolean).join(" · ")}` }))));
  } catch (err) {
    $("people-status").textContent = `Could not search: ${err.message}`;
  }
}
$("people-form").addEventListener("submit", (e) => {
  e.preventDefault();
  location.hash = `people&q=${enc($("people-q").value.trim())}`;
});

// A person or organisation page
function articleCite(a, evidence) {
  return link(articleHref(a.id, evidence), a.title ?? "untitled article", "source");
}

/** The newest this many of each list come with a page; "Show all" asks for up to ALL_FACTS (the API's most). */
const ALL_FACTS = 500;
let shownEntity = null;

/** "Meetings" or, when the list was cut, "Meetings (the newest 20 of 122)". */
const listTitle = (word, shown, total) => (shown < total ? `${word} (the newest ${shown} of ${total})` : word);

async function showEntity(key, limit) {
  $("entity-name").textContent = "Loading…";
  for (const id of ["entity-meta", "entity-roles", "entity-meetings", "entity-statements", "entity-articles"]) $(id).replaceChildren();
  $("entity-unsure").hidden = true;
  $("entity-more").hidden = true;
  shownEntity = key;
  try {
    const p = await api(`/api/entities/${enc(key)}${limit ? `?limit=${limit}` : ""}`);
    $("entity-name").textContent = p.name;
    const other = p.names.filter((n) => n !== p.name);
    $("entity-meta").textContent = [p.type === "person" ? "Person" : "Organisation", other.length ? `also written ${other.join(", ")}` : "",
      `${p.totals.meetings} meeting${p.totals.meetings === 1 ? "" : "s"}`, `${p.totals.statements} statement${p.totals.statements === 1 ? "" : "s"}`, `${p.totals.articles} article${p.totals.articles === 1 ? "" : "s"}`].filter(Boolean).join(" · ");
    if (p.unsure) {
      $("entity-unsure").hidden = false;
      $("entity-unsure").replaceChildren(`Unsure: ${p.unsure_reason ?? "namesakes exist."} Others: `,
        ...p.namesakes.flatMap((n, i) => [i ? ", " : "", link(entityHref(n.key), `${n.name}${n.roles.length ? ` (${n.roles.map(describe).join("; ")})` : ""}`)]));
    }
    $("entity-map").href = `#map&around=${enc(p.key)}`;
    // Lists are the newest few of each; "Show all" reads the page again with every fact (up to ALL_FACTS).
    if (p.more) {
      $("entity-more").hidden = false;
      $("entity-more-text").textContent = "Showing the newest of each list.";
    }
    $("entity-meetings-title").textContent = listTitle("Meetings", p.meetings.length, p.totals.meetings);
    $("entity-statements-title").textContent = listTitle("Statements", p.statements.length, p.totals.statements);
    $("entity-articles-title").textContent = listTitle("Articles", p.articles.length, p.totals.articles);
    $("entity-roles").replaceChildren(...(p.roles.length ? p.roles.map((r) => el("li", {}, `${describe(r)} — `, ...r.articles.flatMap((a, i) => [i ? "; " : "", articleCite(a)]),
      r.articles_total > r.articles.length ? ` and ${r.articles_total - r.articles.length} more` : "")) : [el("li", { textContent: "No role or affiliation given." })]));
    $("entity-meetings").replaceChildren(...(p.meetings.length ? p.meetings.map((m) => el("li", { className: `meeting status-${m.status}` },
      el("span", { className: "when", textContent: m.date ?? "undated" }),
      " ",
      el("span", { className: "what", textContent: `${kindWord(m.kind)}${m.status !== "held" ? ` (${STATUS_WORDS[m.status] ?? m.status})` : ""}` }),
      " with ",
      ...(m.counterparts.length ? m.counterparts.flatMap((c, i) => [i ? ", " : "", link(entityHref(c.key), c.name, "entity")]) : ["no other party named"]),
      m.place ? ` in ${m.place}` : "",
      el("blockquote", { className: "evidence", textContent: m.evidence }),
      el("span", { className: "meta" }, "from ", articleCite(m.article, m.evidence)))) : [el("li", { textContent: "No meetings on record." })]));
    $("entity-statements").replaceChildren(...(p.statements.length ? p.statements.map((s) => el("li", {},
      el("q", { className: "statement", textContent: s.text }),
      el("span", { className: "meta" }, ` ${s.kind === "direct" ? "said" : "reportedly said"}${s.article.published ? ` (${s.article.published})` : ""} — `, articleCite(s.article, s.evidence)))) : [el("li", { textContent: "No statements on record." })]));
    $("entity-articles").replaceChildren(...p.articles.map((a) => el("li", {}, articleCite(a), el("span", { className: "meta", textContent: ` ${[a.published, `${a.mentions} mention${a.mentions === 1 ? "" : "s"}`].filter(Boolean).join(" · ")}` }))));
  } catch (err) {
    $("entity-name").textContent = "Not found";
    $("entity-meta").textContent = `Could not show this page: ${err.message}`;
  }
}

$("entity-more-button").addEventListener("click", () => { if (shownEntity) showEntity(shownEntity, ALL_FACTS); });

// The map: cytoscape.js draws it, ForceAtlas2 (graphology) lays it out; both are
// served by the Worker itself (static assets: /vendor/cytoscape.mjs, /vendor/layout.mjs) and
// loaded only when the map is first opened.
let libraries = null;
let cy = null;
const loadLibraries = () => (libraries ??= Promise.all([import("/vendor/cytoscape.mjs"), import("/vendor/layout.mjs")]).then(([c, l]) => ({ cytoscape: c.default, forceLayout: l.forceLayout })));

const MAP_FIELDS = ["around", "from", "to", "place", "depth"];

function mapQuery(params) {
  const q = new URLSearchParams();
  for (const f of MAP_FIELDS) if (params.get(f)) q.set(f, params.get(f));
  if (params.get("status")) q.set("status", params.get("status"));
  return q;
}

$("map-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = new URLSearchParams();
  for (const f of MAP_FIELDS) {
    const v = $(`map-${f}`).value.trim();
    // The Around box shows the centre's name; unchanged, it stands for the centre's key (a namesake stays apart).
    if (f === "around" && v && v === $("map-around").dataset.shown) q.set(f, $("map-around").dataset.key);
    else if (v && !(f === "depth" && v === "1")) q.set(f, v);
  }
  if ($("map-all").checked) q.set("status", "all");
  $("map-canvas").dataset.settled = "0";
  // The same address again draws the map again (no hashchange would).
  const next = `#map${q.size ? `&${q}` : ""}`;
  if (location.hash === next) route();
  else location.hash = next;
});

/** Most node labels a map shows (the nodes with most meetings); the others' names are on their pages, one tap away. */
const MAX_LABELS = 60;

/** The map's style: size by meetings, colour by type, width by meetings between two, dashed for calls only. */
const MAP_STYLE = [
  { selector: "node[?labelled]", style: { label: "data(name)" } },
  { selector: "node", style: { "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "background-color": "#1f5fbf", width: "mapData(meetings, 1, 20, 14, 44)", height: "mapData(meetings, 1, 20, 14, 44)", color: "#1d2330", "min-zoomed-font-size": 8 } },
  { selector: "node[type = 'organization']", style: { shape: "round-rectangle", "background-color": "#8a5a00" } },
  { selector: "node[?center]", style: { "border-width": 4, "border-color": "#f0b400" } },
  // Opaque edges in a light grey: 2,000 translucent lines cost the first frame a blend each.
  { selector: "edge", style: { width: "mapData(count, 1, 8, 3, 10)", "line-color": "#a2aaba", "curve-style": "haystack" } },
  { selector: "edge[?dashed]", style: { "line-style": "dashed", "curve-style": "straight", "line-color": "#2e8b57" } },
  { selector: "edge[?unheld]", style: { "line-color": "#c2c7d1", "line-style": "dotted", "curve-style": "straight" } },
  { selector: ":selected", style: { "line-color": "#f0b400", "background-color": "#f0b400" } },
];

/**
 * Layout positions scaled into the box (pixels, with a margin), so that the
 * map fills it at zoom 1 whatever the layout's own scale: a map of two people
 * is drawn across the box, not as two dots on top of each other.
 */
function intoBox(positions, width, height, margin) {
  const points = [...positions.values()];
  if (!points.length) return positions;
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (v, lo, hi, size) => (hi - lo < 1e-9 ? size / 2 : margin + ((v - lo) / (hi - lo)) * (size - 2 * margin));
  return new Map([...positions].map(([id, p]) => [id, { x: scale(p.x, x1, x2, width), y: scale(p.y, y1, y2, height) }]));
}

/** ForceAtlas2 iterations: a large map settles in fewer (its many links pull it into shape sooner). */
const layoutIterations = (nodes) => (nodes > 300 ? 100 : 300);

/**
 * Draws a graph from GET /api/graph into #map-canvas and resolves when it has
 * settled (the canvas says so in data-settled). Positions come from
 * ForceAtlas2 (fewer iterations on large maps), so that a map of 2,000
 * meetings settles in well under 3 s (npm run bench:graph).
 */
async function drawGraph(g, container = $("map-canvas")) {
  const { cytoscape, forceLayout } = await loadLibraries();
  cy?.destroy();
  container.dataset.settled = "0";
  const laidOut = forceLayout(g.nodes.map((n) => ({ id: n.id, size: n.meetings })), g.edges.map((e) => ({ source: e.source, target: e.target, weight: e.count })), layoutIterations(g.nodes.length));
  const positions = intoBox(laidOut, container.clientWidth || 600, container.clientHeight || 400, 40);
  // A large map names its best-connected nodes only (and the centre): hundreds of labels hide the lines and slow the first frame.
  const named = new Set([...g.nodes].sort((a, b) => b.meetings - a.meetings).slice(0, MAX_LABELS).map((n) => n.id));
  const elements = [
    ...g.nodes.map((n) => ({ data: { id: n.id, name: n.name, type: n.type, meetings: n.meetings, center: !!n.center, labelled: named.has(n.id) || !!n.center }, position: positions.get(n.id) })),
    ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, count: e.count, dashed: e.dashed, unheld: !e.statuses.held } })),
  ];
  // Positions are already in the box at zoom 1: cytoscape's own fit would measure every label first.
  cy = cytoscape({ container, elements, style: MAP_STYLE, layout: { name: "preset", fit: false }, zoom: 1, pan: { x: 0, y: 0 }, wheelSensitivity: 0.3, pixelRatio: 1, maxZoom: 4, minZoom: 0.05, hideEdgesOnViewport: g.edges.length > 1000 });
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  container.dataset.settled = "1";
  return cy;
}

/** Lists an edge's meetings with their evidence; a partial edge (two steps out) is read again around its source first. */
async function edgeDetail(e) {
  const box = $("map-detail");
  if (e.partial) {
    box.replaceChildren(el("p", { className: "meta", textContent: "Reading the meetings…" }));
    const q = mapQuery(new URLSearchParams(location.hash.slice(1)));
    q.set("around", e.source);
    q.delete("depth");
    e = (await api(`/api/graph?${q}`).catch(() => null))?.edges.find((x) => x.id === e.id) ?? e;
  }
  box.replaceChildren(
    el("h3", {}, link(entityHref(e.source), nameOf(e.source), "entity"), " – ", link(entityHref(e.target), nameOf(e.target), "entity")),
    el("p", { className: "meta", textContent: `${e.count} meeting${e.count === 1 ? "" : "s"}${e.calls ? `, ${e.calls} by phone or video` : ""}` }),
    el("ul", { className: "plain" }, ...e.meetings.map((m) => el("li", {},
      el("span", { className: "when", textContent: m.date ?? "undated" }), ` ${kindWord(m.kind)}${m.status !== "held" ? ` (${STATUS_WORDS[m.status] ?? m.status})` : ""}${m.place ? ` in ${m.place}` : ""} `,
      el("blockquote", { className: "evidence", textContent: m.evidence }),
      el("span", { className: "meta" }, "from ", articleCite({ id: m.article_id, title: m.title }, m.evidence))))),
  );
}

let lastGraph = null;
const nameOf = (id) => lastGraph?.nodes.find((n) => n.id === id)?.name ?? id;

/** Whether an Around value is an entity key rather than a name. */
const isKey = (v) => /^(?:person|org):\S/.test(v ?? "");

/** The Around box: the centre's name, standing for its key (a key from a link is never shown as such). */
function showAround(key, name) {
  const box = $("map-around");
  box.value = name;
  box.dataset.key = key;
  box.dataset.shown = name;
}

async function showMap(params) {
  for (const f of MAP_FIELDS) $(`map-${f}`).value = params.get(f) ?? (f === "depth" ? "1" : "");
  const around = params.get("around");
  if (isKey(around)) showAround(around, $("map-around").dataset.key === around ? $("map-around").dataset.shown : "");
  else { delete $("map-around").dataset.key; delete $("map-around").dataset.shown; }
  $("map-all").checked = params.get("status") === "all";
  $("map-detail").replaceChildren();
  $("map-summary").textContent = "Drawing…";
  $("map-canvas").dataset.settled = "0";
  try {
    const g = await api(`/api/graph?${mapQuery(params)}`);
    lastGraph = g;
    if (g.center) showAround(g.center.key, g.center.name);
    $("map-summary").textContent = `${g.nodes.length} people and organisations, ${g.edges.length} links, ${g.meetings} meeting${g.meetings === 1 ? "" : "s"}${g.center ? ` around ${g.center.name}` : ""}${g.truncated ? " (the newest only; narrow the filters to see the rest)" : ""}.`;
    const drawn = await drawGraph(g);
    drawn.on("tap", "node", (ev) => { location.hash = entityHref(ev.target.id()); });
    drawn.on("tap", "edge", (ev) => { const e = g.edges.find((x) => x.id === ev.target.id()); if (e) edgeDetail(e); });
  } catch (err) {
    cy?.destroy();
    cy = null;
    $("map-summary").textContent = `Could not draw the map: ${err.message}`;
  }
}

// The article view: its text with every fact's evidence highlighted, captions and clutter apart.
const squash = (s) => s.replace(/\s+/g, " ").trim();

/** Where `needle` is in `text`, whitespace-insensitively: [start, end) in text, or null. */
function findLoosely(text, needle) {
  const want = squash(needle);
  if (!want) return null;
  const exact = text.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const map = []; let flat = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) { if (flat && !flat.endsWith(" ")) { flat += " "; map.push(i); } continue; }
    flat += text[i]; map.push(i);
  }
  const at = flat.indexOf(want);
  return at < 0 ? null : [map[at], map[at + want.length - 1] + 1];
}

const factClass = (f) => (f.status && f.status !== "held" ? "fact-unheld" : f.kind === "statement" ? "fact-statement" : f.subkind === "call" ? "fact-call" : "fact-meeting");

function factCard(facts) {
  return el("div", { className: "fact-card", role: "note" }, ...facts.map((f) => el("p", {},
    el("strong", { textContent: f.kind === "statement" ? (f.subkind === "direct" ? "Direct quote" : "Reported speech") : `${f.subkind === "call" ? "Call" : "Meeting"}${f.status && f.status !== "held" ? ` (${STATUS_WORDS[f.status] ?? f.status})` : ""}` }),
    ": ",
    ...f.people.flatMap((p, i) => [i ? (f.kind === "statement" ? ", " : " – ") : "", link(entityHref(p.key), p.name, "entity")]),
    f.kind === "statement" ? el("q", { className: "statement", textContent: f.text }) : [f.date, f.place].filter(Boolean).length ? ` (${[f.date, f.place].filter(Boolean).join(", ")})` : "")));
}

/** A body block as a paragraph: plain text, and marks where facts (or the sought sentence) cover it. */
function paragraph(text, start, end, facts, target, lead) {
  const p = el("p");
  if (lead) p.append(el("span", { className: "dateline", textContent: lead }), " ");
  const inside = facts.filter((f) => f.start !== null && f.start < end && f.end > start);
  const cuts = new Set([start, end]);
  for (const f of inside) { cuts.add(Math.max(f.start, start)); cuts.add(Math.min(f.end, end)); }
  if (target && target[0] < end && target[1] > start) { cuts.add(Math.max(target[0], start)); cuts.add(Math.min(target[1], end)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = inside.filter((f) => f.start <= a && f.end >= b);
    const targeted = target && target[0] <= a && target[1] >= b;
    if (!covering.length && !targeted) { p.append(piece); continue; }
    const mark = el("mark", { textContent: piece, className: [covering.length ? `fact ${factClass(covering[0])}` : "", targeted ? "target" : ""].filter(Boolean).join(" ") });
    if (covering.length) {
      mark.tabIndex = 0;
      mark.title = covering.map((f) => `${f.kind === "statement" ? "Statement" : kindWord(f.subkind)}: ${f.people.map((x) => x.name).join(" – ")}`).join("\n");
      const open = () => {
        document.querySelectorAll(".fact-card").forEach((c) => c.remove());
        p.after(factCard(covering));
      };
      mark.addEventListener("click", open);
      mark.addEventListener("mouseenter", open);
      mark.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    }
    p.append(mark);
  }
  return p;
}

async function showArticle(id, evidence) {
  $("article-text").replaceChildren(el("p", { textContent: "Loading…" }));
  $("article-apart").hidden = true;
  try {
    const a = await api(`/api/articles/${enc(id)}/view`);
    $("article-title").textContent = a.title ?? "Untitled article";
    $("article-meta").textContent = [a.published && `Published ${a.published}`, `${a.facts.length} fact${a.facts.length === 1 ? "" : "s"} highlighted`].filter(Boolean).join(" · ");
    const target = evidence ? findLoosely(a.text, evidence) : null;
    const nodes = [];
    const apart = [];
    let lead = "";
    for (const b of a.blocks) {
      const text = a.text.slice(b.start, b.end);
      if (b.kind === "body") { nodes.push(paragraph(a.text, b.start, b.end, a.facts, target, lead)); lead = ""; }
      else if (b.kind === "dateline") lead = text;
      else if (b.kind === "heading") nodes.push(el("h3", { textContent: text }));
      else if (b.kind === "caption" || b.kind === "clutter") apart.push(el("li", {}, el("span", { className: "tag", textContent: b.kind === "caption" ? "caption" : "clutter" }), ` ${text}`));
    }
    $("article-text").replaceChildren(...nodes);
    $("article-apart-list").replaceChildren(...apart);
    $("article-apart").hidden = !apart.length;
    document.querySelector("#article-text mark.target")?.scrollIntoView({ block: "center" });
  } catch (err) {
    $("article-text").replaceChildren(el("p", { className: "error", textContent: `Could not show the article: ${err.message}` }));
  }
}

/** Shows the view the address asks for. */
function route() {
  if (!token() || $("app").hidden) return;
  const [head, ...rest] = location.hash.slice(1).split("&");
  const params = new URLSearchParams([head, ...rest].join("&"));
  if (params.has("article")) { show("article-view"); showArticle(params.get("article"), params.get("evidence")); }
  else if (params.has("entity")) { show("entity-view"); showEntity(params.get("entity")); }
  else if (head === "map") { show("map-view"); showMap(params); }
  else if (head === "people") { show("people-view"); searchPeople(params.get("q") ?? ""); }
  else show("home");
  if (head) window.scrollTo({ top: 0 });
}

window.addEventListener("hashchange", route);
window.addEventListener("newsgraph:ready", route);
route();
