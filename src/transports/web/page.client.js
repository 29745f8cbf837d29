// The chat page's script. Served as /assets/page.js under a CSP that forbids
// inline script; every piece of stored text is put in the page with
// textContent, never as HTML.
const $ = (id) => document.getElementById(id);
const TOKEN_KEY = "newsgraph.token";
const ANSWERS_KEY = "newsgraph.answers";
const REFUSED = "That token was not accepted. Check INGEST_TOKEN.";
const conversationId = sessionStorage.getItem("newsgraph.conversation") ?? crypto.randomUUID();
sessionStorage.setItem("newsgraph.conversation", conversationId);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const c of children) if (c != null) node.append(c);
  return node;
}

const token = () => sessionStorage.getItem(TOKEN_KEY);

async function api(path, init = {}, as = "json") {
  const res = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token()}` } });
  if (res.status === 401) showTokenForm(REFUSED);
  if (res.ok && as === "text") return { text: await res.text(), type: res.headers.get("content-type") ?? "" };
  const body = await res.json().catch(() => ({ error: { message: `HTTP ${res.status}` } }));
  if (!res.ok) throw new Error(res.status === 401 ? REFUSED : body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

function showTokenForm(message = "") {
  $("app").hidden = true;
  $("token-form").hidden = false;
  $("token-error").textContent = message;
  $("token").focus();
}

function showApp() {
  $("token-form").hidden = true;
  $("app").hidden = false;
  $("question").focus();
  loadRecent();
  // The record's views (people, map, article) route themselves (/assets/record.js).
  window.dispatchEvent(new Event("newsgraph:ready"));
}

$("token-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
  $("token").value = "";
  try {
    await api("/api/stats");
    showApp();
  } catch (err) {
    showTokenForm(err.message);
  }
});

$("forget").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  showTokenForm();
});

// Ask. Answers are kept in sessionStorage, so a reload shows them again.
const articleLink = (id, evidence) => `#article=${encodeURIComponent(id)}&evidence=${encodeURIComponent(evidence ?? "")}`;

function sourceList(sources) {
  if (!sources?.length) return null;
  return el("ul", { className: "sources" }, ...sources.map((s) =>
    el("li", {}, el("a", { href: articleLink(s.article_id, s.evidence), className: "source" }, el("cite", { textContent: s.title ?? "untitled article" })), `: ${s.evidence}`)));
}

/**
 * The answer's text with every name of a person or organisation of its
 * sources' facts linked to their page (#entity=<key>); the rest stays text.
 */
function linkedText(text, people = []) {
  const names = [...people].filter((p) => p.name.length > 1).sort((a, b) => b.name.length - a.name.length);
  const out = [];
  let rest = text;
  while (rest) {
    let best = null;
    for (const p of names) {
      const at = rest.indexOf(p.name);
      if (at >= 0 && (!best || at < best.at)) best = { at, p };
    }
    if (!best) { out.push(rest); break; }
    if (best.at) out.push(rest.slice(0, best.at));
    out.push(el("a", { href: `#entity=${encodeURIComponent(best.p.key)}`, className: "entity", textContent: best.p.name }));
    rest = rest.slice(best.at + best.p.name.length);
  }
  return out;
}

/** People and organisations of the facts of the answer's source articles (from their article views), by name. */
async function peopleOf(sources) {
  const ids = [...new Set(sources.map((s) => s.article_id))].slice(0, 3);
  const views = await Promise.all(ids.map((id) => api(`/api/articles/${encodeURIComponent(id)}/view`).catch(() => null)));
  const byName = new Map();
  for (const v of views) for (const f of v?.facts ?? []) for (const p of f.people) if (!byName.has(p.name)) byName.set(p.name, { name: p.name, key: p.key });
  return [...byName.values()];
}

function answerItem({ question, answer, sources, error, people }) {
  const item = el("li", {}, el("p", { className: "q", textContent: question }), el("p", { className: error ? "a error" : "a" }, ...linkedText(answer, people)));
  const list = sourceList(sources);
  if (list) item.append(list);
  return item;
}

