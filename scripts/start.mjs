#!/usr/bin/env node
// npm start: the local Worker with demo data. Starts `npm run dev` on PORT (8787),
// waits for /health, uploads fixtures/, and prints the URL and the demo token.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const port = process.env.PORT ?? "8787";
const token = process.env.INGEST_TOKEN ?? "demo-token";
const base = `http://127.0.0.1:${port}`;
const dev = spawn("node", ["scripts/dev.mjs", "--port", port, "--ip", "127.0.0.1", "--var", `INGEST_TOKEN:${token}`], { stdio: ["ignore", "inherit", "inherit"] });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => dev.kill(sig));
dev.on("exit", (code) => process.exit(code ?? 0));

for (let i = 0; i < 240; i++) {
  try { if ((await fetch(`${base}/health`)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 500));
}
let loaded = 0;
for (const f of readdirSync("fixtures").filter((f) => f.endsWith(".txt") || f.endsWith(".html"))) {
  const res = await fetch(`${base}/api/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": f.endsWith(".html") ? "text/html" : "text/plain; charset=utf-8" },
    body: readFileSync(`fixtures/${f}`, "utf8"),
  });
  if (res.ok) loaded++;
}
console.log(`\nReady: ${base}  (token: ${token}, ${loaded} demo article(s) loaded). Chat page: ${base}/`);
console.log(`Try: curl -s -H 'authorization: Bearer ${token}' -H 'content-type: application/json' -d '{"question":"Who did Rudenko meet?"}' ${base}/api/ask\n`);
