// What the start scripts share: stopping everything they started, and ports.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { connect, createServer } from "node:net";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every process below `root` (children, their children…), read from /proc; [] where there is no /proc. */
export function descendants(root = process.pid) {
  const parentOf = new Map();
  try {
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])); // field 4 = ppid
      } catch { /* gone meanwhile */ }
    }
  } catch {
    return [];
  }
  const out = [];
  for (let frontier = [root]; frontier.length;) {
    const next = [...parentOf].filter(([, ppid]) => frontier.includes(ppid)).map(([pid]) => pid);
    out.push(...next);
    frontier = next;
  }
  return out;
}

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/**
 * Makes SIGINT, SIGTERM and SIGHUP (and losing the parent process) stop every
 * process this script started: the signal goes to the whole tree below it
 * (wrangler, workerd, esbuild…), the script waits for them to exit (SIGKILL
 * after 8 s) and for `port` to be free, then exits itself (0: stopping was
 * asked for). The tree rather than the process group: the group may hold the
 * caller's own shell or test runner, which a stop must not touch.
 */
export function stopTreeOnSignals(child, { port, host = "127.0.0.1", onStop = () => {} } = {}) {
  let stopping = false;
  const stop = async (sig, code = 0) => {
    if (stopping) return;
    stopping = true;
    if (code === 0) onStop(sig);
    const tree = descendants();
    for (const pid of tree.length ? tree : [child.pid]) try { process.kill(pid, sig); } catch { /* already gone */ }
    for (const end = Date.now() + 8000; Date.now() < end && [child.pid, ...tree].some(alive);) await sleep(100);
    for (const pid of tree) if (alive(pid)) try { process.kill(pid, "SIGKILL"); } catch { /* gone */ }
    if (port) await waitUntilFree(port, host, 10_000);
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void stop(sig));
  // `npm run` starts scripts through `sh -c`, and sh dies of a SIGTERM sent to npm without
  // passing it on: this script is then orphaned (a new parent), which means stop too.
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) void stop("SIGTERM"); }, 250).unref();
  return {
    get stopping() { return stopping; },
    /** Stops the tree as a signal would, then exits with `code`. */
    stop: (code) => stop("SIGTERM", code),
  };
}

/** True when something accepts connections on host:port. */
export function isListening(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const s = connect({ port: Number(port), host });
    s.once("connect", () => { s.destroy(); resolve(true); });
    s.once("error", () => resolve(false));
    s.setTimeout(1000, () => { s.destroy(); resolve(false); });
  });
}

/** True when this process could listen on host:port now. */
export function canListen(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const srv = createServer().once("error", () => resolve(false)).listen(Number(port), host, () => srv.close(() => resolve(true)));
  });
}

/** A port the system says is free on host. */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const srv = createServer().once("error", reject).listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until nothing listens on host:port (up to `ms`); false if it is still taken. */
export async function waitUntilFree(port, host = "127.0.0.1", ms = 10_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (!(await isListening(port, host))) return true;
  return false;
}

/**
 * Which process listens on a TCP port, read from /proc (Linux): "pid 123
 * (workerd serve …)", or null when it cannot be told (another OS, or a
 * process of another user).
 */
export function portHolder(port) {
  try {
    const hex = Number(port).toString(16).toUpperCase().padStart(4, "0");
    const inodes = new Set();
    for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
      let text = "";
      try { text = readFileSync(table, "utf8"); } catch { continue; }
      for (const line of text.trim().split("\n").slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f[1]?.endsWith(`:${hex}`) && f[3] === "0A") inodes.add(f[9]); // 0A = LISTEN
      }
    }
    if (!inodes.size) return null;
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let fds = [];
      try { fds = readdirSync(`/proc/${pid}/fd`); } catch { continue; }
      for (const fd of fds) {
        let link = "";
        try { link = readlinkSync(`/proc/${pid}/fd/${fd}`); } catch { continue; }
        const m = /^socket:\[(\d+)\]$/.exec(link);
        if (m && inodes.has(m[1])) {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
          return `pid ${pid} (${cmd.length > 100 ? `${cmd.slice(0, 100)}…` : cmd})`;
        }
      }
    }
  } catch { /* not Linux or not readable */ }
  return null;
}

/** A sentence saying who holds a port, for error messages. */
export function describeHolder(port) {
  const who = portHolder(port);
  return who ? `Port ${port} is already in use by ${who}.` : `Port ${port} is already in use (the process holding it could not be identified).`;
}
