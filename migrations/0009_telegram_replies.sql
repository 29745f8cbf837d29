-- Telegram delivery safety (idempotency key = update_id): an update is
-- claimed when it arrives and its reply is stored once computed. A claim
-- without a reply means the Worker failed in between, so a redelivery is
-- answered rather than dropped as a duplicate.
ALTER TABLE telegram_updates ADD COLUMN reply TEXT;          -- JSON of the webhook reply (sendMessage), or '' for none
ALTER TABLE telegram_updates ADD COLUMN answered_at TEXT;    -- ISO time the reply was stored; NULL while only claimed
-- Updates recorded before this migration were answered the old way.
UPDATE telegram_updates SET answered_at = seen_at, reply = '' WHERE answered_at IS NULL;
