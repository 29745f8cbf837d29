#!/usr/bin/env node
// Registers the deployed Worker as the bot's webhook (Telegram setWebhook).
// Usage: TELEGRAM_BOT_TOKEN=… TELEGRAM_WEBHOOK_SECRET=… npm run telegram:webhook -- https://newsgraph.example.workers.dev
// The same secret must be set on the Worker: wrangler secret put TELEGRAM_WEBHOOK_SECRET
const base = process.argv[2] ?? process.env.WORKER_URL;
const token = process.env.TELEGRAM_BOT_TOKEN;
const secret = process.env.TELEGRAM_WEBHOOK_SECRET;

function fail(message) {
  console.error(`telegram:webhook: ${message}`);
  process.exit(2);
}
if (!base || !/^https:\/\//.test(base)) fail("give the Worker's https URL as the argument (or WORKER_URL).");
if (!token) fail("set TELEGRAM_BOT_TOKEN (from @BotFather) in the environment.");
if (!secret || !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) fail("set TELEGRAM_WEBHOOK_SECRET: 1-256 characters of A-Z a-z 0-9 _ -.");

const url = `${base.replace(/\/+$/, "")}/webhooks/telegram`;
const res = await fetch(`https://api.telegram.org/bot${token}/setWebhook`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ url, secret_token: secret, allowed_updates: ["message"], max_connections: 40 }),
}).catch((e) => fail(`could not reach api.telegram.org (${e.cause?.code ?? e.message}).`));
const body = await res.json().catch(() => ({}));
// Print Telegram's description only: the bot token is part of the request URL and must not be echoed.
if (!body.ok) fail(`Telegram refused: ${body.description ?? res.status}`);
console.log(`Webhook set to ${url} (${body.description ?? "ok"}).`);
