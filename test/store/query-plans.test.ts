// Every SQL statement that answering runs must be an index look-up: these tests
// record the statements of each question type and read EXPLAIN QUERY PLAN for
// each, failing on a full scan of a table that grows with the store.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask";
import { uploadText } from "../helpers";
import { fullScans, recording } from "./plan-helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

describe("query plans of every question type", () => {
  it("the checker itself sees a full scan", async () => {
    expect(await fullScans("SELECT * FROM meetings WHERE evidence LIKE ?1", ["%led by%"])).toEqual([expect.stringContaining("SCAN")]);
    expect(await fullScans("SELECT * FROM meetings WHERE article_id = ?1", ["x"])).toEqual([]);
  });

  it.each([
    ["Who did Rudenko meet?"],
    ["Who met whom?"],
    ["When did Qin Gang meet Rudenko?"],
    ["Where did Xi Jinping meet Putin?"],
    ["Did Putin meet Rudenko?"],
    ["What did Qin Gang and Rudenko discuss?"],
    ["What did Peskov say?"],
    ["What did Peskov say about Belarus?"],
    ["What was said about Wagner?"],
    ["Who said the uprising was Russia's internal affairs?"],
    ["Who is Ma Zhaoxu?"],
    ["Who is the Kremlin spokesman?"],
    ["Who did Rudneko meet?"], // typo: prefix range over the alias index
    ["Which articles mention Putin?"],
    ["Who led the delegation?"],
    // answered from the sentence search, names linked first
    ["How long did the meeting between Qin Gang and Rudenko last?"],
    ["Why did Wagner march on Moscow?"],
    ["Who said \"a stab in the back\"?"], // who-question: the sentence before a passage
    ["What is the capital of Peru?"],
    ["Did Rudenko meet Ma?"], // a short first token: index range on entities.norm
    ["Who is Xi?"],
    ["When did they meet?"], // the article's main meeting, with article_id
    // meeting details from the record: the pair named, or the meetings in context
    ["Why was the meeting cancelled?"],
    ["Who else took part?"],
    ["How long did Qin Gang meet Rudenko?"],
    ["Where was Putin supposed to meet Rudenko?"],
    ["Who else was present at the meeting with the Kremlin spokesman?"],
    ["What did Rudneko say?"], // a typo: the exact key misses, the slow look-up follows
    ["/help"], // examples from the most mentioned people
    ["hello"],
  ])("%s", async (question) => {
    const { body } = await uploadText(example);
    for (const articleId of [null, body.id]) {
      const { db, seen } = recording(env.DB);
      await ask(question, { db, articleId });
      expect(seen.length).toBeGreaterThan(0);
      for (const { sql, args } of seen) expect(await fullScans(sql, args), sql).toEqual([]);
    }
  });
});
