import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations("./migrations");

// workerd reports the test runner's own WebSocket closing after every test file
// ("disconnected: WebSocket peer disconnected"). The pool filters its sibling
// messages but 0.15.x lacks this one (upstream added it in workers-sdk #13833,
// in versions that need Node 22), so the same filter is applied here (the pool writes it to stdout or stderr by level).
const BENIGN = "disconnected: WebSocket peer disconnected";
type Stream = { write: (chunk: unknown, ...rest: unknown[]) => boolean };
const { stdout, stderr } = (globalThis as unknown as { process: { stdout: Stream; stderr: Stream } }).process; // node types are not in tsconfig
for (const stream of [stdout, stderr]) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => (String(chunk).includes(BENIGN) ? true : write(chunk, ...rest));
}

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: { TEST_MIGRATIONS: migrations, INGEST_TOKEN: "test-token", TELEGRAM_WEBHOOK_SECRET: "test-secret", TELEGRAM_BOT_USERNAME: "NewsGraphBot" },
        // The limiters' buckets outlive a test's storage reset; races and fuzzing send hundreds of requests.
        // Limits themselves are tested with stand-in limiters (test/transports/access.test.ts).
        // Tests drive the queue consumer themselves (createMessageBatch + worker.queue): a real
        // consumer would run a second later, after the test's storage was reset, and fail noisily.
        queueConsumers: {},
        ratelimits: Object.fromEntries(["UPLOAD_LIMIT", "ASK_LIMIT", "TELEGRAM_LIMIT"].map((name) => [name, { simple: { limit: 1_000_000, period: 60 } }])),
      },
    }),
  ],
  test: {
    setupFiles: ["./test/apply-migrations.ts"],
    include: ["test/**/*.test.ts"],
    // A guard against hangs, not a speed check: the race tests run hundreds of requests on a shared 2-core machine.
    testTimeout: 30_000,
  },
});
