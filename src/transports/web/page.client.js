// The chat page's script. Served as /assets/page.js under a CSP that forbids
// inline script; every piece of stored text is put in the page with
// textContent, never as HTML.
const $ = (id) => document.getElementById(id);
const TOKEN_KEY = "newsgraph.token";
const conversationId = sessionStorage.getItem("newsgraph.conversation") ?? crypto.randomUUID();
sessionStorage.setItem("newsgraph.conversation", conversationId);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const c of children) if (c != null) node.append(c);
  return node;
}

const token = () => sessionStorage.getItem(TOKEN_KEY);

async function api(path, init = {}) {
  const res = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token()}` } });
  const body = await res.json().catch(() => ({ error: { message: `HTTP ${res.status}` } }));
  if (res.status === 401) showTokenForm("That token was refused. Enter it again.");
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
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

// Ask
function sourceList(sources) {
  if (!sources?.length) return null;
  return el("ul", { className: "sources" }, ...sources.map((s) => el("li", {}, el("cite", { textContent: s.title ?? "untitled article" }), `: ${s.evidence}`)));
}

$("ask-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const question = $("question").value.trim();
  if (!question) return;
  const item = el("li", {}, el("p", { className: "q", textContent: question }));
  const answer = el("p", { className: "a", textContent: "…" });
  item.append(answer);
  $("answers").prepend(item);
  $("question").value = "";
  try {
    const r = await api("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question, conversation_id: conversationId }) });
    answer.textContent = r.answer;
    const list = sourceList(r.sources);
    if (list) item.append(list);
  } catch (err) {
    answer.textContent = `Could not ask: ${err.message}`;
    answer.classList.add("error");
  }
});

// Upload: XMLHttpRequest because fetch reports no upload progress.
function upload(body, contentType) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/articles");
    xhr.setRequestHeader("authorization", `Bearer ${token()}`);
    xhr.setRequestHeader("content-type", contentType);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) setProgress((e.loaded / e.total) * 80, "Uploading…"); };
    xhr.onload = () => {
      let parsed;
      try { parsed = JSON.parse(xhr.responseText); } catch { parsed = { error: { message: `HTTP ${xhr.status}` } }; }
      if (xhr.status === 401) showTokenForm("That token was refused. Enter it again.");
      xhr.status < 300 ? resolve(parsed) : reject(new Error(parsed.error?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error("the network request failed"));
    xhr.send(body);
  });
}

function setProgress(value, message) {
  $("upload-progress").hidden = false;
  $("upload-progress").value = value;
  $("upload-status").textContent = message;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function untilProcessed(id) {
  for (let i = 0; i < 60; i++) {
    const article = await api(`/api/articles/${id}`);
    if (article.status === "ready" || article.status === "failed") return article;
    setProgress(85, `Processing (${article.status})…`);
    await sleep(Math.min(250 * 2 ** i, 2000));
  }
  throw new Error("still processing; check Recent articles later");
}

async function uploadText(text, contentType = "text/plain; charset=utf-8") {
  const button = $("upload-form").querySelector("button[type=submit]");
  button.disabled = true;
  try {
    setProgress(0, "Uploading…");
    const r = await upload(text, contentType);
    const article = await untilProcessed(r.id);
    setProgress(100, article.status === "failed" ? `Stored, but extraction failed: ${article.error ?? "unknown error"}` : r.duplicate ? "Already stored (same text); showing it." : "Stored and processed.");
    showParsed(article);
    $("article").value = "";
    loadRecent();
  } catch (err) {
    $("upload-status").textContent = `Upload failed: ${err.message}`;
  } finally {
    button.disabled = false;
  }
}

function showParsed(a) {
  const box = $("parsed");
  box.replaceChildren();
  box.hidden = false;
  box.append(el("h3", { textContent: a.title ?? "Untitled article" }), el("p", { className: "meta", textContent: [a.published && `Published ${a.published}`, `${a.entities?.length ?? 0} people and organisations`].filter(Boolean).join(" · ") }));
  const section = (title, items) => {
    box.append(el("h3", { textContent: title }));
    box.append(items.length ? el("ul", {}, ...items.map((t) => el("li", { textContent: t }))) : el("p", { textContent: "None found." }));
  };
  section("Meetings", (a.meetings ?? []).map((m) => `${m.participants.map((p) => p.name).join(" – ")}${m.date || m.place ? ` (${[m.date, m.place].filter(Boolean).join(", ")})` : ""}`));
  section("Statements", (a.statements ?? []).map((s) => `${s.speaker?.name ?? "?"}: ${s.text}`));
}

$("upload-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("article").value;
  if (!text.trim()) { $("upload-status").textContent = "Paste an article or choose a file first."; return; }
  uploadText(text);
});

async function uploadFile(file) {
  if (!file) return;
  const type = /\.html?$/i.test(file.name) || file.type === "text/html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
  uploadText(await file.text(), type);
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
      const show = el("button", { type: "button", className: "link", textContent: a.title ?? a.id.slice(0, 12) });
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
