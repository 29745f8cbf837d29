#!/usr/bin/env node
// npm run dev [-- wrangler dev args]: applies D1 migrations to local state, then
// starts `wrangler dev` with the arguments passed through (e.g. --port, --var).
import { spawnSync, spawn } from "node:child_process";

const wrangler = (args, opts) => spawnSync("npx", ["wrangler", ...args], { stdio: "inherit", ...opts });
const passThrough = process.argv.slice(2);

// Migrations must land in the same local state that `wrangler dev` will use.
const at = passThrough.indexOf("--persist-to");
const persist = at >= 0 && passThrough[at + 1] ? ["--persist-to", passThrough[at + 1]] : [];
const migrate = wrangler(["d1", "migrations", "apply", "DB", "--local", ...persist], { env: { ...process.env, CI: "true" } });
if (migrate.status !== 0) {
  console.error("Applying D1 migrations to the local database failed.");
  process.exit(migrate.status ?? 1);
}
const dev = spawn("npx", ["wrangler", "dev", ...passThrough], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => dev.kill(sig));
dev.on("exit", (code) => process.exit(code ?? 0));
