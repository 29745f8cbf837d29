import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations("./migrations");

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: { TEST_MIGRATIONS: migrations, INGEST_TOKEN: "test-token", TELEGRAM_WEBHOOK_SECRET: "test-secret", TELEGRAM_BOT_USERNAME: "NewsGraphBot" },
        // The limiters' buckets outlive a test's storage reset; races and fuzzing send hundreds of requests.
        // Limits themselves are tested with stand-in limiters (test/transports/access.test.ts).
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
