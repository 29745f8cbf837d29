#!/usr/bin/env node
// npm run dev [-- wrangler dev args]: applies D1 migrations to local state (one
// quiet line), then starts `wrangler dev` with the arguments passed through
// (e.g. --port, --ip, --var, --persist-to). Refuses a port that is taken,
// naming the process that holds it; without --port it takes 8787 or, if that
// is taken, a free port. Ctrl-C or SIGTERM stops wrangler and workerd too.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { canListen, describeHolder, freePort, stopTreeOnSignals } from "./lib/processes.mjs";
import { vendor } from "./vendor.mjs";

const wranglerBin = join(dirname(createRequire(import.meta.url).resolve("wrangler/package.json")), "bin", "wrangler.js");
const args = process.argv.slice(2);
const valueOf = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

// The port: as given (refused when taken), else 8787 or a free one.
const host = valueOf("--ip") && valueOf("--ip") !== "localhost" && valueOf("--ip") !== "0.0.0.0" ? valueOf("--ip") : "127.0.0.1";
let port = valueOf("--port");
if (port) {
  if (!(await canListen(port, host))) {
    console.error(`${describeHolder(port)} Stop it, or start on another port (npm run dev -- --port ${await freePort(host)}).`);
    process.exit(1);
  }
} else {
  port = "8787";
  if (!(await canListen(port, host))) {
    const other = String(await freePort(host));
    console.error(`${describeHolder(port)} Using port ${other} instead.`);
    port = other;
  }
  args.push("--port", port);
}
// The debugger's port: wrangler's default 9229 is held by any other dev server on the machine (a second one would
// die at start), so a free one unless given.
if (!valueOf("--inspector-port") && !(await canListen("9229", "127.0.0.1"))) args.push("--inspector-port", String(await freePort("127.0.0.1")));

// Migrations must land in the same local state that `wrangler dev` will use; their tables are summed up in one line.
const persist = valueOf("--persist-to") ? ["--persist-to", valueOf("--persist-to")] : [];
const migrate = spawnSync(process.execPath, [wranglerBin, "d1", "migrations", "apply", "DB", "--local", ...persist], {
  encoding: "utf8",
  env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
});
const output = `${migrate.stdout ?? ""}${migrate.stderr ?? ""}`;
if (migrate.status !== 0) {
  process.stderr.write(output);
  console.error("Applying D1 migrations to the local database failed (output above).");
  process.exit(migrate.status ?? 1);
}
const applied = [...new Set(output.match(/\d{4}_[\w-]+\.sql/g) ?? [])];
console.log(applied.length ? `D1 migrations applied: ${applied.join(", ")}` : "D1 migrations: up to date");

// The map's browser libraries, served as static assets (scripts/vendor.mjs).
await vendor();

const dev = spawn(process.execPath, [wranglerBin, "dev", ...args], { stdio: ["inherit", "inherit", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
const signals = stopTreeOnSignals(dev, { port, host });
dev.on("exit", (code) => { if (!signals.stopping) process.exit(code ?? 1); });
