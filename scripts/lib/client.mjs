// What the command-line clients share: a polite fetch and a progress bar.

/** fetch that, on 429, waits as long as Retry-After says and sends the same request again. */
export async function politeFetch(url, init) {
  for (;;) {
    const res = await fetch(url, init);
    if (res.status !== 429) return res;
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get("retry-after") ?? 1)));
  }
}

/** One line of progress on stderr: `label [#####.....] done/total`. */
export function progressBar(label, done, total) {
  const w = 30, n = Math.round((done / Math.max(1, total)) * w);
  process.stderr.write(`\r${label.padEnd(9)} [${"#".repeat(n)}${".".repeat(w - n)}] ${done}/${total}   `);
}