const savedAnswers = () => { try { return JSON.parse(sessionStorage.getItem(ANSWERS_KEY) ?? "[]"); } catch { return []; } };
const saveAnswer = (entry) => sessionStorage.setItem(ANSWERS_KEY, JSON.stringify([entry, ...savedAnswers()].slice(0, 50)));
$("answers").replaceChildren(...savedAnswers().map(answerItem));

$("ask-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const question = $("question").value.trim();
  if (!question) return;
  const pending = answerItem({ question, answer: "…" });
  $("answers").prepend(pending);
  $("question").value = "";
  let entry;
  try {
    const r = await api("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question, conversation_id: conversationId }) });
    entry = { question, answer: r.answer, sources: r.sources ?? [] };
    entry.people = await peopleOf(entry.sources);
    saveAnswer(entry);
  } catch (err) {
    entry = { question, answer: `Could not ask: ${err.message}`, error: true };
  }
  pending.replaceWith(answerItem(entry));
});

// Upload: XMLHttpRequest because fetch reports no upload progress. The bar
// shows bytes sent while they are sent, is indeterminate while the server
// works, and is hidden and reset when the upload ends, however it ends.
function upload(body, contentType) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/articles");
    xhr.setRequestHeader("authorization", `Bearer ${token()}`);
    xhr.setRequestHeader("content-type", contentType);
    // A share only while bytes are known to be on their way; once all are sent, the server works for an unknown time.
    xhr.upload.onprogress = (e) => { if (e.lengthComputable && e.loaded < e.total) setProgress((e.loaded / e.total) * 100, "Uploading…"); else setProgress(null, "Processing on the server…"); };
    xhr.upload.onload = () => setProgress(null, "Processing on the server…");
    xhr.onload = () => {
      let parsed;
      try { parsed = JSON.parse(xhr.responseText); } catch { parsed = { error: { message: `HTTP ${xhr.status}` } }; }
      if (xhr.status === 401) { showTokenForm(REFUSED); return reject(new Error(REFUSED)); }
      xhr.status < 300 ? resolve(parsed) : reject(new Error(parsed.error?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error("the network request failed"));
    xhr.send(body);
  });
}

/** value: 0-100 for a known share, null while the end cannot be known (indeterminate). */
function setProgress(value, message) {
  const bar = $("upload-progress");
  bar.hidden = false;
  if (value === null) bar.removeAttribute("value");
  else bar.value = value;
  $("upload-status").textContent = message;
}

function resetProgress() {
  const bar = $("upload-progress");
  bar.hidden = true;
  bar.value = 0;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function untilProcessed(id) {
  for (let i = 0; i < 60; i++) {
    const article = await api(`/api/articles/${id}`);
    if (article.status === "ready" || article.status === "failed") return article;
    setProgress(null, `Processing on the server (${article.status})…`);
    await sleep(Math.min(250 * 2 ** i, 2000));
  }
  throw new Error("still processing; check Recent articles later");
}

async function uploadText(text, contentType = "text/plain; charset=utf-8", note = "") {
  const button = $("upload-form").querySelector("button[type=submit]");
  button.disabled = true;
  $("parsed").hidden = true;
  $("parsed").replaceChildren();
  try {
    setProgress(null, "Uploading…");
    const r = await upload(text, contentType);
    const article = await untilProcessed(r.id);
    const done = article.status === "failed" ? `Stored, but extraction failed: ${article.error ?? "unknown error"}` : r.duplicate ? "Already stored (same text); showing it." : "Stored and processed.";
    $("upload-status").textContent = `${done}${note}`;
    showParsed(article);
    $("article").value = "";
    loadRecent();
  } catch (err) {
    $("upload-status").textContent = `Upload failed: ${err.message}`;
  } finally {
    resetProgress();
    $("file").value = "";
    button.disabled = false;
  }
}

/**
 * A statement as the inside of a quotation: no surrounding quote marks of its
 * own, quotes within it made single (‘…’), no trailing comma or dangling word.
 */
function quotation(text) {
  let t = String(text ?? "").trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, "").trim();
  t = t.replace(/“/g, "‘").replace(/”/g, "’").replace(/"([^"]*)"/g, "‘$1’").replace(/"/g, "’");
  for (let before = ""; before !== t;) {
    before = t;
    t = t.replace(/[\s,;:–—-]+$/u, "").replace(/\s+(and|but|or|nor|so|that|which|who|the|a|an|to|of|as|he|she|they|it|we|said|says|adding|added)$/iu, "");
  }
  return t;
}

