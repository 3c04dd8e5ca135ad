/**
 * The command line as a user meets it: the real CLI in a child process, on files written to a
 * temp dir and on the seeds. Start-up costs about a second, so every process is launched once in
 * `beforeAll`, a few at a time, and the tests await the result they read.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SOURCES } from "../analysis/compare.ts";
import type { Comparison } from "../analysis/types.ts";
import { readerLinks } from "../comparison/reader-links.ts";
import {
  tsx,
  cliPath,
  MAX_FILE_BYTES,
  seedA,
  seedB,
  seedTextA,
  seedTextB,
  articleHtml,
  wireText,
  type Run,
  run,
  limiter,
  parseComparison,
  jsonLines,
  unnamed,
  sliceOf,
  expectUserError,
  htmlNames,
  MANY,
  writeInputs,
} from "./test-support.ts";

let dir = "";
const at = (...parts: string[]) => join(dir, ...parts);
let runs: Record<
  | "json"
  | "report"
  | "html"
  | "missing"
  | "directory"
  | "empty"
  | "whitespace"
  | "binary"
  | "tooLarge"
  | "oneSource"
  | "tooMany"
  | "unknownOption"
  | "batch"
  | "manyBatch"
  | "closedPipe",
  Promise<Run>
>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
  writeInputs(at);

  const limit = limiter(Math.max(2, availableParallelism()));
  const cli = (...args: string[]) => limit(() => run(tsx, [cliPath, ...args]));
  runs = {
    json: cli("--json", seedA, seedB),
    report: cli("--name", "The Moscow Times", seedA, seedB),
    html: cli(
      "--json",
      "--name",
      htmlNames[0] ?? "",
      "--name",
      htmlNames[1] ?? "",
      at("article.html"),
      at("wire.txt"),
    ),
    missing: cli("--json", at("nope.txt"), seedB),
    directory: cli("--json", seedA, at("a-directory")),
    empty: cli("--json", at("empty.txt"), seedB),
    whitespace: cli("--json", seedA, at("whitespace.txt")),
    binary: cli("--json", at("binary.txt"), seedB),
    tooLarge: cli("--json", seedA, at("too-large.txt")),
    oneSource: cli("--json", seedA),
    tooMany: cli(
      "--json",
      ...Array.from({ length: MAX_SOURCES + 1 }, (_, i) => (i % 2 ? seedB : seedA)),
    ),
    unknownOption: cli("--json", "--colour", seedA, seedB),
    batch: cli("--json", "--batch", at("lists", "mixed.jsonl")),
    manyBatch: cli("--json", "--batch", at("lists", "many.jsonl")),
    // A reader that stops after the first line (`| head -n 1`) closes the pipe under the CLI.
    closedPipe: limit(() =>
      run("bash", [
        "-c",
        'set -o pipefail; "$0" "$1" --json --batch "$2" | head -n 1',
        tsx,
        cliPath,
        at("lists", "few.jsonl"),
      ]),
    ),
  };
});

afterAll(async () => {
  await Promise.all(Object.values(runs));
  rmSync(dir, { recursive: true, force: true });
});

describe("compare CLI", { timeout: 120_000 }, () => {
  describe("two seed files", () => {
    it("--json prints one Comparison on one line, sources named after their files, texts unchanged", async () => {
      const r = await runs.json;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.indexOf("\n")).toBe(r.stdout.length - 1);
      const c = parseComparison(r.stdout);
      expect(c.schema).toBe("comparison/1");
      expect(c.sources.map((s) => [s.id, s.name])).toEqual([
        ["A", "moscow-times"],
        ["B", "ifp"],
      ]);
      expect(c.sources[0]?.text).toBe(seedTextA);
      expect(c.sources[1]?.text).toBe(seedTextB);
      const ids = new Set(c.sources.flatMap((s) => s.sentences.map((x) => x.id)));
      expect(c.alignments.length).toBeGreaterThan(0);
      for (const a of c.alignments) for (const id of a.sentences) expect(ids.has(id)).toBe(true);
    });

    it("prints the plain-text report without --json: header, every section under its rule, --name in file order", async () => {
      const r = await runs.report;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith("{")).toBe(false);
      const lines = r.stdout.split("\n");
      expect(lines[0]).toBe("Parallax comparison of 2 sources");
      // One --name for two files: the first is named, the second keeps its file's base name.
      expect(lines[1]).toMatch(/^ {2}A {2}The Moscow Times: .*\d+ sentences/);
      expect(lines[2]).toMatch(/^ {2}B {2}ifp: .*\d+ sentences/);
      const headings = [
        "Aligned sentences",
        "Only in one source",
        "Quotations",
        "Names written differently",
        "Framing",
        "Removed as boilerplate",
      ];
      const positions = headings.map((h) => lines.indexOf(h));
      for (const [k, p] of positions.entries()) {
        expect(p, headings[k]).toBeGreaterThan(0);
        expect(lines[p + 1]).toBe("-".repeat(headings[k]?.length ?? 0));
      }
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
      const section = (k: number) =>
        lines.slice((positions[k] ?? 0) + 2, positions[k + 1] ?? lines.length - 1);

      // Every finding of the same comparison (the --json run) has its line, under the given names;
      // alignments as the reader shows them, the related ones counted in one line.
      const c = parseComparison((await runs.json).stdout);
      const { shown, related } = readerLinks(c.alignments, (id) => id.split(".")[0]);
      const aligned = section(0);
      expect(aligned.filter((l) => /^ {2}\[[a-z-]+, [01]\.\d\d\]$/.test(l))).toHaveLength(
        shown.length,
      );
      expect(aligned.filter((l) => /^ {4}[AB]\.\d+ +\S/.test(l))).toHaveLength(
        shown.reduce((n, a) => n + a.sentences.length, 0),
      );
      if (related.length > 0)
        expect(aligned).toContain(
          `  (and ${related.length} more pairs past a sentence's best two in the other source; --json lists every pair)`,
        );
      expect(section(2).filter((l) => /^ {2}(The Moscow Times|ifp): "/.test(l))).toHaveLength(
        c.quotes.length,
      );
      const removed = section(5);
      expect(removed).toHaveLength(c.sources.reduce((n, s) => n + s.removed.length, 0));
      for (const l of removed) expect(l).toMatch(/^ {2}(The Moscow Times|ifp): ".+" \(.+\)$/);
    });
  });

  describe("HTML input", () => {
    it("keeps the raw HTML as the source text and slices it at the article's sentences, not its nav or footer", async () => {
      const r = await runs.html;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const c = parseComparison(r.stdout);
      const [page, wire] = c.sources;
      if (!page || !wire) throw new Error("expected two sources");
      expect(c.sources.map((s) => s.name)).toEqual(htmlNames);
      expect(page.text).toBe(articleHtml);
      expect(wire.text).toBe(wireText);

      const sentences = page.sentences.map((x) => sliceOf(page, x));
      expect(sentences.length).toBeGreaterThanOrEqual(4);
      let last = 0;
      for (const [k, x] of page.sentences.entries()) {
        expect(x.start).toBeGreaterThanOrEqual(last);
        expect(x.end).toBeLessThanOrEqual(page.text.length);
        last = x.end;
        const s = sentences[k] ?? "";
        expect(s).toBe(s.trim());
        expect(s).toMatch(/^["\p{L}]/u);
        expect(s).not.toMatch(
          /Subscribe now|All rights reserved|Privacy policy|<\/?(?:p|nav|footer|article|main)\b/,
        );
      }
      const body = sentences.join(" ");
      for (const words of [
        "The Kestrel Harbour bridge reopened to traffic",
        "corroded steel cables",
        "said Mayor Daniel Fenwick",
        "forty minutes while the crossing was closed",
      ]) {
        expect(body).toContain(words);
      }
      // Offsets point into the markup: an inline link and an entity stay as written.
      expect(sentences.find((s) => s.startsWith("Engineers"))).toContain(
        '<a href="/firms/brightwater">Brightwater &amp; Sons</a>',
      );

      const removed = page.removed.map((x) => sliceOf(page, x)).join("\n");
      expect(removed).toContain("Subscribe now");
      expect(removed).toContain("All rights reserved");

      const pageQuote = page.sentences.find((x) => sliceOf(page, x).includes("safe again"))?.id;
      const wireQuote = wire.sentences.find((x) => sliceOf(wire, x).includes("safe again"))?.id;
      expect(
        c.alignments.some(
          (a) => a.sentences.includes(pageQuote ?? "?") && a.sentences.includes(wireQuote ?? "?"),
        ),
      ).toBe(true);
    });
  });

  describe("bad input: one line on stderr, exit 1, nothing on stdout", () => {
    it("a missing file", async () =>
      expectUserError(await runs.missing, "nope.txt", "no such file"));
    it("a directory", async () =>
      expectUserError(await runs.directory, "a-directory", "not a file"));
    it("an empty file", async () => expectUserError(await runs.empty, "empty.txt", "empty"));
    it("a file of whitespace only", async () =>
      expectUserError(await runs.whitespace, "whitespace.txt", "empty"));
    it("a binary file (NUL bytes)", async () =>
      expectUserError(await runs.binary, "binary.txt", "binary"));
    it("a file one byte over the size limit", async () => {
      expectUserError(
        await runs.tooLarge,
        "too-large.txt",
        "too large",
        `the limit is ${MAX_FILE_BYTES / 1048576} MB`,
      );
    });
    it("only one source", async () =>
      expectUserError(await runs.oneSource, "at least two", "got 1"));
    it(`more than ${MAX_SOURCES} sources`, async () =>
      expectUserError(await runs.tooMany, `at most ${MAX_SOURCES}`, `got ${MAX_SOURCES + 1}`));
    it("an unknown option exits 2 with the usage", async () => {
      const r = await runs.unknownOption;
      expect(r.stdout).toBe("");
      expect(r.status).toBe(2);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines[0]).toBe("compare: unknown option --colour");
      expect(lines[1]).toMatch(/^usage: /);
      expect(lines.slice(1).every((l) => l.includes("compare --"))).toBe(true);
      expect(r.stderr).not.toMatch(/^ {4}at /m);
    });
  });

  describe("--batch", () => {
    it("prints one JSON line per non-blank list line, in order, a comparison or a one-line error, and exits 0", async () => {
      const r = await runs.batch;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const out = jsonLines(r.stdout);
      // Ids as given; numbers become strings; an item without one is named by its line number.
      expect(out.map((o) => o.id)).toEqual([
        "seeds",
        "missing",
        "line 4",
        "single",
        "7",
        "line 8",
        "line 9",
        "absolute",
      ]);
      for (const o of out) {
        expect(Object.keys(o).sort()).toEqual(
          o.comparison ? ["comparison", "id"] : ["error", "id"],
        );
        if (typeof o.error === "string") expect(o.error).not.toContain("\n");
      }
      const errors = Object.fromEntries(
        out.filter((o) => "error" in o).map((o) => [String(o.id), o.error] as const),
      );
      expect(errors.missing).toMatch(/nope\.txt: no such file/);
      expect(errors["line 4"]).toBe("not valid JSON");
      expect(errors.single).toMatch(/at least two/);
      expect(errors["line 8"]).toMatch(/empty\.txt: empty/);
      expect(errors["line 9"]).toBe("not a JSON object");
    });

    it("resolves relative paths against the list file's directory, and names sources from `names`", async () => {
      const out = jsonLines((await runs.batch).stdout);
      const byId = new Map(out.map((o) => [o.id, o.comparison as Comparison | undefined]));
      const seeds = byId.get("seeds");
      expect(seeds?.sources.map((s) => [s.name, s.text])).toEqual([
        ["The Moscow Times", seedTextA],
        ["Iran Front Page", seedTextB],
      ]);
      expect(byId.get("7")?.sources.map((s) => [s.id, s.name, s.text])).toEqual([
        ["A", "wire", wireText],
        ["B", "mt", seedTextA],
        ["C", "ifp", seedTextB],
      ]);
      expect(byId.get("absolute")?.sources.map((s) => s.text)).toEqual([articleHtml, wireText]);
    });

    it("gives each item the comparison a single run gives", async () => {
      const batch = new Map(
        jsonLines((await runs.batch).stdout).map((o) => [o.id, o.comparison as Comparison]),
      );
      const single = parseComparison((await runs.json).stdout);
      const seeds = batch.get("seeds");
      if (!seeds) throw new Error("no comparison for the seed item");
      expect(unnamed(seeds)).toEqual(unnamed(single));
      expect(batch.get("absolute")).toEqual(parseComparison((await runs.html).stdout));
    });

    it(`runs ${MANY} items in one process, each the same as its twins (nothing leaks between items)`, async () => {
      const r = await runs.manyBatch;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const out = jsonLines(r.stdout);
      expect(out).toHaveLength(MANY);
      expect(out.map((o) => o.id)).toEqual(Array.from({ length: MANY }, (_, i) => `n${i}`));
      expect(out.every((o) => o.comparison && !("error" in o))).toBe(true);
      const kinds = [0, 1, 2].map((k) =>
        out.filter((_, i) => i % 3 === k).map((o) => JSON.stringify(o.comparison)),
      );
      for (const same of kinds) expect(new Set(same).size).toBe(1);
      expect(new Set(kinds.map((k) => k[0])).size).toBe(3);
      expect(JSON.parse(kinds[0]?.[0] ?? "null")).toEqual(
        parseComparison((await runs.html).stdout),
      );
    });

    it("stops quietly when the reader closes the pipe early", async () => {
      const r = await runs.closedPipe;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(jsonLines(r.stdout).map((o) => o.id)).toEqual(["n0"]);
    });
  });
});
