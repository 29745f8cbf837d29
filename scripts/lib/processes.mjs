// What the start scripts share: stopping everything they started, and ports.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { connect, createServer } from "node:net";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes SIGINT, SIGTERM and SIGHUP (and losing the parent process) stop the
 * whole process group: the signal is sent
 * to every process of this script's group (wrangler, workerd, esbuild…, which
 * stay in it), then the script waits for `child` to exit and for `port` to be
 * free before it exits itself (0: stopping was asked for).
 */
export function stopGroupOnSignals(child, { port, host = "127.0.0.1", onStop = () => {} } = {}) {
  let stopping = false;
  const stop = async (sig, code = 0) => {
    if (stopping) return; // our own broadcast comes back to us
    stopping = true;
    if (code === 0) onStop(sig);
    try {
      process.kill(0, sig); // 0 = this process group
    } catch {
      child.kill(sig);
    }
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once("exit", r));
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
    /** Stops the group as a signal would, then exits with `code`. */
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
  return who ? `Port ${port} is already in use by ${who}.` : `Port ${port} is already in use (by a process this user cannot see).`;
}
