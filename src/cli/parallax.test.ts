import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../analysis/types.ts";
import { jsonLines, root, seedA, seedB, seedTextA, seedTextB } from "./test-support.ts";

/*
 * The `parallax` command as built (plain JavaScript, run by Node alone), and `--batch -`, its
 * pipe contract: JSON Lines in on standard input, one line out per line in, in order, each
 * written as soon as it is computed, and a bad item an error line that does not stop the stream.
 */

/** Built by these tests into node_modules/.tmp, where Node finds the packages it imports. */
const outDir = join(root, "node_modules/.tmp/cli-test");
const bin = join(outDir, "parallax.mjs");

/** Runs the built command with `input` on standard input. */
function parallax(args: readonly string[], input = "") {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A small story, different for every k, so each item is a real comparison of its own. */
function smallItem(k: number) {
  const town = `Town${k}`;
  return {
    id: `item-${k}`,
    texts: [
      `Flood in ${town}\n\nThe river rose ${k} centimetres in ${town} on Monday, officials said. About ${k + 10} homes were evacuated.`,
      `${town} floods\n\nOfficials said the river in ${town} rose by ${k} centimetres on Monday. Some ${k + 10} homes were emptied.`,
    ],
    names: ["Courier", "Post"],
  };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ["scripts/build-cli.mjs", outDir], {
    cwd: root,
    encoding: "utf8",
  });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

describe("parallax, built to plain JavaScript", () => {
  it("compares two files as `npm run compare` does", () => {
    const r = parallax(["compare", "--json", seedA, seedB]);
    expect(r.stderr).toBe("");
    const comparison = JSON.parse(r.stdout) as Comparison;
    expect(comparison.sources.map((s) => s.text)).toEqual([seedTextA, seedTextB]);
  });

  it("says how it is used, and refuses an unknown command", () => {
    expect(parallax(["--help"]).stdout).toMatch(/^usage: parallax compare/);
    const unknown = parallax(["diff"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^parallax: unknown command diff\n/);
    expect(parallax(["compare", "--bogus"]).stderr).toMatch(/usage: parallax compare/);
  });
});

describe("--batch -", () => {
  it("pipes a thousand items through: in order, with their ids, a bad one an error line", () => {
    const lines = Array.from({ length: 1000 }, (_, k) => JSON.stringify(smallItem(k)));
    lines[100] = JSON.stringify({ id: "one-text", texts: ["Only one report."] });
    lines[500] = "{ not json";
    lines[700] = JSON.stringify({ id: 700, texts: ["x", 42] });
    lines[900] = JSON.stringify({ id: "by-file", files: [seedA, seedB], names: ["MT", "IFP"] });
    const started = performance.now();
    const r = parallax(["compare", "--json", "--batch", "-"], lines.join("\n") + "\n");
    const seconds = (performance.now() - started) / 1000;
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(1000);
    expect(out.map((o) => o["id"])).toEqual(
      lines.map((_, k) =>
        k === 100
          ? "one-text"
          : k === 500
            ? "line 501"
            : k === 700
              ? "700"
              : k === 900
                ? "by-file"
                : `item-${k}`,
      ),
    );
    expect(out[100]).toEqual({
      id: "one-text",
      error: "need at least two sources to compare, got 1",
    });
    expect(out[500]).toEqual({ id: "line 501", error: "not valid JSON" });
    expect(out[700]).toEqual({ id: "700", error: '"texts" item 2 is not text' });
    const byFile = out[900]?.["comparison"] as Comparison;
    expect(byFile.sources.map((s) => s.name)).toEqual(["MT", "IFP"]);
    const k = 321;
    const item = out[k]?.["comparison"] as Comparison;
    expect(item.sources.map((s) => [s.name, s.text])).toEqual([
      ["Courier", smallItem(k).texts[0]],
      ["Post", smallItem(k).texts[1]],
    ]);
    console.log(
      `--batch -: 1000 items in ${seconds.toFixed(1)} s (${(1000 / seconds).toFixed(0)} items/s)`,
    );
  }, 120_000);

  it("takes formats, and reads HTML given inline", () => {
    const page = `<html><body><nav><a href="/">Home</a> | <a href="/w">World</a></nav><article><h1>Flood in Ashby</h1><p>The river rose a metre in Ashby on Monday, officials said, and homes were evacuated.</p></article></body></html>`;
    const item = {
      id: "h",
      texts: [page, page.replace(/<[^>]+>/g, " ")],
      formats: ["html", "text"],
    };
    const [out] = jsonLines(
      parallax(["compare", "--json", "--batch", "-"], JSON.stringify(item)).stdout,
    );
    const comparison = out?.["comparison"] as Comparison;
    expect(comparison.sources.map((s) => s.format ?? "text")).toEqual(["html", "text"]);
    const bad = { id: "f", texts: [page, page], formats: ["pdf"] };
    const [refused] = jsonLines(
      parallax(["compare", "--json", "--batch", "-"], JSON.stringify(bad)).stdout,
    );
    expect(refused).toEqual({ id: "f", error: '"formats" item 1 is neither "text" nor "html"' });
  });

  it("writes each line as soon as it is computed, before the input ends", async () => {
    const child = spawn(process.execPath, [bin, "compare", "--json", "--batch", "-"], {
      cwd: root,
    });
    child.stdout.setEncoding("utf8");
    const lines: string[] = [];
    let buffered = "";
    const firstLine = new Promise<string>((resolve) => {
      child.stdout.on("data", (chunk: string) => {
        buffered += chunk;
        const at = buffered.indexOf("\n");
        if (at >= 0 && lines.length === 0) {
          lines.push(buffered.slice(0, at));
          resolve(lines[0] ?? "");
        }
      });
    });
    child.stdin.write(JSON.stringify(smallItem(1)) + "\n");
    // Standard input is still open: the answer to the first line must already be out.
    expect(JSON.parse(await firstLine)).toMatchObject({ id: "item-1" });
    child.stdin.end(JSON.stringify(smallItem(2)) + "\n");
    await once(child, "close");
    expect(buffered.trim().split("\n")).toHaveLength(2);
  }, 60_000);
});
