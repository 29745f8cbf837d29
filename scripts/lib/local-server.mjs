// Starts the Worker with `npm run dev` on a free port and fresh local state,
// as a user would, and stops it again. For tests that need a real server.
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./processes.mjs";

/**
 * `state`: a directory of local state to use and keep (a store built once and
 * read again); by default a fresh temporary one, removed on stop.
 */
export async function startLocalServer({ token = `t-${Date.now()}`, vars = {}, state: keep } = {}) {
  const port = await freePort();
  const state = keep ?? mkdtempSync(join(tmpdir(), "newsgraph-state-"));
  const varArgs = Object.entries({ INGEST_TOKEN: token, ...vars }).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const child = spawn("npm", ["run", "dev", "--", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", state, ...varArgs], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  // NEWSGRAPH_SERVER_LOG=file: the server's output is also appended there, to read while it runs.
  const logFile = process.env.NEWSGRAPH_SERVER_LOG;
  const record = (d) => { log += d; if (logFile) appendFileSync(logFile, d); };
  child.stdout.on("data", record);
  child.stderr.on("data", record);
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    if (!keep) rmSync(state, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (ok) return { base, token, state, stop, log: () => log };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`the local server did not become healthy:\n${log.slice(-3000)}`);
}
