import type { ParsedArticle } from "../ingest/parse/parse-article";
import type { Extraction } from "./types";

/** Runs the extraction passes over a parsed article. */
export function extractFacts(_parsed: ParsedArticle): Extraction {
  return { entities: [], meetings: [], statements: [] };
}
