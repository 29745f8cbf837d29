// .dev.vars.example names every variable the Worker reads, so a new user can
// copy it to .dev.vars and see all there is to set.
import { describe, expect, it } from "vitest";
import example from "../../.dev.vars.example?raw";
import envSource from "../../src/env.ts?raw";

describe(".dev.vars.example", () => {
  // Variables are the string fields of Env (bindings have other types).
  const variables = [...envSource.matchAll(/^\s+([A-Z][A-Z0-9_]+)\??: string;/gm)].map((m) => m[1]!);

  it("reads the variables from src/env.ts", () => {
    expect(variables).toEqual(expect.arrayContaining(["INGEST_TOKEN", "TELEGRAM_WEBHOOK_SECRET"]));
  });

  it.each(variables)("sets %s, with a comment saying what it is", (name) => {
    const lines = example.split("\n");
    const at = lines.findIndex((l) => l.startsWith(`${name}=`));
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^# \S/);
  });

  it("sets nothing the Worker does not read", () => {
    const set = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    expect(set.filter((n) => !variables.includes(n))).toEqual([]);
  });
});
