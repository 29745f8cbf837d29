import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach } from "vitest";
import { clearReadCache } from "../src/store/read-cache";

// Every test starts on empty D1 and KV with the schema applied.
beforeEach(async () => {
  await reset();
  // The record's answers cached in this isolate are of the store just emptied.
  clearReadCache();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});
