// Starting and stopping as a new user does: `npm start` and `npm run dev` are
// started for real, stopped with SIGTERM or SIGINT sent to the npm process
// alone, and must leave no process of theirs and a free port behind.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { canListen, freePort } from "../../scripts/lib/processes.mjs";

const state = mkdtempSync(join(tmpdir(), "newsgraph-startstop-"));
const started = [];
after(() => {
  for (const p of started) try { process.kill(-p.pid, "SIGKILL"); } catch { /* already gone */ }
  rmSync(state, { recursive: true, force: true });
});

/** Runs an npm script in its own process group, collecting its output. */
function run(args) {
  const child = spawn("npm", args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PORT: "" } });
  started.push(child);
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, out: () => out, exited };
}

async function until(check, ms, what) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

/** True while any process of the group led by pid is alive. */
const groupAlive = (pid) => { try { process.kill(-pid, 0); return true; } catch { return false; } };
const healthy = (base) => fetch(`${base}/health`).then((r) => r.ok, () => false);

test("npm run dev refuses a port that is taken, naming the process that holds it", { timeout: 60_000 }, async () => {
  const blocker = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => blocker.once("listening", r));
  const { port } = blocker.address();
  try {
    const dev = run(["run", "dev", "--", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", state]);
    const { code } = await dev.exited;
    assert.equal(code, 1);
    assert.match(dev.out(), new RegExp(`Port ${port} is already in use by pid ${process.pid} \\(`));
    assert.match(dev.out(), /npm run dev -- --port \d+/);
    assert.doesNotMatch(dev.out(), /Ready on/);
  } finally {
    blocker.close();
  }
});

test("npm start with its port taken says by whom, starts on a free port, prints a short block, and SIGTERM to npm stops everything", { timeout: 180_000 }, async () => {
  const blocker = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => blocker.once("listening", r));
  const taken = blocker.address().port;
  try {
    const start = run(["start", "--", "--port", String(taken), "--token", "t-start", "--telegram-secret", "s3cret"]);
    await until(() => /NewsGraph is running\./.test(start.out()) || start.child.exitCode !== null, 150_000, "the start block");
    const out = start.out();
    assert.match(out, new RegExp(`Port ${taken} is already in use by pid ${process.pid} \\(.*\\)\\. Starting on port (\\d+) instead\\.`));
    const port = Number(/Starting on port (\d+) instead/.exec(out)[1]);
    assert.notEqual(port, taken);
    const base = `http://127.0.0.1:${port}`;
    // The block: URL, token, chat page, Telegram webhook, how to stop; migrations in one line, no tables.
    assert.match(out, new RegExp(`URL +${base}\\n`));
    assert.match(out, /Token +t-start/);
    assert.match(out, new RegExp(`Chat page +${base}/ +\\(1 demo article stored\\)`));
    assert.match(out, new RegExp(`Telegram +POST ${base}/webhooks/telegram with header X-Telegram-Bot-Api-Secret-Token: s3cret`));
    assert.match(out, /Stop +Ctrl-C/);
    assert.equal(out.match(/D1 migrations/g)?.length, 1);
    assert.doesNotMatch(out, /[┌│└]/);
    assert.ok(out.split("\n").length < 20, `start output is short:\n${out}`);
    assert.ok(await healthy(base));
    // The server it talks to is its own: the Telegram secret it was given is in force.
    const tg = await fetch(`${base}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cret" }, body: JSON.stringify({ update_id: Date.now() % 1e9, message: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, text: "/help" } }) });
    assert.equal((await tg.json()).method, "sendMessage");

    process.kill(start.child.pid, "SIGTERM"); // the npm process alone, as a process manager would
    await start.exited;
    await until(() => !groupAlive(start.child.pid), 15_000, "every process of npm start to exit");
    assert.ok(await canListen(port), `port ${port} is free after stopping`);
  } finally {
    blocker.close();
  }
});

/** Runs `npm run upload` to completion; its stdout and exit code. */
function upload(base, paths) {
  return new Promise((resolve) => {
    const p = spawn("npm", ["run", "--silent", "upload", "--", "--base", base, "--token", "t-dev", ...paths], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) => resolve({ code, out }));
  });
}

test("npm run upload, then npm run dev stopped with Ctrl-C (SIGINT to its process group, as a terminal sends it) frees its port", { timeout: 240_000 }, async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dev = run(["run", "dev", "--", "--port", String(port), "--ip", "127.0.0.1", "--var", "INGEST_TOKEN:t-dev", "--persist-to", state]);
  await until(() => healthy(base), 150_000, "npm run dev to answer /health");
  assert.equal(dev.out().match(/D1 migrations/g)?.length, 1);

  // Upload: a UTF-8 file, a windows-1252 file (converted, and said so), a copy, an empty file.
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-upload-"));
  const story = "Ferry talks in Tallinn\n\nTALLINN, May 4 - Kaja Tamm met Olav Berg in Tallinn on Tuesday.\n\n\"We agreed,\" Tamm said.";
  writeFileSync(join(dir, "a-utf8.txt"), story);
  writeFileSync(join(dir, "b-latin.txt"), Buffer.from("Café owners meet in Zürich\n\nZÜRICH, May 4 - Renée Dubois met Jürgen Weiß in Zürich on Tuesday.\n\n\"We agreed on prices,\" Dubois said.", "latin1"));
  writeFileSync(join(dir, "c-copy.txt"), story);
  writeFileSync(join(dir, "d-empty.txt"), "   ");
  const first = await upload(base, [dir]);
  const lines = first.out.trim().split("\n");
  assert.equal(lines.length, 5, first.out);
  assert.match(lines[0], /^[0-9a-f]{12}  ready +new +Ferry talks in Tallinn  \(.*a-utf8\.txt\)$/);
  assert.match(lines[1], /^[0-9a-f]{12}  ready +new +Café owners meet in Zürich  \(.*b-latin\.txt\)  \[converted from (windows-1252|iso-8859-1)\]$/);
  assert.match(lines[2], /^[0-9a-f]{12}  ready +duplicate +Ferry talks in Tallinn/);
  assert.match(lines[3], /failed +.*d-empty\.txt: .*empty/);
  assert.equal(lines[4], "This run: 4 file(s): 2 new, 1 duplicate, 1 not uploaded, 3 ready, 0 failed processing.");
  assert.equal(first.code, 1);
  const raw = await fetch(`${base}/api/articles/${(await (await fetch(`${base}/api/articles`, { headers: { authorization: "Bearer t-dev" } })).json()).articles.find((a) => a.title.startsWith("Café")).id}/raw`, { headers: { authorization: "Bearer t-dev" } }).then((r) => r.text());
  assert.match(raw, /Renée Dubois met Jürgen Weiß/);
  assert.doesNotMatch(raw, /\uFFFD/);
  // A second run counts only its own uploads.
  const again = await upload(base, [join(dir, "a-utf8.txt")]);
  assert.equal(again.code, 0);
  assert.match(again.out, /duplicate +Ferry talks in Tallinn/);
  assert.match(again.out, /This run: 1 file\(s\): 0 new, 1 duplicate, 0 not uploaded, 1 ready, 0 failed processing\.$/m);
  rmSync(dir, { recursive: true, force: true });
  process.kill(-dev.child.pid, "SIGINT");
  await dev.exited;
  await until(() => !groupAlive(dev.child.pid), 15_000, "every process of npm run dev to exit");
  assert.ok(await canListen(port), `port ${port} is free after stopping`);
});

test("a stopped dev script stops only its own processes, not the program that started it", { timeout: 180_000 }, async () => {
  // Started the way a Makefile or CI script would: in this test runner's own process group.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dev = spawn(process.execPath, ["scripts/dev.mjs", "--port", String(port), "--ip", "127.0.0.1", "--var", "INGEST_TOKEN:t", "--persist-to", state], { stdio: "ignore" });
  const exited = new Promise((resolve) => dev.on("exit", resolve));
  try {
    await until(() => healthy(base), 150_000, "scripts/dev.mjs to answer /health");
    process.kill(dev.pid, "SIGTERM");
    await exited;
    // Had the stop signalled the process group, this test runner (in it) would have died here.
    assert.ok(await canListen(port), `port ${port} is free after stopping`);
  } finally {
    if (dev.exitCode === null) dev.kill("SIGKILL");
  }
});