/** Record keys of an article's people (from its view's facts), by type and name; empty when the view cannot be read. */
async function keysOf(id) {
  const view = await api(`/api/articles/${encodeURIComponent(id)}/view`).catch(() => null);
  const keys = new Map();
  for (const f of view?.facts ?? []) for (const p of f.people) keys.set(`${p.type}|${p.name}`, p.key);
  return keys;
}

function showParsed(a) {
  const box = $("parsed");
  box.replaceChildren();
  box.hidden = false;
  box.append(el("h3", { textContent: a.title ?? "Untitled article" }), el("p", { className: "meta", textContent: [a.published && `Published ${a.published}`, `${a.entities?.length ?? 0} people and organisations`].filter(Boolean).join(" · ") }));
  const section = (title, items) => {
    box.append(el("h3", { textContent: title }));
    box.append(items.length ? el("ul", {}, ...items.map((node) => el("li", {}, ...node))) : el("p", { textContent: "None found." }));
  };
  // Names link to the People search at once, then to their person's page once the article view gives their record keys.
  const links = [];
  const who = (p) => {
    const a = el("a", { href: `#people&q=${encodeURIComponent(p.name)}`, className: "entity", textContent: p.name });
    links.push([a, `${p.type}|${p.name}`]);
    return a;
  };
  section("Meetings", (a.meetings ?? []).map((m) => [...m.participants.flatMap((p, i) => [i ? " – " : "", who(p)]), m.date || m.place ? ` (${[m.date, m.place].filter(Boolean).join(", ")})` : ""]));
  section("Statements", (a.statements ?? []).map((s) => [s.speaker ? who(s.speaker) : "?", ": ", el("span", { className: "statement", textContent: `“${quotation(s.text)}”` })]));
  if (a.id) keysOf(a.id).then((keys) => {
    for (const [link, k] of links) if (keys.has(k)) link.href = `#entity=${encodeURIComponent(keys.get(k))}`;
  });
}

$("upload-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("article").value;
  if (!text.trim()) { $("upload-status").textContent = "Paste an article or choose a file first."; return; }
  uploadText(text);
});

/**
 * A file's text. UTF-8 is read as it is; other bytes are read as Windows-1252
 * (the WHATWG default for Western text, which ISO-8859-1 files are too) and
 * the status line says so: characters are never silently replaced.
 */
async function readFile(file) {
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), note: "" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), note: " The file was not UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, convert the file to UTF-8 and upload it again." };
  }
}

async function uploadFile(file) {
  if (!file) return;
  const type = /\.html?$/i.test(file.name) || file.type === "text/html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
  const { text, note } = await readFile(file);
  uploadText(text, type, note);
}
$("file").addEventListener("change", (e) => uploadFile(e.target.files[0]));
const drop = $("upload-form");
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("dropping"); });
drop.addEventListener("dragleave", () => drop.classList.remove("dropping"));
drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("dropping"); uploadFile(e.dataTransfer.files[0]); });

// Recent articles
async function loadRecent() {
  try {
    const { articles } = await api("/api/articles?limit=10");
    $("recent").replaceChildren(...articles.map((a) => {
      // A link, not a button: an inline element, so a wrapped title's lines start under its first.
      const show = el("a", { href: articleLink(a.id, ""), className: "title", textContent: a.title ?? a.id.slice(0, 12) });
      show.addEventListener("click", async () => showParsed(await api(`/api/articles/${a.id}`)));
      return el("li", {}, show, el("span", { className: "meta", textContent: ` ${[a.published, a.status].filter(Boolean).join(" · ")}` }));
    }));
    if (!articles.length) $("recent").replaceChildren(el("li", { textContent: "No articles yet." }));
  } catch (err) {
    $("recent").replaceChildren(el("li", { className: "error", textContent: `Could not list articles: ${err.message}` }));
  }
}
$("refresh").addEventListener("click", loadRecent);


token() ? showApp() : showTokenForm();
