// Reading article files for upload: UTF-8 as it is, anything else detected
// (chardet) and converted, and said so; never a silent U+FFFD.
import { readFileSync } from "node:fs";
import chardet from "chardet";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A file's text: `{ text, charset }` where charset is null for UTF-8 (with or
 * without a BOM) or the encoding it was detected in and converted from.
 * Throws an Error saying how to convert when the encoding cannot be told.
 */
export function readText(path) {
  const bytes = readFileSync(path);
  try {
    return { text: utf8.decode(bytes), charset: null };
  } catch { /* not UTF-8: detect */ }
  const guess = chardet.detect(bytes);
  try {
    if (!guess || /^utf-?8$/i.test(guess)) throw new Error("no other encoding fits");
    return { text: new TextDecoder(guess, { fatal: true }).decode(bytes), charset: guess.toLowerCase() };
  } catch {
    throw new Error(`is not UTF-8 and its encoding could not be told${guess ? ` (it looks like ${guess})` : ""}; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 "${path}" > converted.txt`);
  }
}
