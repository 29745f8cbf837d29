#!/usr/bin/env node
// npm start [-- --port P] [--token T] [--telegram-secret S] [--telegram-bot NAME]:
// the local Worker with demo data. Starts `npm run dev` on a free port (8787
// unless taken, saying by whom), waits for /health, uploads fixtures/, and
// ends with a short block: URL, token, chat page, how to stop. The server's
// start-up output is shown only if it fails; its request log follows the block.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { canListen, describeHolder, freePort, stopTreeOnSignals } from "./lib/processes.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const token = opt("token", process.env.INGEST_TOKEN ?? "demo-token");
const telegramSecret = opt("telegram-secret", process.env.TELEGRAM_WEBHOOK_SECRET);
const telegramBot = opt("telegram-bot", process.env.TELEGRAM_BOT_USERNAME);
const host = "127.0.0.1";

let port = String(opt("port", process.env.PORT ?? "8787"));
if (!(await canListen(port, host))) {
  const other = String(await freePort(host));
  console.log(`${describeHolder(port)} Starting on port ${other} instead.`);
  port = other;
}
const base = `http://${host}:${port}`;
const vars = { INGEST_TOKEN: token, ...(telegramSecret ? { TELEGRAM_WEBHOOK_SECRET: telegramSecret } : {}), ...(telegramBot ? { TELEGRAM_BOT_USERNAME: telegramBot } : {}) };
const dev = spawn(process.execPath, ["scripts/dev.mjs", "--port", port, "--ip", host, ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`])], {
  stdio: ["ignore", "pipe", "pipe"],
});
const signals = stopTreeOnSignals(dev, { port, host, onStop: () => console.log("\nStopping the local server…") });

// Start-up chatter is kept back (and shown if starting fails); once ready, the server's log streams through.
let ready = false, held = "";
const pass = (stream, out) => stream.on("data", (d) => { if (ready) out.write(d); else held += d; });
pass(dev.stdout, process.stdout);
pass(dev.stderr, process.stderr);
dev.on("exit", (code) => {
  if (signals.stopping) return;
  if (!ready) process.stderr.write(held);
  console.error(ready ? "The local server stopped." : "The local server did not start (its output is above).");
  process.exit(code || 1);
});

// Healthy means: our own child is still running and answers /health on the port we checked was free.
let healthy = false;
for (let i = 0; i < 240 && dev.exitCode === null; i++) {
  healthy = await fetch(`${base}/health`).then((r) => r.ok, () => false);
  if (healthy) break;
  await new Promise((r) => setTimeout(r, 500));
}
if (!healthy || dev.exitCode !== null) {
  process.stderr.write(held);
  console.error(`The local server did not answer on ${base}/health (its output is above).`);
  await signals.stop(1);
}
const migrations = held.split("\n").find((l) => l.startsWith("D1 migrations"));

let loaded = 0;
for (const f of readdirSync("fixtures").filter((f) => f.endsWith(".txt") || f.endsWith(".html"))) {
  const res = await fetch(`${base}/api/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": f.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" },
    body: readFileSync(`fixtures/${f}`),
  });
  if (res.ok) loaded++;
}

const rows = [
  ["URL", base],
  ["Token", `${token}   (Authorization: Bearer ${token})`],
  ["Chat page", `${base}/   (${loaded} demo article${loaded === 1 ? "" : "s"} stored)`],
  ...(telegramSecret ? [["Telegram", `POST ${base}/webhooks/telegram with header X-Telegram-Bot-Api-Secret-Token: ${telegramSecret}`]] : []),
  ["Stop", "Ctrl-C (stops wrangler and workerd too)"],
];
console.log([migrations ?? "", "", "NewsGraph is running.", ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${v}`), ""].join("\n"));
ready = true;
